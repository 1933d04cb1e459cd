/// Pandoc's grid tables: `+---+---+` borders, `|` between cells, a `+===+` line under the header
/// (none for a table without one), colons in a border for alignment; cells hold blocks. Cells
/// that span columns or rows are not read: such a table is reported and left as text.
extension BlockSyntaxScanner {
    mutating func gridTable(at index: Int, captionBefore: ClosedRange<Int>?) -> Int? {
        guard let top = border(index) else { return nil }
        // A border under a row of the same table (one that was shown as text) starts no table:
        // else every border of a malformed table would report its bad row again.
        if index > 0, prefix(index - 1) == prefix(index), !taken.contains(index - 1),
           let first = content(index - 1).first, first == UInt8(ascii: "+") || first == .pipe { return nil }
        var last = index
        while last + 1 < lines.count, prefix(last + 1) == prefix(index),
              let first = content(last + 1).first, first == UInt8(ascii: "+") || first == .pipe {
            last += 1
        }
        guard last > index, border(last) != nil else {
            if last > index { warn("this grid table has no closing border (`+---+`); it is shown as text", line: index) }
            return nil
        }
        let boundaries = top.boundaries
        var header: [FragmentText]?
        var rows: [[FragmentText]] = []
        var alignments = top.alignments
        var current: [FragmentText] = Array(repeating: FragmentText(), count: boundaries.count - 1)
        var currentHasLines = false
        for line in (index + 1)...last {
            if let separator = border(line) {
                guard separator.boundaries == boundaries else {
                    warn("this grid table's borders do not line up (cells spanning columns are not supported); it is shown as text", line: line)
                    return nil
                }
                let row = current.map(\.dedented)
                if separator.isHeaderSeparator, header == nil, rows.isEmpty {
                    header = row
                    if separator.alignments.contains(where: { $0 != .none }) { alignments = separator.alignments }
                } else if currentHasLines {
                    rows.append(row)
                }
                current = Array(repeating: FragmentText(), count: boundaries.count - 1)
                currentHasLines = false
                continue
            }
            let columns = scalarColumns(line)
            // As in pandoc, the last `|` may stray from the border's last `+` (a long line in
            // Quarto's own tables): the last cell runs to the line's final `|`.
            var trimmedEnd = lines[line].end
            while trimmedEnd > lines[line].start, bytes[trimmedEnd - 1] == .space || bytes[trimmedEnd - 1] == .tab { trimmedEnd -= 1 }
            guard boundaries.dropLast().allSatisfy({ boundary in columns.first { $0.column == boundary }.map { bytes[$0.offset] == .pipe } ?? false }),
                  trimmedEnd > lines[line].start, bytes[trimmedEnd - 1] == .pipe,
                  let lastStart = columns.first(where: { $0.column == boundaries[boundaries.count - 2] })?.offset, trimmedEnd - 1 > lastStart else {
                warn("this grid table's row does not line up with its columns (cells spanning columns are not supported); it is shown as text", line: line)
                return nil
            }
            for cell in 0..<(boundaries.count - 1) {
                let start = columns.first { $0.column == boundaries[cell] }!.offset + 1
                let end = cell == boundaries.count - 2 ? trimmedEnd - 1 : columns.first { $0.column == boundaries[cell + 1] }!.offset
                if currentHasLines { current[cell].newLine() }
                current[cell].append(bytes[start..<end], sourceLine: line + 1, sourceColumn: start - lines[line].start + 1)
            }
            currentHasLines = true
        }
        var source = TableSource(alignments: alignments, header: header, rows: rows, isGrid: true,
                                 line: index + 1, column: contentColumn(index))
        let end = captionBefore == nil ? caption(after: last, for: &source) : last
        mask(captionStart(index, before: captionBefore, for: &source)...end, as: .table(source))
        return end
    }

    private struct Border {
        /// The display columns of the `+` signs.
        var boundaries: [Int]
        var alignments: [MarkdownTable.Alignment]
        var isHeaderSeparator: Bool
    }

    private func border(_ index: Int) -> Border? {
        let content = content(index)
        var end = content.endIndex
        while end > content.startIndex, content[end - 1] == .space { end -= 1 }
        let line = content[content.startIndex..<end]
        guard line.count >= 3, line.first == UInt8(ascii: "+"), line.last == UInt8(ascii: "+"),
              line.allSatisfy({ "+-=:".utf8.contains($0) }), line.dropFirst().first != UInt8(ascii: "+") else { return nil }
        let segments = line.dropFirst().dropLast().split(separator: UInt8(ascii: "+"), omittingEmptySubsequences: false)
        guard segments.allSatisfy({ !$0.isEmpty }) else { return nil }
        var boundaries: [Int] = []
        let base = scalarColumns(index).first { $0.offset == content.startIndex }?.column ?? 0
        var column = base
        boundaries.append(column)
        for segment in segments {
            column += segment.count + 1
            boundaries.append(column)
        }
        let alignments = segments.map { segment -> MarkdownTable.Alignment in
            let left = segment.first == .colon, right = segment.last == .colon
            return left && right ? .center : left ? .left : right ? .right : .none
        }
        return Border(boundaries: boundaries, alignments: alignments, isHeaderSeparator: line.contains(UInt8(ascii: "=")))
    }

    /// Each scalar of a line with its display column (combining marks take none) and byte offset.
    private func scalarColumns(_ index: Int) -> [(column: Int, offset: Int)] {
        var result: [(Int, Int)] = []
        var column = 0
        var offset = lines[index].start
        let text = String(decoding: bytes[lines[index].start..<lines[index].end], as: UTF8.self)
        for scalar in text.unicodeScalars {
            result.append((column, offset))
            let category = scalar.properties.generalCategory
            if category != .nonspacingMark && category != .enclosingMark { column += 1 }
            offset += UTF8.width(scalar)
        }
        return result
    }
}

extension FragmentText {
    /// The cell's lines with trailing spaces, blank lines at either end and the one space after
    /// each `|` removed (positions kept). As in pandoc, only that one space goes (when every line
    /// has it): a cell whose lines start four spaces further in holds an indented code block, as
    /// Quarto's own tables of Markdown examples do (`|     Blah [@key]`).
    var dedented: FragmentText {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = lines.allSatisfy { $0.isEmpty || $0.first == " " } ? 1 : 0
        var result = FragmentText()
        var started = false
        var pendingBlank = 0
        for (number, line) in lines.enumerated() {
            let trimmed = line.dropFirst(indent).reversed().drop { $0 == " " }.reversed()
            if trimmed.isEmpty {
                if started { pendingBlank += 1 }
                continue
            }
            if started { for _ in 0...pendingBlank { result.newLine() } }
            pendingBlank = 0
            started = true
            let position = parentPosition(line: number + 1, column: indent + 1)
            result.append(Array(String(trimmed).utf8), sourceLine: position.line, sourceColumn: position.column)
        }
        return result
    }
}
