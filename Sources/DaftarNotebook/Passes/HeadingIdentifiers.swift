/// Heading ids made as pandoc's `auto_identifiers` makes them, unique within one report.
///
/// Letters and numbers of every script are kept (so Arabic headings get Arabic ids, which
/// browsers resolve in `#fragment` links); combining marks and punctuation other than `_ - .` are
/// dropped; words are joined by hyphens; letters are lower-cased; everything before the first
/// letter is removed; an empty result is `section`; repeats get `-1`, `-2`, … .
/// A generated id never repeats an id the author gave anything (`IdentifierClaims`), wherever it
/// stands, nor one the report gives its own elements (`ReservedIdentifiers`).
public struct HeadingIdentifiers: NotebookRewriter {
    private var used: Set<String> = []
    private let reserved: ReservedIdentifiers?

    public init() {
        reserved = nil
    }

    /// Ready to name headings around the ids already `taken` and the `reserved` ones.
    public init(taken: Set<String>, reserved: ReservedIdentifiers) {
        used = taken
        self.reserved = reserved
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        guard case .heading(var heading) = block else { return [rewritingChildren(of: block)] }
        if let id = heading.attributes.id {
            // An id the author gave replaces the generated one (pandoc's `header_attributes`).
            used.insert(id)
            heading.id = id
        } else {
            heading.id = unique(for: heading.content.plainText)
        }
        return [.heading(heading)]
    }

    /// The id for a heading with this text, never one handed out before.
    mutating func unique(for text: String) -> String {
        let base = Self.identifier(for: text)
        var candidate = base
        var suffix = 0
        while used.contains(candidate) || reserved?.contains(candidate) == true {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        used.insert(candidate)
        return candidate
    }

    public static func identifier(for text: String) -> String {
        let kept = text.lowercased().unicodeScalars.filter { scalar in
            let category = scalar.properties.generalCategory
            return category.isLetter || category.isNumber || "_-.".unicodeScalars.contains(scalar)
                || scalar.properties.isWhitespace
        }
        let words = String(kept).split(whereSeparator: \.isWhitespace)
        let joined = words.joined(separator: "-")
        let fromFirstLetter = joined.drop { !($0.unicodeScalars.first?.properties.generalCategory.isLetter ?? false) }
        return fromFirstLetter.isEmpty ? "section" : String(fromFirstLetter)
    }
}

private extension Unicode.GeneralCategory {
    var isLetter: Bool {
        [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter].contains(self)
    }

    var isNumber: Bool { [.decimalNumber, .letterNumber, .otherNumber].contains(self) }
}
