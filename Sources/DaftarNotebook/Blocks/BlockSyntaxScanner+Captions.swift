/// pandoc's table captions: a paragraph starting `: ` or `Table:` after the table (directly or
/// after one blank line) or before it (then a blank line; this one wins), whose closing
/// `{#tbl-x .class key=value}` are the table's attributes (Quarto's label and options).
extension BlockSyntaxScanner {
    /// The first line to mask: the caption's before the table when it has none after.
    func captionStart(_ index: Int, before: ClosedRange<Int>?, for source: inout TableSource) -> Int {
        guard let before, source.caption == nil else { return index }
        readCaption(before, into: &source)
        return before.lowerBound
    }

    /// The lines of the caption paragraph starting at `first`, when a table starts after it and a
    /// blank line (pandoc's caption before a table).
    func captionBeforeTable(at first: Int) -> (caption: ClosedRange<Int>, table: Int)? {
        guard isCaption(first), isBlank(first - 1) else { return nil }
        var last = first
        while last + 1 < lines.count, !isBlank(last + 1), !Self.startsBlock(content(last + 1)) { last += 1 }
        let table = last + 2
        guard isBlank(last + 1), table < lines.count, isTableStart(table) else { return nil }
        return (first...last, table)
    }

    /// The caption after a table's last line `end` (directly, or after one blank line): its text
    /// and attributes go into `source`; returns the new last line.
    func caption(after end: Int, for source: inout TableSource) -> Int {
        var first = end + 1
        if isBlank(first), first + 1 < lines.count { first += 1 }
        guard first < lines.count, isCaption(first) else { return end }
        var last = first
        while last + 1 < lines.count, !isBlank(last + 1), !Self.startsBlock(content(last + 1)) { last += 1 }
        readCaption(first...last, into: &source)
        return last
    }

    /// Reads the caption on `range`, without its `:` or `Table:` and with its closing attributes apart.
    func readCaption(_ range: ClosedRange<Int>, into source: inout TableSource) {
        let (first, last) = (range.lowerBound, range.upperBound)
        var text = FragmentText()
        for line in first...last {
            var bytes = content(line)
            var start = lines[line].contentStart
            if line == first {
                let marker = bytes.starts(with: Array("Table:".utf8)) || bytes.starts(with: Array("table:".utf8)) ? 6 : 1
                bytes = bytes.dropFirst(marker)
                start += marker
            }
            let leading = bytes.prefix { $0 == .space || $0 == .tab }.count
            if line > first { text.newLine() }
            text.append(bytes.dropFirst(leading), sourceLine: line + 1, sourceColumn: start + leading - lines[line].start + 1)
        }
        // Attributes close the caption: `: Results {#tbl-results}`.
        var captionText = text.text
        if captionText.hasSuffix("}"), let open = captionText.lastIndex(of: "{"),
           let attributes = Attributes.parse(braced: captionText[open...]) {
            source.captionAttributes = attributes
            captionText = String(captionText[..<open]).trimmingTrailingSpaces()
            text = text.truncated(toBytes: captionText.utf8.count)
        }
        source.caption = text
    }

    func isCaption(_ index: Int) -> Bool {
        let content = content(index)
        return content.starts(with: Array(": ".utf8)) || content.starts(with: Array("Table:".utf8))
            || content.starts(with: Array("table:".utf8))
    }
}
