/// Reading a notebook: front matter, then CommonMark blocks, then Daftar's inline syntax, then cells.
extension Notebook {
    /// Parses `source`, appending every problem found to `diagnostics` rather than stopping at the
    /// first; the notebook returned is as complete as the problems allow.
    public static func parse(_ source: SourceFile, diagnostics: inout [Diagnostic]) -> Notebook {
        let frontMatter = FrontMatter.parse(source, diagnostics: &diagnostics)
        let body = bodyBytes(of: source, frontMatterLines: frontMatter.lines)
        let bodyText = String(decoding: body, as: UTF8.self)
        let path = source.path
        let blocks = parseBlocks(bodyText, body: body, path: path, diagnostics: &diagnostics)
        let cells = makeCells(blocks, source: source, diagnostics: &diagnostics)
        return Identities.assign(Notebook(path: path, frontMatter: frontMatter, cells: cells), diagnostics: &diagnostics)
    }

    /// The file with its front matter lines emptied, so that CommonMark positions are file positions.
    private static func bodyBytes(of source: SourceFile, frontMatterLines: ClosedRange<Int>?) -> [UInt8] {
        guard let lines = frontMatterLines else { return source.bytes }
        let rest = lines.upperBound < source.lineCount ? source.offset(line: lines.upperBound + 1, column: 1) : source.bytes.count
        return Array(repeating: .newline, count: lines.count) + source.bytes[rest...]
    }

    /// CommonMark blocks with math and expressions as nodes of their own: a first parse finds the
    /// paragraphs and headings, the scanner finds Daftar syntax in their source, and a second parse
    /// reads the source with that syntax replaced by tokens.
    private static func parseBlocks(_ text: String, body: [UInt8], path: String, diagnostics: inout [Diagnostic]) -> [MarkdownBlock] {
        let bodyFile = SourceFile(path: path, text: text)
        let firstParse = CommonMarkReader(parsing: text) { SourceLocation(file: path, line: $0, column: $1) }
        var items: [InlinePlaceholders.Item] = []
        for region in firstParse.inlineRegions {
            let start = bodyFile.offset(line: region.startLine, column: region.startColumn)
            let end = min(bodyFile.offset(line: region.endLine, column: region.endColumn) + 1, body.count)
            guard start < end else { continue }
            let scanner = DaftarInlineScanner(bytes: body, continuationIndent: region.startColumn - 1)
            let found = scanner.scan(start..<end) { offset in
                diagnostics.append(Diagnostic(.warning, "math is opened here but never closed; it is shown as text",
                                              at: bodyFile.location(ofOffset: offset)))
            }
            items += found.map { found in
                var codeLocation: SourceLocation?
                if case .expression(_, let codeStart) = found.kind { codeLocation = bodyFile.location(ofOffset: codeStart) }
                return InlinePlaceholders.Item(found: found, location: bodyFile.location(ofOffset: found.range.lowerBound), codeLocation: codeLocation)
            }
        }
        guard !items.isEmpty else { return firstParse.blocks }
        let placeholders = InlinePlaceholders(items: items, text: text)
        let (substituted, originalLine) = placeholders.substitute(in: body)
        let secondParse = CommonMarkReader(parsing: substituted) { SourceLocation(file: path, line: originalLine($0), column: $1) }
        return placeholders.resolve(secondParse.blocks, original: body)
    }

    /// Groups top-level blocks into cells: each top-level fence is a cell of its own, the blocks
    /// between them are prose.
    private static func makeCells(_ blocks: [MarkdownBlock], source: SourceFile, diagnostics: inout [Diagnostic]) -> [Cell] {
        var cells: [Cell] = []
        var prose: [MarkdownBlock] = []
        func endProse() {
            if !prose.isEmpty { cells.append(.prose(prose)) }
            prose = []
        }
        for block in blocks {
            guard case .codeBlock(let code) = block, !code.info.isEmpty else {
                prose.append(block)
                continue
            }
            endProse()
            if code.isSwiftCell {
                cells.append(.code(CellOptions.parse(code, in: source, diagnostics: &diagnostics)))
            } else {
                cells.append(.fencedCode(code))
            }
        }
        endProse()
        return cells
    }
}
