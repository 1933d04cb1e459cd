import DaftarNotebook
import Testing
@testable import DaftarHTML

/// Pandoc's Markdown beyond tables and divs: LaTeX math environments in prose, fancy and example
/// lists, Quarto's figure divs — the HTML pandoc 2.17 writes (`-t html5 --mathml`) and the
/// warnings at `file:line:column`.
@Suite struct PandocSyntaxHTMLTests {
    /// The body's HTML and every warning, as `line:column: message`.
    private func render(_ markdown: String) -> (html: String, warnings: [String]) {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, options: .init(headingIdentifiers: false), diagnostics: &diagnostics)
        var renderer = ProseRenderer(options: .init())
        for case .prose(let blocks) in notebook.cells { renderer.render(blocks) }
        let warnings = (diagnostics + renderer.diagnostics).map { diagnostic in
            "\(diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"): \(diagnostic.message)"
        }
        return (renderer.html, warnings)
    }

    /// `\begin{align*}` at a line's start is display math, and `- c` inside it stays math rather
    /// than a list item (pandoc reads it as raw TeX and writes that as math).
    @Test func anAlignEnvironmentInProseIsDisplayMath() {
        let result = render("Before\n\n\\begin{align*}\na &= b \\\\\n- c &= d\n\\end{align*}\nafter\n")
        #expect(result.html == """
            <p>Before</p>
            <p><math display="block"><semantics><mtable displaystyle="true"><mtr><mtd columnalign="right"><mi>a</mi></mtd>\
            <mtd columnalign="left"><mrow><mo>=</mo><mi>b</mi></mrow></mtd></mtr><mtr><mtd columnalign="right"><mrow><mo>−</mo>\
            <mi>c</mi></mrow></mtd><mtd columnalign="left"><mrow><mo>=</mo><mi>d</mi></mrow></mtd></mtr></mtable>\
            <annotation encoding="application/x-tex">\\begin{align*}
            a &amp;= b \\\\
            - c &amp;= d
            \\end{align*}</annotation></semantics></math>
            after</p>

            """)
        #expect(result.warnings.isEmpty)
    }

    /// `equation` alone in its paragraph is a block formula; inside a sentence, an environment is
    /// display math there, as pandoc writes it.
    @Test func equationAndInlineEnvironmentsBecomeDisplayMath() {
        let result = render("\\begin{equation}\nx = 1\n\\end{equation}\n\nSo \\begin{gather}a\\\\b\\end{gather} holds.\n")
        #expect(result.html == """
            <math display="block"><semantics><mrow><mi>x</mi><mo>=</mo><mn>1</mn></mrow>\
            <annotation encoding="application/x-tex">\\begin{equation}
            x = 1
            \\end{equation}</annotation></semantics></math>
            <p>So <math display="block"><semantics><mtable displaystyle="true"><mtr><mtd columnalign="center"><mi>a</mi></mtd></mtr>\
            <mtr><mtd columnalign="center"><mi>b</mi></mtd></mtr></mtable><annotation encoding="application/x-tex">\
            \\begin{gather}a\\\\b\\end{gather}</annotation></semantics></math> holds.</p>

            """)
        #expect(result.warnings.isEmpty)
    }

    /// What cannot be converted is a warning at its place in the notebook: a `&` in `equation`
    /// (TeX and pandoc refuse it too) and an unknown command in `multline`.
    @Test func unsupportedTeXInAnEnvironmentIsAWarningAtItsPlace() {
        let result = render("Text.\n\n\\begin{equation}\na & b\n\\end{equation}\n\n\\begin{multline}\nx \\\\\n\\foo y\n\\end{multline}\n")
        #expect(result.warnings == [
            "4:3: {equation} holds one formula: `&` and `\\\\` need {align} or {gather}",
            "9:1: unknown TeX command \\foo",
        ])
    }

    /// An environment DaftarMath does not list (`flalign`), an unclosed one and an escaped
    /// backslash stay text.
    @Test func otherEnvironmentsStayText() {
        let result = render("\\begin{flalign}\nx\n\\end{flalign}\n\n\\begin{align}\nx\n\n\\\\begin{align}x\\end{align}\n")
        #expect(!result.html.contains("<math"))
    }
}
