/// Pipe tables, as GitHub and pandoc read them: a header row, a delimiter row (`| --- | :-: |`)
/// with as many cells, then rows up to a blank line or the start of another block; `\|` is a
/// pipe inside a cell, even inside code. A caption (`: Caption {#tbl-x}` or `Table: …`) may
/// follow (see `BlockSyntaxScanner+Captions`).
extension BlockSyntaxScanner {
    struct TableSource {
        var alignments: [MarkdownTable.Alignment]
        var header: [FragmentText]?
        var rows: [[FragmentText]]
        /// Grid cells hold blocks; pipe cells one line of inlines.
        var isGrid: Bool
        var caption: FragmentText?
        var captionAttributes = Attributes()
        var line: Int, column: Int
    }

    /// Masks the table starting at `index` and returns its last line, or nil when none starts there.
    /// `captionBefore`: the lines of a caption written before the table, used when none follows it.
    mutating func table(at index: Int, captionBefore: ClosedRange<Int>? = nil) -> Int? {
        if let end = gridTable(at: index, captionBefore: captionBefore) { return end }
        guard index + 1 < lines.count, prefix(index + 1) == prefix(index), !taken.contains(index + 1),
              content(index).contains(.pipe), content(index + 1).contains(.pipe),
              let alignments = delimiterRow(content(index + 1)) else { return nil }
        let header = cells(of: index)
        guard header.count == alignments.count else {
            warn("this table's header has \(header.count) cells but its delimiter row has \(alignments.count); the lines are shown as text",
                 line: index + 1)
            return nil
        }
        var end = index + 1
        var rows: [[FragmentText]] = []
        while end + 1 < lines.count, prefix(end + 1) == prefix(index), !isBlank(end + 1),
              !Self.startsBlock(content(end + 1)), !isCaption(end + 1) {
            end += 1
            rows.append(cells(of: end))
        }
        var source = TableSource(alignments: alignments, header: header, rows: rows, isGrid: false,
                                 line: index + 1, column: contentColumn(index))
        // A caption before the table wins over one after it, as in pandoc.
        if captionBefore == nil { end = caption(after: end, for: &source) }
        mask(captionStart(index, before: captionBefore, for: &source)...end, as: .table(source))
        return end
    }

    /// Whether a pipe table's header and delimiter rows, or a grid table's border, are at `index`.
    func isTableStart(_ index: Int) -> Bool {
        if content(index).first == UInt8(ascii: "+"), content(index).allSatisfy({ "+-=: ".utf8.contains($0) }) { return true }
        guard index + 1 < lines.count, content(index).contains(.pipe), content(index + 1).contains(.pipe),
              let alignments = delimiterRow(content(index + 1)) else { return false }
        return splitCells(content(index)).count == alignments.count
    }

    /// The alignments of a delimiter row, or nil when the line is not one.
    private func delimiterRow(_ content: ArraySlice<UInt8>) -> [MarkdownTable.Alignment]? {
        var alignments: [MarkdownTable.Alignment] = []
        for cell in splitCells(content) {
            let text = String(decoding: content[cell], as: UTF8.self).trimmingWhitespace()
            let left = text.hasPrefix(":"), right = text.hasSuffix(":")
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right && text.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// The cells of a row, each trimmed and with `\|` read as `|`.
    private func cells(of index: Int) -> [FragmentText] {
        let content = content(index)
        return splitCells(content).map { range in
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, bytes[lower] == .space || bytes[lower] == .tab { lower += 1 }
            while upper > lower, bytes[upper - 1] == .space || bytes[upper - 1] == .tab { upper -= 1 }
            var text = FragmentText()
            var runStart = lower
            var position = lower
            while position < upper {
                if bytes[position] == .backslash, position + 1 < upper, bytes[position + 1] == .pipe {
                    text.append(bytes[runStart..<position], sourceLine: index + 1, sourceColumn: runStart - lines[index].start + 1)
                    runStart = position + 1
                    position += 2
                } else {
                    position += 1
                }
            }
            text.append(bytes[runStart..<upper], sourceLine: index + 1, sourceColumn: runStart - lines[index].start + 1)
            return text
        }
    }

    /// The byte ranges between unescaped pipes; a leading and a trailing pipe open and close the row.
    private func splitCells(_ content: ArraySlice<UInt8>) -> [Range<Int>] {
        var start = content.startIndex
        var end = content.endIndex
        while end > start, content[end - 1] == .space || content[end - 1] == .tab { end -= 1 }
        while start < end, content[start] == .space || content[start] == .tab { start += 1 }
        if start < end, content[start] == .pipe { start += 1 }
        var ranges: [Range<Int>] = []
        var cellStart = start
        var position = start
        var endsWithPipe = false
        while position < end {
            if content[position] == .backslash { position += 2; continue }
            if content[position] == .pipe {
                ranges.append(cellStart..<position)
                cellStart = position + 1
                endsWithPipe = position == end - 1
            }
            position += 1
        }
        if !endsWithPipe || cellStart < end { ranges.append(cellStart..<min(end, max(cellStart, end))) }
        return ranges
    }

    /// Whether a line starts a block that ends a table: a quote, a heading, a fence, a list item,
    /// a thematic break, HTML or a div fence.
    static func startsBlock(_ content: ArraySlice<UInt8>) -> Bool {
        guard let first = content.first else { return false }
        let second = content.dropFirst().first
        switch first {
        case .greaterThan, .lessThan: return true
        case UInt8(ascii: "#"): return true
        case .colon: return content.starts(with: Array(":::".utf8))
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"):
            if second == nil || second == .space || second == .tab { return true }
            let rest = content.filter { $0 != .space && $0 != .tab }
            return rest.count >= 3 && rest.allSatisfy { $0 == first }
        default:
            if fenceRun(content) != nil { return true }
            let digits = content.prefix { $0.isDigit }.count
            if digits > 0, digits < 10, content.count > digits, [UInt8(ascii: "."), UInt8(ascii: ")")].contains(content[content.startIndex + digits]) {
                let after = content.dropFirst(digits + 1).first
                return after == nil || after == .space || after == .tab
            }
            return false
        }
    }
}

extension UInt8 {
    static let pipe = UInt8(ascii: "|")
}

extension String {
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
