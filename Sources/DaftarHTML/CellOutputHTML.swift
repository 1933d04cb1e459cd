import DaftarKernelProtocol
import DaftarNotebook

/// A cell's outputs as the report shows them: text escaped, always; HTML and SVG displays in raw,
/// as Jupyter does, unless the report is safe; Markdown rendered as prose.
struct CellOutputHTML {
    let safe: Bool
    let localization: Localization
    /// `output: asis`: text and Markdown go in as Markdown, without the output frame.
    let asIs: Bool

    func html(_ output: CellOutput) -> String {
        switch output {
        case .stream(let name, let text, let hiddenLines):
            if asIs, name == .stdout { return MarkdownFragment.html(text, safe: safe) }
            return frame("cell-output-\(name.rawValue)", preformatted(text) + hiddenNotice(hiddenLines))
        case .display(let bundle):
            return display(bundle)
        case .error(let message, let line, let column):
            let place = line.map { " (\(localization.line) \($0)" + (column.map { ":\($0)" } ?? "") + ")" } ?? ""
            return frame("cell-output-error", preformatted(message + place))
        }
    }

    /// The richest representation the report may show.
    private func display(_ bundle: MIMEBundle) -> String {
        let content = bundle.content(of:)
        if !safe, let html = content(.html) { return asIs ? html + "\n" : frame("cell-output-display", html + "\n") }
        if !safe, let svg = content(.svg) { return frame("cell-output-display", svg + "\n") }
        if let markdown = content(.markdown) {
            let rendered = MarkdownFragment.html(markdown, safe: safe)
            return asIs ? rendered : frame("cell-output-display", rendered)
        }
        if let json = content(.json) {
            return frame("cell-output-display", "<pre><code class=\"language-json\">\(HTMLEscaping.escape(json))</code></pre>\n")
        }
        if let text = content(.plainText) {
            return asIs ? MarkdownFragment.html(text, safe: safe) : frame("cell-output-display", preformatted(text))
        }
        return ""
    }

    private func frame(_ kind: String, _ content: String) -> String {
        "<div class=\"cell-output \(kind)\">\n\(content)</div>\n"
    }

    private func preformatted(_ text: String) -> String {
        "<pre><code>\(HTMLEscaping.escape(text))</code></pre>\n"
    }

    private func hiddenNotice(_ lines: Int) -> String {
        lines > 0 ? "<p class=\"cell-output-truncated\">\(lines) \(HTMLEscaping.escape(localization.linesHidden))</p>\n" : ""
    }
}

/// Markdown that a cell produced, rendered as prose is (CommonMark, math), without heading ids;
/// its attributes mean what they mean in prose (`AttributeMeanings`), an untrusted report's style included.
enum MarkdownFragment {
    static func html(_ markdown: String, safe: Bool) -> String {
        var diagnostics: [Diagnostic] = []
        var meanings = AttributeMeanings(safe: safe)
        let notebook = meanings.rewrite(Notebook.parse(SourceFile(path: "output", text: markdown), diagnostics: &diagnostics))
        var renderer = ProseRenderer(options: .init(safe: safe))
        for cell in notebook.cells {
            switch cell {
            case .prose(let blocks): renderer.render(blocks)
            case .code(let code): renderer.appendBlock(CodeBlockHTML.swift(code.code))
            case .fencedCode(let block): renderer.render([.codeBlock(block)])
            }
        }
        return renderer.html
    }
}
