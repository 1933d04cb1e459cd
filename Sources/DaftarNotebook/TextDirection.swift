/// The base direction of a report's text, as HTML's `dir` attribute names it.
public enum TextDirection: String, Hashable, Sendable, CaseIterable {
    case ltr, rtl, auto

    /// The direction a BCP 47 language tag is written in: a script subtag decides when there is
    /// one (`az-Arab` is right to left, `ku-Latn` left to right), otherwise the primary language.
    public init(languageTag: String) {
        let subtags = languageTag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        if let script = subtags.dropFirst().first(where: { $0.count == 4 }) {
            self = Self.rightToLeftScripts.contains(String(script)) ? .rtl : .ltr
        } else if let language = subtags.first, Self.rightToLeftLanguages.contains(String(language)) {
            self = .rtl
        } else {
            self = .ltr
        }
    }

    /// ISO 15924 codes of the right-to-left scripts in current use.
    private static let rightToLeftScripts: Set<String> = [
        "arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "mand", "samr",
    ]

    /// Languages written right to left by default (Arabic, Persian, Hebrew, Urdu, Pashto, …).
    private static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "pnb", "ps", "sd", "syr", "ug", "ur", "yi",
        "nqo", "prs", "glk", "mzn", "lrc", "bal", "bqi",
    ]
}
