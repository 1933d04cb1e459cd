/// The words of the footnotes section, in the notebook's language (English otherwise).
struct FootnoteWords {
    var section = "Footnotes"
    var back = "Back to text"

    init(languageTag: String?) {
        switch languageTag?.lowercased().split(separator: "-").first {
        case "ar": (section, back) = ("الحواشي", "العودة إلى النص")
        case "fa": (section, back) = ("پانویس‌ها", "بازگشت به متن")
        case "he": (section, back) = ("הערות שוליים", "חזרה לטקסט")
        case "fr": (section, back) = ("Notes", "Retour au texte")
        case "de": (section, back) = ("Fußnoten", "Zurück zum Text")
        case "es": (section, back) = ("Notas", "Volver al texto")
        default: break
        }
    }
}
