/// Pandoc's citation syntax: `[prefix @key suffix; …]` in brackets and `@key` in the text. Keys
/// begin with a letter, digit or `_` and may hold `:.#%-+?~/` between such characters; an `@`
/// after a letter or digit (`a@b.c`) starts nothing.
extension DaftarInlineScanner {
    /// A citation's syntax as found, with byte offsets: `InlinePlaceholders` turns it into a
    /// `Citation` or, when every key has a cross-reference prefix, a `CrossReference`.
    struct CitationSyntax: Equatable {
        struct Item: Equatable {
            var key: String
            var prefix: String
            var suffix: String
            var suppressesAuthor: Bool
            /// The offset of the `@` from the citation's start.
            var offset: Int
        }

        var items: [Item]
        var isParenthetical: Bool
        var source: String
    }

    /// `[…]` around the `@` at `at`: a bracketed citation when every `;`-separated part has a key,
    /// the brackets are not a link's (`](`, `][`, `]:`, `![`), and nothing already found lies inside.
    func bracketedCitation(at: Int, in range: Range<Int>, after previous: Int?) -> Found? {
        // The first key of a group follows `[`, a space or `-`; brackets are looked for within a
        // bounded distance, so that a paragraph of many `@` stays linear.
        guard at > range.lowerBound, bytes[at - 1] == .leftBracket || bytes[at - 1].isWhitespace || bytes[at - 1] == UInt8(ascii: "-") else {
            return nil
        }
        let reach = 400
        let floor = max(range.lowerBound, previous ?? range.lowerBound, at - reach)
        var open = at - 1
        while open >= floor, bytes[open] != .leftBracket {
            if bytes[open] == .rightBracket || bytes[open] == .newline && open > range.lowerBound && bytes[open - 1] == .newline { return nil }
            open -= 1
        }
        guard open >= floor else { return nil }
        if open > range.lowerBound, bytes[open - 1] == .exclamation || bytes[open - 1] == .rightBracket || bytes[open - 1] == .backslash {
            return nil
        }
        var close = at
        let ceiling = min(range.upperBound, at + reach)
        while close < ceiling, bytes[close] != .rightBracket {
            if bytes[close] == .leftBracket { return nil }
            close += 1
        }
        guard close < ceiling else { return nil }
        if close + 1 < range.upperBound, [UInt8.leftParenthesis, .leftBracket, UInt8(ascii: ":"), UInt8(ascii: "{")].contains(bytes[close + 1]) {
            return nil
        }
        var items: [CitationSyntax.Item] = []
        var partStart = open + 1
        for index in (open + 1)...close where index == close || bytes[index] == UInt8(ascii: ";") {
            guard let item = citationItem(partStart..<index) else { return nil }
            items.append(item)
            partStart = index + 1
        }
        // Cross-references with words around them (`[see @fig-a]`) are no group: the brackets stay
        // text and each `@fig-` is read on its own, so that no word is lost.
        let isCrossReferenceGroup = items.allSatisfy { item in CrossReference.Kind.allCases.contains { item.key.hasPrefix($0.rawValue + "-") } }
        if isCrossReferenceGroup, items.contains(where: { !$0.prefix.isEmpty || !$0.suffix.isEmpty }) { return nil }
        for index in items.indices { items[index].offset -= open }
        let source = String(decoding: bytes[open...close], as: UTF8.self)
        return Found(range: open..<close + 1, kind: .citation(CitationSyntax(items: items, isParenthetical: true, source: source)))
    }

    /// `@key` in the text, not after a letter or digit, with pandoc's locator in brackets after it
    /// (`@key [p. 33]`).
    func inTextCitation(at: Int, in range: Range<Int>) -> Found? {
        if at > range.lowerBound {
            var lead = at - 1
            while lead > range.lowerBound, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            if let (before, _) = scalar(startingAt: lead, before: at), before.properties.isAlphabetic || before.properties.numericType != nil
                || before == "@" || before == "_" { return nil }
        }
        guard let end = keyEnd(from: at + 1, before: range.upperBound) else { return nil }
        let key = String(decoding: bytes[(at + 1)..<end], as: UTF8.self)
        var item = CitationSyntax.Item(key: key, prefix: "", suffix: "", suppressesAuthor: false, offset: 0)
        var citationEnd = end
        if let (suffix, close) = bracketedSuffix(after: end, in: range) {
            item.suffix = suffix
            citationEnd = close + 1
        }
        let source = String(decoding: bytes[at..<citationEnd], as: UTF8.self)
        return Found(range: at..<citationEnd, kind: .citation(CitationSyntax(items: [item], isParenthetical: false, source: source)))
    }

    /// ` [p. 33]` after an in-text key: a space, then brackets holding no `@` or `[`, not a link's, and
    /// holding a locator's space and digit — so that `@user [1]` keeps its reference link `[1]`.
    private func bracketedSuffix(after end: Int, in range: Range<Int>) -> (String, Int)? {
        guard end + 1 < range.upperBound, bytes[end] == .space, bytes[end + 1] == .leftBracket else { return nil }
        var close = end + 2
        while close < min(range.upperBound, end + 200), bytes[close] != .rightBracket {
            if bytes[close] == .leftBracket || bytes[close] == .at || bytes[close] == .newline { return nil }
            close += 1
        }
        guard close < range.upperBound, bytes[close] == .rightBracket, close > end + 2,
              bytes[(end + 2)..<close].contains(.space), bytes[(end + 2)..<close].contains(where: \.isDigit) else { return nil }
        if close + 1 < range.upperBound, [UInt8.leftParenthesis, .leftBracket, UInt8(ascii: ":"), UInt8(ascii: "{")].contains(bytes[close + 1]) {
            return nil
        }
        return (String(decoding: bytes[(end + 2)..<close], as: UTF8.self).trimmingWhitespace(), close)
    }

    /// One part of a bracketed citation: prefix, `-`?, `@key`, suffix.
    private func citationItem(_ part: Range<Int>) -> CitationSyntax.Item? {
        guard let at = part.first(where: { index in
            bytes[index] == .at && (index == part.lowerBound || bytes[index - 1].isWhitespace || bytes[index - 1] == UInt8(ascii: "-"))
        }), let end = keyEnd(from: at + 1, before: part.upperBound) else { return nil }
        let suppresses = at > part.lowerBound && bytes[at - 1] == UInt8(ascii: "-")
        let prefixEnd = suppresses ? at - 1 : at
        return CitationSyntax.Item(
            key: String(decoding: bytes[(at + 1)..<end], as: UTF8.self),
            prefix: String(decoding: bytes[part.lowerBound..<prefixEnd], as: UTF8.self).trimmingWhitespace(),
            suffix: String(decoding: bytes[end..<part.upperBound], as: UTF8.self).trimmingWhitespace(),
            suppressesAuthor: suppresses, offset: at)
    }

    /// Where a citation key starting at `start` ends; nil when none starts there.
    private func keyEnd(from start: Int, before end: Int) -> Int? {
        /// The width of the key character (a letter, digit or `_` of any script) at `index`, or 0.
        func keyCharacter(at index: Int) -> Int {
            guard index < end, let (scalar, width) = scalar(startingAt: index, before: end) else { return 0 }
            return scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? width : 0
        }
        guard keyCharacter(at: start) > 0 else { return nil }
        var index = start
        while index < end {
            let width = keyCharacter(at: index)
            if width > 0 {
                index += width
            } else if Array(":.#%-+?~/".utf8).contains(bytes[index]), keyCharacter(at: index + 1) > 0 {
                index += 1
            } else {
                break
            }
        }
        return index
    }
}
