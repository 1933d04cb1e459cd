import DaftarNotebook

/// Turns a notebook into its HTML report: one self-contained page, or the body alone.
public enum Report {
    public struct Options: Sendable {
        /// Drop raw HTML and dangerous URLs from the notebook.
        public var safe: Bool
        /// The body only, as CommonMark renders it: no page, title block, table of contents or heading ids.
        public var fragment: Bool

        public init(safe: Bool = false, fragment: Bool = false) {
            self.safe = safe
            self.fragment = fragment
        }
    }

    /// The report's HTML, with each code cell's outputs from `results` when the notebook was run;
    /// the same notebook, results and options always give the same bytes.
    public static func html(for notebook: Notebook, results: NotebookResults? = nil, options: Options = Options()) -> String {
        var diagnostics: [Diagnostic] = []
        return html(for: notebook, results: results, options: options, diagnostics: &diagnostics)
    }

    /// The report's HTML, and in `diagnostics` the warnings rendering found (TeX that could not be
    /// converted to MathML), for the command line to print as it prints the parser's.
    public static func html(
        for notebook: Notebook, results: NotebookResults? = nil, options: Options = Options(), diagnostics: inout [Diagnostic]
    ) -> String {
        let frontMatter = notebook.frontMatter
        let localization = Localization(languageTag: frontMatter.lang)
        let figures = FigureNumbers(notebook)
        var prose = ProseRenderer(options: .init(
            safe: options.safe,
            headingIdentifiers: !options.fragment,
            isolateSignedNumbers: frontMatter.direction == .rtl,
            figures: figures.numbers, figureWord: localization.figure,
            inlineValues: results?.inlineValues ?? []))
        let cells = CodeCellHTML(localization: localization, safe: options.safe)
        for (index, cell) in notebook.cells.enumerated() {
            switch cell {
            case .prose(let blocks):
                prose.render(blocks)
            case .code(let code):
                let figure = code.options.label.flatMap { figures.numbers[$0] }
                if let html = cells.html(for: code, result: results?.result(forCell: index), figureNumber: figure) {
                    prose.appendBlock(html)
                }
            case .fencedCode(let block):
                prose.render([.codeBlock(block)])
            }
        }
        diagnostics += prose.diagnostics
        guard !options.fragment else { return prose.html }
        let body = TitleBlock.html(for: notebook) + TableOfContents.html(prose.headings, title: localization.contents)
            + "<main>\n" + prose.html + "</main>\n"
        return PageTemplate.html(
            title: notebook.title, languageTag: frontMatter.lang, direction: frontMatter.direction,
            head: TitleBlock.metaTags(for: frontMatter), body: body)
    }
}
