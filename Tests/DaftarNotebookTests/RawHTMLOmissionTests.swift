import DaftarKernelProtocol
import Testing
@testable import DaftarNotebook

/// `--safe` takes raw HTML out of the resolved document itself, wherever it was written, so that
/// no writer can let it through.
@Suite struct RawHTMLOmissionTests {
    /// Every raw HTML string in a notebook: blocks, inlines and `{=html}` raw blocks.
    private struct RawHTMLCollector: NotebookWalker {
        var found: [String] = []

        mutating func visit(block: MarkdownBlock) {
            switch block {
            case .htmlBlock(let html): found.append(html)
            case .rawBlock(let format, let text) where format == "html": found.append(text)
            default: break
            }
        }

        mutating func visit(inline: MarkdownInline) {
            if case .html(let html) = inline { found.append(html) }
        }
    }

    private let markdown = """
        # A <b>heading</b>

        <div onclick="x()">block</div>

        Text <img src=x onerror="y()"> and a note^[with <i>html</i>].

        | a <script>z()</script> | b |
        |---|---|
        | <u>c</u> | d |

        Term <em>x</em>
        :   Definition <s>y</s>

        ::: {.callout-note title="A <span>title</span>"}
        Inside <kbd>k</kbd>.
        :::

        ```{=html}
        <iframe src="https://example.org"></iframe>
        ```

        ```{=latex}
        \\relax
        ```

        ```swift
        display(html: "<script>w()</script>")
        ```

        """

    private func resolved(safe: Bool) -> Notebook {
        let (notebook, _) = parse(markdown)
        let code = notebook.cells.compactMap { if case .code(let cell) = $0 { cell } else { nil } }
        let output = CellOutput.display(MIMEBundle([(MIMEType.html, "<script>w()</script>"), (MIMEType.plainText, "w")]))
        let results = NotebookResults(cells: code.map { CellResult(id: $0.id, status: .ok, outputs: [output]) })
        var diagnostics: [Diagnostic] = []
        return notebook.resolved(with: results, options: .init(safe: safe), diagnostics: &diagnostics)
    }

    private func rawHTML(in notebook: Notebook) -> [String] {
        var collector = RawHTMLCollector()
        _ = collector.rewrite(notebook)
        return collector.found
    }

    private func outputs(in notebook: Notebook) -> [CellOutput] {
        notebook.cells.flatMap { cell -> [CellOutput] in
            if case .code(let code) = cell { code.result?.outputs ?? [] } else { [] }
        }
    }

    @Test func safeResolutionLeavesNoRawHTMLInTheModel() {
        let trusted = rawHTML(in: resolved(safe: false))
        // Heading, block, inline, note, two cells, term, definition, title, body, raw block: each pair of tags counted.
        #expect(trusted.count == 19, "\(trusted)")
        #expect(trusted.contains("<iframe src=\"https://example.org\"></iframe>\n") && trusted.contains("<span>"))
        let safe = resolved(safe: true)
        #expect(rawHTML(in: safe) == Array(repeating: RawHTMLOmission.omitted, count: trusted.count))
    }

    @Test func safeResolutionKeepsOtherRawFormats() {
        let raw = resolved(safe: true).cells.flatMap { cell -> [MarkdownBlock] in
            if case .prose(let blocks) = cell { blocks.filter { if case .rawBlock(let format, _) = $0 { format == "latex" } else { false } } } else { [] }
        }
        #expect(raw == [.rawBlock(format: "latex", text: "\\relax\n")])
    }

    @Test func safeResolutionDropsHTMLAndSVGOutputs() {
        #expect(outputs(in: resolved(safe: false)) == [.display(MIMEBundle([(MIMEType.html, "<script>w()</script>"), (MIMEType.plainText, "w")]))])
        #expect(outputs(in: resolved(safe: true)) == [.display(MIMEBundle([(MIMEType.plainText, "w")]))])
    }

    @Test func anOmittedDivKeepsThePageDirectionItGave() {
        let (notebook, _) = parse("<div dir=\"rtl\">\n\nProject مرحبا\n\n</div>\n")
        var diagnostics: [Diagnostic] = []
        let safe = notebook.resolved(with: nil, options: .init(safe: true), diagnostics: &diagnostics)
        #expect(notebook.direction == .rtl)
        #expect(safe.direction == .rtl && safe.frontMatter.explicitDirection == .rtl)
        #expect(rawHTML(in: safe) == [RawHTMLOmission.omitted, RawHTMLOmission.omitted])
    }
}
