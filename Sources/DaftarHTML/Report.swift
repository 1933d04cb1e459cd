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

    /// The report's HTML; the same notebook and options always give the same bytes.
    public static func html(for notebook: Notebook, options: Options = Options()) -> String {
        let frontMatter = notebook.frontMatter
        let localization = Localization(languageTag: frontMatter.lang)
        var prose = ProseRenderer(options: .init(
            safe: options.safe,
            headingIdentifiers: !options.fragment,
            isolateSignedNumbers: frontMatter.direction == .rtl))
        for cell in notebook.cells {
            switch cell {
            case .prose(let blocks):
                prose.render(blocks)
            case .code(let code):
                if let html = CodeCellHTML.html(for: code, localization: localization) { prose.appendBlock(html) }
            case .fencedCode(let block):
                prose.render([.codeBlock(block)])
            }
        }
        guard !options.fragment else { return prose.html }
        let body = TitleBlock.html(for: notebook) + TableOfContents.html(prose.headings, title: localization.contents)
            + "<main>\n" + prose.html + "</main>\n"
        return PageTemplate.html(
            title: notebook.title, languageTag: frontMatter.lang, direction: frontMatter.direction,
            head: TitleBlock.metaTags(for: frontMatter), body: body)
    }
}
