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

    /// The report's HTML for a resolved notebook (`Notebook.resolved(with:options:diagnostics:)`:
    /// results attached, figures numbered, references and heading ids resolved); the same
    /// notebook and options always give the same bytes. `diagnostics` receives the warnings
    /// writing found (TeX that could not be converted to MathML).
    public static func html(for notebook: Notebook, options: Options = Options(), diagnostics: inout [Diagnostic]) -> String {
        let frontMatter = notebook.frontMatter
        let words = notebook.wordsLanguage
        let localization = Localization(languageTag: words)
        var prose = ProseRenderer(options: .init(
            safe: options.safe,
            isolateSignedNumbers: notebook.direction == .rtl,
            figureWord: localization.figure,
            tableWord: localization.table,
            calloutTitles: localization.calloutTitles,
            gfmTables: options.fragment,
            droppedImageSource: options.fragment ? "" : "data:,",
            footnotesLabel: FootnoteWords(languageTag: words).section,
            backToText: FootnoteWords(languageTag: words).back,
            crossReferenceWords: CrossReferenceWords(languageTag: words)))
        var cells = CodeCellHTML(localization: localization, safe: options.safe)
        for cell in notebook.cells {
            switch cell {
            case .prose(let blocks):
                prose.render(blocks)
            case .code(let code):
                if let html = cells.html(for: code) { prose.appendBlock(html) }
            case .fencedCode(let block):
                if let html = cells.html(forShown: block) { prose.appendListing(block, codeHTML: html) }
            }
        }
        diagnostics += prose.diagnostics
        guard !options.fragment else { return prose.html }
        let body = TitleBlock.html(for: notebook) + TableOfContents.html(prose.headings, title: localization.contents)
            + "<main>\n" + prose.html + "</main>\n"
        return PageTemplate.html(
            title: notebook.title, languageTag: frontMatter.lang, direction: notebook.direction,
            head: TitleBlock.metaTags(for: frontMatter), style: cells.ansi.css, body: body, remoteImages: frontMatter.resources.allowsRemoteImages(confined: options.safe))
    }
}
