import DaftarNotebook

/// The few words a report writes itself, in the notebook's language (English otherwise).
struct Localization {
    /// The heading of the table of contents.
    var contents = "Contents"
    /// The summary of a folded code cell.
    var code = "Code"
    /// The heading of the index page.
    var notebooks = "Notebooks"
    /// The word before a figure's number, as in "Figure 1".
    var figure = "Figure"
    /// The word before a table's number, as in "Table 1".
    var table = "Table"
    /// A callout's title when its author gave none.
    var calloutTitles: [Callout.Kind: String] = [
        .note: "Note", .tip: "Tip", .warning: "Warning", .important: "Important", .caution: "Caution",
    ]
    /// The word before a line number in an error's location.
    var line = "line"
    /// What a cell shows when an earlier failure kept it from running.
    var notRun = "Not run: an earlier cell failed."
    /// What a cell shows when another cell's compile error kept the notebook from running.
    var notCompiled = "Not run: the notebook's code did not compile."
    /// What follows the count of lines cut from a long output.
    var linesHidden = "lines hidden"

    init(languageTag: String?) {
        let language = languageTag?.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        switch language {
        case "ar":
            (contents, code, notebooks, figure) = ("المحتويات", "الشيفرة", "الدفاتر", "الشكل")
            (line, notRun, linesHidden) = ("السطر", "لم تُنفَّذ: فشلت خلية سابقة.", "سطرًا مخفيًا")
            notCompiled = "لم تُنفَّذ: تعذّر ترجمة شيفرة الدفتر."
            table = "الجدول"
            calloutTitles = [.note: "ملاحظة", .tip: "نصيحة", .warning: "تحذير", .important: "مهم", .caution: "تنبيه"]
        case "fa":
            (contents, code, notebooks, figure) = ("فهرست مطالب", "کد", "دفترها", "شکل")
            (line, notRun, linesHidden) = ("خط", "اجرا نشد: یک سلول پیشین شکست خورد.", "خط پنهان")
            table = "جدول"
        case "he":
            (contents, code, notebooks, figure) = ("תוכן העניינים", "קוד", "מחברות", "איור")
            (line, notRun, linesHidden) = ("שורה", "לא הורץ: תא קודם נכשל.", "שורות מוסתרות")
            table = "טבלה"
            calloutTitles = [.note: "הערה", .tip: "עצה", .warning: "אזהרה", .important: "חשוב", .caution: "זהירות"]
        case "ur":
            (contents, code, notebooks, figure) = ("فہرست", "کوڈ", "نوٹ بکس", "شکل")
        case "fr":
            (contents, code, notebooks, figure, line) = ("Table des matières", "Code", "Carnets", "Figure", "ligne")
            table = "Tableau"
        case "de":
            (contents, code, notebooks, figure, line) = ("Inhaltsverzeichnis", "Code", "Notizbücher", "Abbildung", "Zeile")
            table = "Tabelle"
        case "es":
            (contents, code, notebooks, figure, line) = ("Índice", "Código", "Cuadernos", "Figura", "línea")
            table = "Tabla"
        default:
            break
        }
    }
}
