import DaftarNotebook

/// The words before cross-reference numbers, singular and plural, in the notebook's language, as
/// Quarto's `crossref` titles: "Figure 1", "Figures 1 and 2", "الشكل 1".
struct CrossReferenceWords {
    var singular: [CrossReference.Kind: String] = [.figure: "Figure", .table: "Table", .equation: "Equation", .section: "Section", .listing: "Listing"]
    var plural: [CrossReference.Kind: String] = [.figure: "Figures", .table: "Tables", .equation: "Equations", .section: "Sections", .listing: "Listings"]
    /// Joins the last two numbers of a group ("1 and 2").
    var and = "and"
    /// Whether a comma comes before `and` in a list of three or more (English's serial comma).
    var serialComma = true
    var comma = ", "
    /// Whether `and` is written onto the next word, as Arabic's "و" and Hebrew's "ו-" are.
    var andJoinsNextWord = false

    init(languageTag: String?) {
        let language = languageTag?.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        switch language {
        case "ar":
            singular = [.figure: "الشكل", .table: "الجدول", .equation: "المعادلة", .section: "القسم", .listing: "الكود"]
            plural = [.figure: "الأشكال", .table: "الجداول", .equation: "المعادلات", .section: "الأقسام", .listing: "الأكواد"]
            (and, serialComma, comma, andJoinsNextWord) = ("و", false, "، ", true)
        case "he":
            // Quarto's Hebrew words (`_language-he.yml`) and their plurals; the figure word the captions use.
            singular = [.figure: "איור", .table: "טבלה", .equation: "משוואה", .section: "מדור", .listing: "רישום"]
            plural = [.figure: "איורים", .table: "טבלאות", .equation: "משוואות", .section: "מדורים", .listing: "רישומים"]
            (and, serialComma, andJoinsNextWord) = ("ו-", false, true)
        case "fr":
            singular = [.figure: "Figure", .table: "Tableau", .equation: "Équation", .section: "Section", .listing: "Listing"]
            plural = [.figure: "Figures", .table: "Tableaux", .equation: "Équations", .section: "Sections", .listing: "Listings"]
            (and, serialComma) = ("et", false)
        case "de":
            singular = [.figure: "Abbildung", .table: "Tabelle", .equation: "Gleichung", .section: "Abschnitt", .listing: "Listing"]
            plural = [.figure: "Abbildungen", .table: "Tabellen", .equation: "Gleichungen", .section: "Abschnitte", .listing: "Listings"]
            (and, serialComma) = ("und", false)
        case "es":
            singular = [.figure: "Figura", .table: "Tabla", .equation: "Ecuación", .section: "Sección", .listing: "Listing"]
            plural = [.figure: "Figuras", .table: "Tablas", .equation: "Ecuaciones", .section: "Secciones", .listing: "Listings"]
            (and, serialComma) = ("y", false)
        default:
            break
        }
    }

    /// "1 and 2", "1, 2, and 3" (pieces already HTML).
    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + " \(and)" + (andJoinsNextWord ? "" : " ") + items[1]
        default:
            return items.dropLast().joined(separator: comma) + (serialComma ? comma.trimmingCharacters() : "") + " \(and)"
                + (andJoinsNextWord ? "" : " ") + items.last!
        }
    }
}

private extension String {
    func trimmingCharacters() -> String { String(filter { !$0.isWhitespace }) }
}
