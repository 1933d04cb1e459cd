/// Display math before block structure (LaTeX's math environments likewise): `$$` at the start
/// of a line, closed on a later line before a blank one, is one formula whatever its lines look
/// like — `- y`, `+ z`, `1. w`, `# n`, `=` or `> 0` inside it must not become a list, a heading
/// or a quote. The characters that would
/// start a block are hidden from cmark's first parse (same length, same lines); the inline
/// scanner then reads the formula from the original text.
extension BlockSyntaxScanner {
    mutating func maskDisplayMath(from opener: Int) {
        let quoteDepth = prefix(opener).count { $0 == .greaterThan }
        var searchStart = lines[opener].contentStart + 2
        var index = opener
        while index < lines.count {
            if index > opener {
                if isBlank(index) { return }
                searchStart = contentStart(of: index, skippingQuotes: quoteDepth)
            }
            let end = lines[index].end
            if let close = firstDoubleDollar(from: searchStart, before: end) {
                guard index > opener else { return }  // closed on its own line: nothing to hide
                hideBlockStarts(after: opener, through: index, quoteDepth: quoteDepth, closer: close)
                return
            }
            index += 1
        }
    }

    /// The same for `\begin{align}` (a math environment, `DaftarInlineScanner.mathEnvironments`) at
    /// the start of a line, up to the line of its `\end{align}` before a blank one.
    mutating func maskMathEnvironment(from opener: Int) {
        guard let name = DaftarInlineScanner.environmentName(in: bytes, after: "\\begin", at: lines[opener].contentStart,
                                                             before: lines[opener].end),
              DaftarInlineScanner.mathEnvironments.contains(name.name) else { return }
        let quoteDepth = prefix(opener).count { $0 == .greaterThan }
        let closer = Array("\\end{\(name.name)}".utf8)
        var index = opener
        while index < lines.count, index == opener || !isBlank(index) {
            let from = index == opener ? name.end : lines[index].start
            if bytes[from..<lines[index].end].firstRange(of: closer) != nil {
                if index > opener { hideBlockStarts(after: opener, through: index, quoteDepth: quoteDepth, closer: nil) }
                return
            }
            index += 1
        }
    }

    /// Hides from cmark the first character of lines `opener + 1 … last` when it could start a
    /// block (`closer`: the offset of a closing `$$`, which stays).
    private mutating func hideBlockStarts(after opener: Int, through last: Int, quoteDepth: Int, closer: Int?) {
        for line in (opener + 1)...last {
            let start = contentStart(of: line, skippingQuotes: quoteDepth)
            guard start < lines[line].end, !(line == last && start == closer) else { continue }
            if Self.mayStartBlock(bytes[start]) {
                var text = Array(bytes[lines[line].start..<lines[line].end])
                text[start - lines[line].start] = UInt8(ascii: ".")
                replacements[line] = (lines[line].start, text)
            }
        }
    }

    /// Where a line's text starts after `depth` quote markers and any spaces.
    private func contentStart(of index: Int, skippingQuotes depth: Int) -> Int {
        var position = lines[index].start
        var quotes = 0
        while position < lines[index].end {
            let byte = bytes[position]
            if byte == .space || byte == .tab { position += 1; continue }
            if byte == .greaterThan, quotes < depth { quotes += 1; position += 1; continue }
            break
        }
        return max(position, lines[index].start)
    }

    private func firstDoubleDollar(from start: Int, before end: Int) -> Int? {
        var position = start
        while position + 1 < end {
            if bytes[position] == .backslash { position += 2; continue }
            if bytes[position] == .dollar, bytes[position + 1] == .dollar { return position }
            position += 1
        }
        return nil
    }

    /// Characters that can start a block when they begin a line (or, for `=` and `-`, underline a heading).
    private static func mayStartBlock(_ byte: UInt8) -> Bool {
        "-+*#=>_~`<|:".utf8.contains(byte) || byte.isDigit
    }
}
