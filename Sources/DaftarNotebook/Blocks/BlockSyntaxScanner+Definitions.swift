/// Pandoc's definition lists: a term of one line (after a blank line or at the start), then one or
/// more definitions, each starting with `:` or `~` (indented at most two spaces) and a space,
/// continued by lines indented four spaces; a blank line between a term and its definitions
/// makes their paragraphs `<p>`s.
extension BlockSyntaxScanner {
    func isDefinitionMarker(_ index: Int) -> Bool {
        let prefix = prefix(index)
        guard prefix.count <= 2, !prefix.contains(.greaterThan) else { return false }
        let content = content(index)
        guard let first = content.first, first == .colon || first == UInt8(ascii: "~"),
              let second = content.dropFirst().first, second == .space || second == .tab else { return false }
        return content.dropFirst(2).contains { $0 != .space && $0 != .tab }
    }

    mutating func definition(at index: Int) {
        let previous = isBlank(index - 1) ? index - 2 : index - 1
        guard previous >= 0, !isBlank(previous), !taken.contains(previous) else { return }
        if lines[previous].contentStart == lines[previous].start, !isDefinitionMarker(previous), isBlank(previous - 1),
           !Self.startsBlock(content(previous)), replacements[previous] == nil {
            var term = FragmentText()
            var end = lines[previous].end
            while end > lines[previous].start, bytes[end - 1] == .space || bytes[end - 1] == .tab { end -= 1 }
            term.append(bytes[lines[previous].start..<end], sourceLine: previous + 1, sourceColumn: 1)
            mask(previous...previous, as: .term(term, definitions: 1, loose: isBlank(index - 1)))
            currentTerm = items.count - 1
        } else if let open = currentTerm, case .term(let term, let count, let loose) = items[open], stillInList(before: index) {
            items[open] = .term(term, definitions: count + 1, loose: loose || isBlank(index - 1))
        } else {
            return
        }
        // `:   text` becomes `+   text`: cmark reads the definition's blocks as a list item's (with a
        // bullet no list of the text uses, so that a list right after is not merged into it).
        let marker = lines[index].contentStart
        replacements[index] = (marker, [definitionBullet] + Array(bytes[(marker + 1)..<lines[index].end]))
        lastDefinitionLine = index
    }

    /// `+`, else `*`, else `-`: the first bullet no list item of the text starts with.
    private var definitionBullet: UInt8 {
        let used = Set(lines.indices.compactMap { index -> UInt8? in
            let content = content(index)
            guard let first = content.first, "+*-".utf8.contains(first),
                  content.dropFirst().first.map({ $0 == .space || $0 == .tab }) ?? true else { return nil }
            return first
        })
        return "+*-".utf8.first { !used.contains($0) } ?? UInt8(ascii: "-")
    }

    /// Whether the lines since the last definition all belong to it: no unindented line after a blank one.
    private func stillInList(before index: Int) -> Bool {
        guard let last = lastDefinitionLine else { return false }
        for line in (last + 1)..<index where !isBlank(line) && lines[line].contentStart == lines[line].start && isBlank(line - 1) {
            return false
        }
        return true
    }
}
