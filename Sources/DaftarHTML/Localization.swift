/// The few words a report writes itself, in the notebook's language (English otherwise).
struct Localization {
    /// The heading of the table of contents.
    let contents: String
    /// The summary of a folded code cell.
    let code: String
    /// The heading of the index page.
    let notebooks: String

    init(languageTag: String?) {
        let language = languageTag?.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        switch language {
        case "ar": (contents, code, notebooks) = ("المحتويات", "الشيفرة", "الدفاتر")
        case "fa": (contents, code, notebooks) = ("فهرست مطالب", "کد", "دفترها")
        case "he": (contents, code, notebooks) = ("תוכן העניינים", "קוד", "מחברות")
        case "ur": (contents, code, notebooks) = ("فہرست", "کوڈ", "نوٹ بکس")
        case "fr": (contents, code, notebooks) = ("Table des matières", "Code", "Carnets")
        case "de": (contents, code, notebooks) = ("Inhaltsverzeichnis", "Code", "Notizbücher")
        case "es": (contents, code, notebooks) = ("Índice", "Código", "Cuadernos")
        default: (contents, code, notebooks) = ("Contents", "Code", "Notebooks")
        }
    }
}
