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

    public init(languageTag: String?) {
        let language = languageTag?.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        switch language {
        case "ar":
            (references, and, etAl, noDate, editedBy, inContainer) = ("المراجع", "و", "وآخرون", "د.ت.", "تحرير", "في")
            (volume, number, pages, groupSeparator, comma) = ("مج.", "ع.", "ص.", "؛ ", "، ")
        case "fr":
            (references, and, etAl, noDate, editedBy, inContainer) = ("Références", "et", "et al.", "s. d.", "sous la direction de", "In")
        case "de":
            (references, and, etAl, noDate, editedBy, inContainer) = ("Literatur", "und", "u. a.", "o. J.", "herausgegeben von", "In")
        case "es":
            (references, and, etAl, noDate, editedBy, inContainer) = ("Referencias", "y", "et al.", "s. f.", "editado por", "En")
        default:
            break
        }
    }
}
