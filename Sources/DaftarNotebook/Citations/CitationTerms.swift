/// The words citations and references are written with, in the notebook's language: CSL's locale
/// terms for the few a Chicago-like and a numeric style need.
public struct CitationTerms: Hashable, Sendable {
    public var references = "References"
    public var and = "and"
    public var etAl = "et al."
    public var noDate = "n.d."
    public var editedBy = "edited by"
    public var inContainer = "In"
    public var volume = "vol."
    public var number = "no."
    public var pages = "pp."
    /// The list separator between citations of one group (`;` in English, `؛` in Arabic).
    public var groupSeparator = "; "
    public var comma = ", "
    /// Locator labels (CSL's short forms, singular and plural) where the language's table has
    /// them; the others are English.
    var locatorLabels: [Locator.Kind: Locator.Label] = [
        .book: .init("bk.", "bks."), .chapter: .init("chap.", "chaps."), .column: .init("col.", "cols."),
        .figure: .init("fig.", "figs."), .folio: .init("fol.", "fols."), .issue: .init("no.", "nos."), .line: .init("l.", "ll."),
        .note: .init("n.", "nn."), .opus: .init("op.", "opp."), .page: .init("p.", "pp."), .paragraph: .init("para.", "paras."),
        .part: .init("pt.", "pts."), .section: .init("sec.", "secs."), .subVerbo: .init("s.v.", "s.vv."), .verse: .init("v.", "vv."),
        .volume: .init("vol.", "vols."),
    ]

    public init(languageTag: String?) {
        let language = languageTag?.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        switch language {
        case "ar":
            (references, and, etAl, noDate, editedBy, inContainer) = ("المراجع", "و", "وآخرون", "د.ت.", "تحرير", "في")
            (volume, number, pages, groupSeparator, comma) = ("مج.", "ع.", "ص.", "؛ ", "، ")
            locatorLabels.merge([.page: .init("ص.", "ص."), .volume: .init("مج.", "مج."), .issue: .init("ع.", "ع.")]) { $1 }
        case "fr":
            (references, and, etAl, noDate, editedBy, inContainer) = ("Références", "et", "et al.", "s. d.", "sous la direction de", "In")
            locatorLabels.merge([.page: .init("p.", "p."), .chapter: .init("chap.", "chap."), .section: .init("sect.", "sect."),
                                 .volume: .init("vol.", "vol."), .figure: .init("fig.", "fig."), .note: .init("n.", "n."),
                                 .line: .init("l.", "l."), .paragraph: .init("paragr.", "paragr.")]) { $1 }
        case "de":
            (references, and, etAl, noDate, editedBy, inContainer) = ("Literatur", "und", "u. a.", "o. J.", "herausgegeben von", "In")
            locatorLabels.merge([.page: .init("S.", "S."), .chapter: .init("Kap.", "Kap."), .section: .init("Abschn.", "Abschn."),
                                 .volume: .init("Bd.", "Bde."), .figure: .init("Abb.", "Abb."), .note: .init("Anm.", "Anm."),
                                 .line: .init("Z.", "Z."), .paragraph: .init("Abs.", "Abs."), .issue: .init("Nr.", "Nr.")]) { $1 }
        case "es":
            (references, and, etAl, noDate, editedBy, inContainer) = ("Referencias", "y", "et al.", "s. f.", "editado por", "En")
            locatorLabels.merge([.chapter: .init("cap.", "caps."), .paragraph: .init("párr.", "párrs.")]) { $1 }
        default:
            break
        }
    }
}
