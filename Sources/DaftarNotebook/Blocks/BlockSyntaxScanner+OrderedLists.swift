/// Pandoc's fancy and example lists (`i.`, `(b)`, `A.`, `#.`, `(@label)`) for cmark, which knows
/// only `1.` and `1)`: each such marker is masked as a number of the same width (`(iv)` → `001)`),
/// and where pandoc starts a new list — the style or delimiter changes — the masked delimiter
/// alternates, so that cmark starts one too. Each list's style, first number and example labels
/// are kept by the position of its first marker, for `BlockReader` to put on cmark's list.
extension BlockSyntaxScanner {
    /// A list being read: where its markers and its items' content start, and how it counts.
    struct OpenList {
        var markerColumn: Int
        var contentColumn: Int
        /// nil for a bullet list.
        var style: ListNumberStyle?
        var delimiter: ListMarker.Delimiter?
        /// The delimiter cmark sees for this list's items.
        var maskedDelimiter: UInt8?
        /// The first marker's line and column (1-based), when this list is pandoc's and not cmark's.
        var key: Position?
    }

    /// A 1-based line and byte column of the text.
    struct Position: Hashable {
        var line: Int, column: Int
    }

    /// A list cmark cannot number as pandoc does: its style, first number and example labels.
    struct OrderedListStyle {
        var style: ListNumberStyle
        var start: Int
        /// Each example item's label (empty for `(@)`) and marker position.
        var examples: [(label: String, position: Position)]
    }

    /// Reads line `index` for list markers, keeping `openLists` and masking pandoc's markers.
    mutating func trackOrderedLists(at index: Int) {
        guard fancyLists else { return }
        defer { previousLineIsText = !isBlank(index) && !isHeadingOrFence(index) }
        guard !isBlank(index) else {
            previousLineWasBlank = true
            return
        }
        let line = lines[index]
        let indent = line.contentStart - line.start
        let wasBlank = previousLineWasBlank
        previousLineWasBlank = false
        let bullet = Self.bulletMarkerLength(bytes, at: line.contentStart, before: line.end)
        let marker = bullet == nil ? ListMarker.read(bytes, at: line.contentStart, before: line.end) : nil
        guard bullet != nil || marker != nil else {
            // Text after a blank line ends the lists it is not indented into; lazy text ends none.
            if wasBlank { openLists.removeAll { $0.contentColumn > indent } }
            lastLineWasListItem = false
            return
        }
        openLists.removeAll { $0.markerColumn > indent }
        let sibling = openLists.last.flatMap { indent < $0.contentColumn ? $0 : nil }
        let contentColumn = contentColumn(afterMarkerAt: line.contentStart, width: bullet ?? marker!.width, lineStart: line.start, end: line.end)
        guard let marker else {
            if sibling != nil { openLists.removeLast() }
            openLists.append(OpenList(markerColumn: indent, contentColumn: contentColumn))
            lastLineWasListItem = true
            openNestedLists(at: index, from: contentColumn)
            return
        }
        // An item of the open list at this column, read in its style, continues it.
        if let sibling, let style = sibling.style, let delimiter = sibling.delimiter,
           let continued = ListMarker.read(bytes, at: line.contentStart, before: line.end, continuing: style),
           continued.delimiter == delimiter {
            openLists[openLists.count - 1].contentColumn = contentColumn
            if let key = sibling.key, style == .example {
                orderedListStyles[key]?.examples.append((continued.label ?? "", Position(line: index + 1, column: indent + 1)))
            }
            maskMarker(continued, at: index, offset: line.contentStart, as: sibling.maskedDelimiter!)
            openNestedLists(at: index, from: contentColumn)
            return
        }
        // A new list cannot interrupt a paragraph in pandoc (cmark lets `1.` do so: its business).
        guard marker.isCommonMark || wasBlank || !previousLineIsText || lastLineWasListItem || sibling != nil else {
            lastLineWasListItem = false
            return
        }
        var maskedDelimiter = marker.commonMarkDelimiter
        if let sibling {
            openLists.removeLast()
            if sibling.maskedDelimiter == maskedDelimiter { maskedDelimiter = maskedDelimiter == .rightParenthesis ? UInt8(ascii: ".") : .rightParenthesis }
        }
        var open = OpenList(markerColumn: indent, contentColumn: contentColumn, style: marker.style, delimiter: marker.delimiter,
                            maskedDelimiter: maskedDelimiter)
        if !marker.isCommonMark {
            let key = Position(line: index + 1, column: indent + 1)
            open.key = key
            orderedListStyles[key] = OrderedListStyle(style: marker.style, start: marker.value,
                                                      examples: marker.style == .example ? [(marker.label ?? "", key)] : [])
        }
        openLists.append(open)
        maskMarker(marker, at: index, offset: line.contentStart, as: maskedDelimiter)
        openNestedLists(at: index, from: contentColumn)
    }

    /// Lists that start on their parent item's line (`- (a) x`, `1. i. y`, as pandoc reads them):
    /// each marker right after an item's marker opens a list inside that item.
    private mutating func openNestedLists(at index: Int, from column: Int) {
        let line = lines[index]
        var column = column
        while line.start + column < line.end {
            let start = line.start + column
            let bullet = Self.bulletMarkerLength(bytes, at: start, before: line.end)
            let marker = bullet == nil ? ListMarker.read(bytes, at: start, before: line.end) : nil
            guard bullet != nil || marker != nil else { return }
            var open = OpenList(markerColumn: column,
                                contentColumn: contentColumn(afterMarkerAt: start, width: bullet ?? marker!.width, lineStart: line.start, end: line.end))
            if let marker {
                (open.style, open.delimiter, open.maskedDelimiter) = (marker.style, marker.delimiter, marker.commonMarkDelimiter)
                if !marker.isCommonMark {
                    let key = Position(line: index + 1, column: column + 1)
                    open.key = key
                    orderedListStyles[key] = OrderedListStyle(style: marker.style, start: marker.value,
                                                              examples: marker.style == .example ? [(marker.label ?? "", key)] : [])
                }
                maskMarker(marker, at: index, offset: start, as: marker.commonMarkDelimiter)
            }
            openLists.append(open)
            column = open.contentColumn
        }
    }

    /// An ATX heading, a code fence or a div fence: a block a list may follow without a blank line.
    private func isHeadingOrFence(_ index: Int) -> Bool {
        let content = blockContent(index)
        let hashes = content.prefix { $0 == UInt8(ascii: "#") }.count
        return (1...6).contains(hashes) && (content.count == hashes || content.dropFirst(hashes).first == .space)
            || Self.fenceRun(content) != nil || content.starts(with: Array(":::".utf8))
    }

    /// Replaces a marker cmark does not know, or whose delimiter must change, by `1`s and `0`s of
    /// its width and `maskedDelimiter` (cmark allows nine digits: a longer example label stays text).
    /// A marker after another on its line changes the replacement the first one made.
    private mutating func maskMarker(_ marker: ListMarker, at index: Int, offset start: Int, as maskedDelimiter: UInt8) {
        lastLineWasListItem = true
        if marker.isCommonMark, marker.commonMarkDelimiter == maskedDelimiter { return }
        let digits = marker.isCommonMark ? Array(bytes[start..<(start + marker.width - 1)])
            : Array(repeating: UInt8(ascii: "0"), count: marker.width - 2) + [UInt8(ascii: "1")]
        guard digits.count <= 9 else { return }
        if var replacement = replacements[index], replacement.from <= start {
            guard start - replacement.from + marker.width <= replacement.bytes.count else { return }
            replacement.bytes.replaceSubrange((start - replacement.from)..<(start - replacement.from + marker.width), with: digits + [maskedDelimiter])
            replacements[index] = replacement
        } else {
            replacements[index] = (start, digits + [maskedDelimiter] + bytes[(start + marker.width)..<lines[index].end])
        }
    }

    /// Where an item's content starts after its marker: one to four spaces, else one.
    private func contentColumn(afterMarkerAt start: Int, width: Int, lineStart: Int, end: Int) -> Int {
        let after = start + width
        let spaces = bytes[after..<end].prefix { $0 == .space }.count
        return after - lineStart + (spaces >= 1 && spaces <= 4 ? spaces : 1)
    }

    /// The length of a bullet marker (`-`, `+`, `*`) and its space at `start`.
    static func bulletMarkerLength(_ bytes: [UInt8], at start: Int, before end: Int) -> Int? {
        guard start < end, [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*")].contains(bytes[start]),
              start + 1 == end || bytes[start + 1] == .space || bytes[start + 1] == .tab else { return nil }
        return 1
    }
}
