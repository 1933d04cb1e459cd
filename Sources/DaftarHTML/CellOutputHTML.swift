import DaftarKernelProtocol
import DaftarNotebook
import Foundation

/// A cell's outputs as the report shows them: text escaped, always, its ANSI colours as classes;
/// HTML and SVG displays in raw, as Jupyter does (a safe report's have none left, `RawHTMLOmission`);
/// Markdown rendered as prose, LaTeX as MathML, PNG and JPEG as `data:` images.
struct CellOutputHTML {
    let safe: Bool
    let localization: Localization
    /// `output: asis`: text and Markdown go in as Markdown, without the output frame.
    let asIs: Bool
    /// The colours of terminal text converted so far.
    var ansi: ANSIText

    /// The representations a display may be shown in, richest first: nbconvert's order
    /// (`HTMLExporter.display_data_priority`), with JSON before plain text.
    static let priority: [MIMEType] = [.html, .markdown, .svg, .latex, .png, .jpeg, .json, .plainText]

    mutating func html(_ output: CellOutput) -> String {
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
    private mutating func display(_ bundle: MIMEBundle) -> String {
        let shown = Self.priority.first { bundle.content(of: $0) != nil }
        guard let type = shown, let content = bundle.content(of: type) else { return "" }
        switch type {
        case .html: return asIs ? content + "\n" : frame("cell-output-display", content + "\n")
        case .svg: return frame("cell-output-display", Self.inlineSVG(content) + "\n")
        case .markdown:
            let rendered = MarkdownFragment.html(content, safe: safe)
            return asIs ? rendered : frame("cell-output-display", rendered)
        case .latex: return frame("cell-output-display", MarkdownFragment.html(Self.markdown(ofLaTeX: content), safe: safe))
        case .png, .jpeg:
            let base64 = content.filter { !$0.isWhitespace }
            let alt = HTMLEscaping.escape(bundle.content(of: .plainText) ?? "")
            let image = bundle.representations.first { $0.type == type }
            let size = (image?.width.map { " width=\"\($0)\"" } ?? "") + (image?.height.map { " height=\"\($0)\"" } ?? "")
            return frame("cell-output-display", "<img src=\"data:\(type.rawValue);base64,\(HTMLEscaping.escape(base64))\" alt=\"\(alt)\"\(size)>\n")
        case .json: return frame("cell-output-display", "<pre><code class=\"language-json\">\(HTMLEscaping.escape(content))</code></pre>\n")
        default: return asIs ? MarkdownFragment.html(content, safe: safe) : frame("cell-output-display", preformatted(content))
        }
    }

    /// An SVG document as an element of the page: without the XML declaration, doctype and
    /// comments before `<svg` (matplotlib writes all three), which HTML has no place for.
    static func inlineSVG(_ svg: String) -> String {
        guard svg.hasPrefix("<?xml") || svg.hasPrefix("<!"), let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }

    /// LaTeX output as Markdown whose math the converter turns into MathML: text that delimits its
    /// math (`$…$`, as SymPy and IPython's `Latex` write it) as it is; a bare formula or `\[…\]`
    /// as display math.
    static func markdown(ofLaTeX latex: String) -> String {
        var formula = Substring(latex.trimmingCharacters(in: .whitespacesAndNewlines))
        if formula.contains("$") { return latex }
        if formula.hasPrefix("\\["), formula.hasSuffix("\\]") { formula = formula.dropFirst(2).dropLast(2) }
        return "$$\n\(formula)\n$$\n"
    }

    private func frame(_ kind: String, _ content: String) -> String {
        "<div class=\"cell-output \(kind)\">\n\(content)</div>\n"
    }

    private mutating func preformatted(_ text: String) -> String {
        "<pre><code>\(ansi.html(text))</code></pre>\n"
    }

    private func hiddenNotice(_ lines: Int) -> String {
        lines > 0 ? "<p class=\"cell-output-truncated\">\(lines) \(HTMLEscaping.escape(localization.linesHidden))</p>\n" : ""
    }
}

/// Markdown that a cell produced, rendered as prose is (CommonMark, math), without heading ids;
/// its attributes mean what they mean in prose (`AttributeMeanings`), an untrusted report's style
/// included, and an untrusted report's raw HTML is omitted as the prose's is (`RawHTMLOmission`).
enum MarkdownFragment {
    static func html(_ markdown: String, safe: Bool) -> String {
        var diagnostics: [Diagnostic] = []
        var meanings = AttributeMeanings(safe: safe)
        var notebook = meanings.rewrite(Notebook.parse(SourceFile(path: "output", text: markdown), diagnostics: &diagnostics))
        if safe {
            var omission = RawHTMLOmission()
            notebook = omission.rewrite(notebook)
        }
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
