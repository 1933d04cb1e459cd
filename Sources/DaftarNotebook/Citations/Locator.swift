/// A citation's locator as citeproc reads it from the text after the key (`, p. 3`, `pp. 3-5`,
/// `chapter 2`, `§4`, a bare `33`): the kind of place, its value, and what follows as a plain
/// suffix. A suffix that does not start with a locator term or a number has no locator, and is
/// written as typed (`, eq. 3`, `, table 2`: not CSL locators).
struct Locator: Equatable {
    /// CSL's locator types, with the English terms citeproc recognises (long and short, singular
    /// and plural) — pandoc recognises the English ones in every language.
    enum Kind: String, CaseIterable {
        case book, chapter, column, figure, folio, issue, line, note, opus, page, paragraph, part, section, subVerbo, verse, volume

        /// The words naming the kind, lower-cased, as citeproc's en-US locale spells them.
        var terms: [String] {
            switch self {
            case .book: ["book", "books", "bk.", "bks."]
            case .chapter: ["chapter", "chapters", "chap.", "chaps."]
            case .column: ["column", "columns", "col.", "cols."]
            case .figure: ["figure", "figures", "fig.", "figs."]
            case .folio: ["folio", "folios", "fol.", "fols."]
            case .issue: ["number", "numbers", "no.", "nos."]
            case .line: ["line", "lines", "l.", "ll."]
            case .note: ["note", "notes", "n.", "nn."]
            case .opus: ["opus", "opera", "op.", "opp."]
            case .page: ["page", "pages", "p.", "pp."]
            case .paragraph: ["paragraph", "paragraphs", "para.", "paras.", "¶", "¶¶"]
            case .part: ["part", "parts", "pt.", "pts."]
            case .section: ["section", "sections", "sec.", "secs.", "§", "§§"]
            case .subVerbo: ["sub verbo", "sub verbis", "s.v.", "s.vv."]
            case .verse: ["verse", "verses", "v.", "vv."]
            case .volume: ["volume", "volumes", "vol.", "vols."]
            }
        }
    }

    /// A locator kind's short label in one language, as CSL's locale files give it.
    struct Label: Hashable, Sendable {
        var singular: String, plural: String

        init(_ singular: String, _ plural: String) {
            self.singular = singular
            self.plural = plural
        }
    }

    var kind: Kind
    /// The value with ranges' hyphens as en dashes (`3–5`).
    var value: String
    /// What follows the locator (`, note`), written as typed.
    var rest: String

    /// A range or a list (`3-5`, `3, 5`, `2 & 4`): CSL then uses the plural term.
    var isPlural: Bool { value.contains("–") || value.contains(",") || value.contains("&") }

    /// The locator at the start of `suffix` (after an optional comma), or nil.
    init?(suffix: String) {
        var text = Substring(suffix)
        if text.first == "," { text = text.dropFirst() }
        text = text.drop { $0 == " " }
        let lowered = text.lowercased()
        // The longest term that starts the text and is followed by a space or a digit.
        var found: (Kind, Int)?
        for kind in Kind.allCases {
            for term in kind.terms where lowered.hasPrefix(term) && term.count > (found?.1 ?? 0) {
                let after = lowered.dropFirst(term.count).first
                if after == " " || after?.isNumber == true || (term.last != "." && after == nil) { found = (kind, term.count) }
            }
        }
        var valueText = text
        if let (kind, length) = found {
            self.kind = kind
            valueText = text.dropFirst(length).drop { $0 == " " }
        } else {
            // A bare number is a page.
            guard text.first?.isNumber == true else { return nil }
            kind = .page
        }
        // The value: digits, letters of Roman numerals, ranges and lists, up to the first comma
        // that is not followed by another number.
        var end = valueText.startIndex
        while end < valueText.endIndex {
            let character = valueText[end]
            if character.isLetter || character.isNumber || "-–.:".contains(character) {
                end = valueText.index(after: end)
            } else if character == "," || character == "&" || character == " " {
                let next = valueText[valueText.index(after: end)...].drop { $0 == " " || $0 == "," || $0 == "&" }
                guard next.first?.isNumber == true || (character == " " && next.first == "&") else { break }
                end = next.startIndex
            } else {
                break
            }
        }
        // A value starts with a digit or a Roman numeral (`number theory` is not issue "theory").
        guard end > valueText.startIndex, let first = valueText.first, first.isNumber || "ivxlcdmIVXLCDM".contains(first) else { return nil }
        var value = String(valueText[..<end])
        while value.last == " " || value.last == "," { value.removeLast() }
        self.value = value.replacingOccurrences(of: "--", with: "–").replacingOccurrences(of: "-", with: "–")
        rest = String(valueText[end...])
    }
}
