/// Reading a notebook: front matter, then blocks (`BlockReader`), then cells.
extension Notebook {
    /// Parses `source`, appending every problem found to `diagnostics` rather than stopping at the
    /// first; the notebook returned is as complete as the problems allow. `defaultFormat`
    /// (`daftar render --from`) is the format when the front matter names none. A `confined`
    /// (`--safe`) notebook's bibliography is read only from inside its folder.
    public static func parse(_ source: SourceFile, defaultFormat: String? = nil, confined: Bool = false,
                             diagnostics: inout [Diagnostic]) -> Notebook {
        var frontMatter = FrontMatter.parse(source, diagnostics: &diagnostics)
        frontMatter.defaultFormat = defaultFormat
        let extensions = frontMatter.readerExtensions
        let body = bodyBytes(of: source, frontMatterLines: frontMatter.lines)
        let bodyText = String(decoding: body, as: UTF8.self)
        let path = source.path
        let blocks = BlockReader.parse(bodyText, path: path, locate: { SourceLocation(file: path, line: $0, column: $1) },
                                       bareURIs: extensions.contains("autolink_bare_uris"), gfmStrikethrough: frontMatter.isGFM,
                                       fancyLists: extensions.contains("fancy_lists"), mathEnvironments: extensions.contains("raw_tex"),
                                       diagnostics: &diagnostics)
        let cells = makeCells(blocks, source: source, diagnostics: &diagnostics)
        var notebook = Identities.assign(Notebook(path: path, frontMatter: frontMatter, cells: cells), diagnostics: &diagnostics)
        notebook.readBibliography(confined: confined, diagnostics: &diagnostics)
        return notebook
    }

    /// The file with its front matter lines emptied, so that CommonMark positions are file positions.
    private static func bodyBytes(of source: SourceFile, frontMatterLines: ClosedRange<Int>?) -> [UInt8] {
        guard let lines = frontMatterLines else { return source.bytes }
        let rest = lines.upperBound < source.lineCount ? source.offset(line: lines.upperBound + 1, column: 1) : source.bytes.count
        return Array(repeating: .newline, count: lines.count) + source.bytes[rest...]
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
                cells.append(.fencedCode(code.readingQuartoOptions(in: source, diagnostics: &diagnostics)))
            }
        }
        endProse()
        return cells
    }
}
