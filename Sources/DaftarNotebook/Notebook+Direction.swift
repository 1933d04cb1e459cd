/// The report's base direction, including the case where the front matter names neither `dir`
/// nor `lang`: then the first strong character of the title and prose decides, as a browser
/// decides for `dir="auto"` (HTML's "auto" algorithm, Unicode's rules P2 and P3).
extension Notebook {
    /// `dir:` if given, else the direction of `lang:`, else that of the first letter a reader
    /// meets (code, math, raw HTML, cross-reference labels and image descriptions skipped), else
    /// left to right. An Arabic or Hebrew README without front matter is right to left.
    public var direction: TextDirection {
        if let explicit = frontMatter.explicitDirection { return explicit }
        if let lang = frontMatter.lang { return TextDirection(languageTag: lang) }
        return firstStrongDirection ?? .ltr
    }

    /// The direction of the first strongly directional character of the title and prose, if any.
    public var firstStrongDirection: TextDirection? {
        if let title = frontMatter.title, let direction = TextDirection.ofFirstStrongCharacter(in: title) { return direction }
        for cell in cells {
            guard case .prose(let blocks) = cell else { continue }
            if let direction = blocks.firstStrongDirection { return direction }
        }
        return nil
    }
}

extension TextDirection {
    /// The direction of the first character of `text` whose bidirectional class is strong
    /// (L, R or AL); nil when there is none (digits, punctuation, symbols, marks only).
    public static func ofFirstStrongCharacter(in text: String) -> TextDirection? {
        for scalar in text.unicodeScalars {
            if let direction = strongDirection(of: scalar) { return direction }
        }
        return nil
    }

    /// The `dir="rtl"` or `dir="ltr"` of the HTML's first tag, when it opens an element (a
    /// wrapper whose contents follow).
    static func ofOpeningTag(_ html: String) -> TextDirection? {
        let trimmed = html.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard trimmed.first == "<", let end = trimmed.firstIndex(of: ">"),
              let name = trimmed.dropFirst().first, name.isLetter else { return nil }
        let tag = trimmed[..<end].lowercased()
        for value in ["rtl", "ltr"] where ["dir=\"\(value)\"", "dir='\(value)'", "dir=\(value)"].contains(where: { tag.contains(" " + $0) }) {
            return value == "rtl" ? .rtl : .ltr
        }
        return nil
    }

    /// R or AL: letters of the right-to-left blocks (Hebrew, Arabic, Syriac, Thaana, N'Ko,
    /// Samaritan, Mandaic, their supplements and presentation forms, and the right-to-left
    /// planes' ranges) and U+200F RIGHT-TO-LEFT MARK; L: any other letter, and U+200E. Digits,
    /// combining marks, punctuation and symbols are weak or neutral.
    static func strongDirection(of scalar: Unicode.Scalar) -> TextDirection? {
        switch scalar.value {
        case 0x200F: return .rtl
        case 0x200E: return .ltr
        // ASCII without the property tables: a line of ten million brackets has no strong character.
        case 0x41...0x5A, 0x61...0x7A: return .ltr
        case 0...0x7F: return nil
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return isInRightToLeftBlock(scalar.value) ? .rtl : .ltr
        case .spacingMark:
            // Devanagari's and its kin's vowel signs are L; the right-to-left scripts have none.
            return isInRightToLeftBlock(scalar.value) ? nil : .ltr
        default:
            return nil
        }
    }

    private static func isInRightToLeftBlock(_ value: UInt32) -> Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }
}

private extension Array where Element == MarkdownBlock {
    /// The direction of the first strong character a reader meets in these blocks.
    var firstStrongDirection: TextDirection? {
        for block in self {
            let direction: TextDirection? = switch block {
            case .paragraph(let content): content.firstStrongDirection
            case .heading(let heading): heading.content.firstStrongDirection
            case .blockQuote(let blocks): blocks.firstStrongDirection
            case .list(let list): list.items.firstResult(\.firstStrongDirection)
            case .table(let table):
                ((table.header ?? []) + table.rows.flatMap { $0 }).firstResult(\.blocks.firstStrongDirection)
            case .div(let div): (div.callout?.title ?? []).firstStrongDirection ?? div.blocks.firstStrongDirection
            case .definitionList(let list):
                list.items.firstResult { $0.term.firstStrongDirection ?? $0.definitions.firstResult(\.firstStrongDirection) }
            // A README wrapped in `<div dir="rtl">` (GitHub has no other way) says its direction
            // outright, even when its first word is a Latin project name.
            case .htmlBlock(let html): TextDirection.ofOpeningTag(html)
            // Code, raw HTML and raw blocks are not prose; new kinds of block are skipped until taught.
            default: nil
            }
            if let direction { return direction }
        }
        return nil
    }
}

private extension Array where Element == MarkdownInline {
    var firstStrongDirection: TextDirection? {
        for inline in self {
            let direction: TextDirection? = switch inline {
            case .text(let text): TextDirection.ofFirstStrongCharacter(in: text)
            case .emphasis(let content), .strong(let content), .link(_, _, let content): content.firstStrongDirection
            // Code, math, raw HTML, values, labels and image descriptions do not set the direction.
            default: nil
            }
            if let direction { return direction }
        }
        return nil
    }
}

private extension Sequence {
    /// The first non-nil `transform` of an element, each computed once: a lazy `compactMap(…).first`
    /// computes the one it returns twice, which nested lists double at every level.
    func firstResult<Result>(_ transform: (Element) -> Result?) -> Result? {
        for element in self {
            if let result = transform(element) { return result }
        }
        return nil
    }
}
