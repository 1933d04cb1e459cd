/// The language of the words a writer supplies itself (the contents' heading, callout titles,
/// figure and note words), when the front matter names none but the text's script says it.
extension Notebook {
    /// `lang:`; else, on a right-to-left page, the language of the script of its first
    /// right-to-left letter — Arabic for the Arabic script (Persian and Urdu share it; Arabic is
    /// the likeliest), Hebrew for the Hebrew one; else nil (English words). The page itself gets
    /// no `lang` it was not given.
    public var wordsLanguage: String? {
        if let lang = frontMatter.lang { return lang }
        guard direction == .rtl else { return nil }
        var finder = FirstRightToLeftLetter()
        if let title = frontMatter.title { finder.visit(inline: .text(title)) }
        finder.walk(self)
        return finder.letter.flatMap(Self.language(ofScriptOf:))
    }

    /// `ar` for a letter of the Arabic script, `he` for one of the Hebrew script, else nil.
    static func language(ofScriptOf letter: Unicode.Scalar) -> String? {
        switch letter.value {
        case 0x0590...0x05FF, 0xFB1D...0xFB4F: "he"
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: "ar"
        default: nil
        }
    }
}

/// The first letter of a right-to-left script in a notebook's text, in reading order.
private struct FirstRightToLeftLetter: NotebookWalker {
    var letter: Unicode.Scalar?

    mutating func visit(inline: MarkdownInline) {
        guard letter == nil, case .text(let text) = inline else { return }
        letter = text.unicodeScalars.first { TextDirection.strongDirection(of: $0) == .rtl && $0.properties.isAlphabetic }
    }
}
