/// Pandoc's note definitions: `[^label]: text` at a line's start, with the lines after it that
/// are indented four spaces (blank lines between them allowed) or continue its paragraph lazily.
extension BlockSyntaxScanner {
    /// Masks the definition starting at line `index`; the index of its last line, or nil.
    mutating func footnoteDefinition(at index: Int) -> Int? {
        let line = lines[index]
        // Up to three spaces before it, as pandoc allows; not inside a quote.
        guard line.contentStart - line.start < 4, !prefix(index).contains(.greaterThan),
              let (label, textStart) = footnoteLabel(index) else { return nil }
        var last = index
        var next = index + 1
        var previousBlank = false
        while next < lines.count {
            if isBlank(next) { previousBlank = true; next += 1; continue }
            let indent = indentation(next)
            if indent >= 4 || !previousBlank && footnoteLabel(next) == nil && Self.fenceRun(content(next)) == nil {
                last = next
                previousBlank = false
                next += 1
                continue
            }
            break
        }
        var text = FragmentText()
        text.append(bytes[textStart..<line.end], sourceLine: index + 1, sourceColumn: textStart - line.start + 1)
        if last > index {
            for number in (index + 1)...last {
                text.newLine()
                var start = lines[number].start
                var dropped = 0
                while dropped < 4, start < lines[number].end, bytes[start] == .space { start += 1; dropped += 1 }
                if dropped == 0, start < lines[number].end, bytes[start] == .tab { start += 1 }
                text.append(bytes[start..<lines[number].end], sourceLine: number + 1, sourceColumn: start - lines[number].start + 1)
            }
        }
        mask(index...last, as: .footnoteDefinition(label: label, text, line: index + 1, column: contentColumn(index)))
        return last
    }

    /// `[^label]:` opening line `index`: the label and where the text after the colon and spaces starts.
    private func footnoteLabel(_ index: Int) -> (String, Int)? {
        let line = lines[index]
        let start = line.contentStart
        guard line.end - start > 4, bytes[start] == .leftBracket, bytes[start + 1] == UInt8(ascii: "^") else { return nil }
        var close = start + 2
        while close < line.end, !bytes[close].isWhitespace, bytes[close] != .rightBracket, bytes[close] != .leftBracket { close += 1 }
        guard close > start + 2, close + 1 < line.end, bytes[close] == .rightBracket, bytes[close + 1] == .colon else { return nil }
        var textStart = close + 2
        while textStart < line.end, bytes[textStart] == .space || bytes[textStart] == .tab { textStart += 1 }
        return (String(decoding: bytes[(start + 2)..<close], as: UTF8.self), textStart)
    }

    private func indentation(_ index: Int) -> Int {
        var width = 0
        for byte in bytes[lines[index].start..<lines[index].end] {
            if byte == .space { width += 1 } else if byte == .tab { width += 4 - width % 4 } else { break }
        }
        return width
    }
}
