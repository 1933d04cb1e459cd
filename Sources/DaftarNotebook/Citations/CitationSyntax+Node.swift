/// The node a citation's syntax stands for: Quarto reads keys with a cross-reference prefix
/// (`fig-`, `tbl-`, `eq-`, `sec-`) as cross-references, everything else as citations.
extension DaftarInlineScanner.CitationSyntax {
    func node(at location: SourceLocation) -> MarkdownInline {
        let kinds = items.map { item in CrossReference.Kind.allCases.first { item.key.hasPrefix($0.rawValue + "-") } }
        if !kinds.isEmpty, kinds.allSatisfy({ $0 != nil }) {
            var references = zip(items, kinds).map { item, kind in
                var reference = CrossReference(label: item.key, kind: kind!, location: self.location(of: item, from: location))
                reference.suppressesPrefix = item.suppressesAuthor
                return reference
            }
            var head = references.removeFirst()
            head.group = references
            return .crossReference(head)
        }
        return .citation(Citation(items: items.map { item in
            Citation.Item(key: item.key, prefix: item.prefix, suffix: item.suffix, suppressesAuthor: item.suppressesAuthor,
                          location: self.location(of: item, from: location))
        }, isParenthetical: isParenthetical, source: source))
    }

    /// Where an item's `@` is, given where the citation starts.
    private func location(of item: Item, from start: SourceLocation) -> SourceLocation {
        let before = source.utf8.prefix(item.offset)
        guard let lastNewline = before.lastIndex(of: UInt8(ascii: "\n")) else {
            return SourceLocation(file: start.file, line: start.line, column: start.column + item.offset)
        }
        let lines = before.count { $0 == UInt8(ascii: "\n") }
        return SourceLocation(file: start.file, line: start.line + lines,
                              column: before.distance(from: before.index(after: lastNewline), to: before.endIndex) + 1)
    }
}
