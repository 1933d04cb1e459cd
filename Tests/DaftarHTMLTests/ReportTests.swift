import DaftarNotebook
import Testing
@testable import DaftarHTML

@Suite struct ReportTests {
    private func render(_ markdown: String, options: Report.Options = Report.Options(fragment: true)) -> String {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, options: .init(headingIdentifiers: !options.fragment, safe: options.safe), diagnostics: &diagnostics)
        return Report.html(for: notebook, options: options, diagnostics: &diagnostics)
    }

    @Test func mathIsMathMLAndCarriesItsTeX() {
        #expect(render("a $x_1 < y_2$ b\n") == "<p>a <math><semantics><mrow><msub><mi>x</mi><mn>1</mn></msub><mo>&lt;</mo>"
            + "<msub><mi>y</mi><mn>2</mn></msub></mrow><annotation encoding=\"application/x-tex\">x_1 &lt; y_2</annotation>"
            + "</semantics></math> b</p>\n")
        // Display math alone in a paragraph is a block of its own; inside text it stays in the paragraph.
        #expect(render("$$\\frac{a}{b}$$\n") == "<math display=\"block\"><semantics><mfrac><mi>a</mi><mi>b</mi></mfrac>"
            + "<annotation encoding=\"application/x-tex\">\\frac{a}{b}</annotation></semantics></math>\n")
        #expect(render("see $$x$$ here\n") == "<p>see <math display=\"block\"><semantics><mi>x</mi>"
            + "<annotation encoding=\"application/x-tex\">x</annotation></semantics></math> here</p>\n")
    }

    /// Punctuation right after a formula stays on its line; an opening bracket or `@` does not cling.
    @Test func punctuationAfterMathStaysWithIt() {
        let x = "<math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>"
        #expect(render("$x$., and $x$ (a) $x$@b $x$\n") == "<p><span class=\"nobreak\">\(x).,</span> and \(x) (a) \(x)@b \(x)</p>\n")
        #expect(render("$x$، و\n") == "<p><span class=\"nobreak\">\(x)،</span> و</p>\n")
    }

    /// A warning points at the offending command inside the formula: its line, and its column in
    /// UTF-8 bytes (each Arabic letter is two), past the delimiter; on a formula's later lines,
    /// from the line's start.
    @Test func mathWarningsPointAtTheOffendingTeX() {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: "الدالة \\\\(\\foo x\\\\)\n\n$$a +\n  \\bar\n\\baz$$\n"), diagnostics: &diagnostics)
        let html = Report.html(for: notebook, options: Report.Options(fragment: true), diagnostics: &diagnostics)
        #expect(html.contains("<merror><mtext>\\foo</mtext></merror>"))
        #expect(diagnostics == [
            Diagnostic(.warning, "unknown TeX command \\foo", at: SourceLocation(file: "x.md", line: 1, column: 17)),
            Diagnostic(.warning, "unknown TeX command \\baz", at: SourceLocation(file: "x.md", line: 5, column: 1)),
        ])
    }

    @Test func safeModeDropsRawHTMLAndDangerousLinks() {
        let markdown = "<div>raw</div>\n\n<b>x</b> [a](javascript:alert(1)) ![i](data:image/png;base64,AA)\n"
        #expect(render(markdown, options: .init(safe: true, fragment: true)) == """
        <!-- raw HTML omitted -->
        <p><!-- raw HTML omitted -->x<!-- raw HTML omitted --> <a href="">a</a> <img src="data:image/png;base64,AA" alt="i" /></p>

        """)
        #expect(render(markdown).hasPrefix("<div>raw</div>\n<p><b>x</b> <a href=\"javascript:alert(1)\">"))
    }

    @Test func codeCellsAreHighlightedWithoutTheirOptionLines() {
        let html = render("```swift\n//| label: setup\nlet x = 1\n```\n")
        #expect(html == "<div class=\"cell\" id=\"setup\">\n<pre><code class=\"language-swift\">"
            + "<span class=\"kw\">let</span> x <span class=\"op\">=</span> <span class=\"nu\">1</span>\n</code></pre>\n</div>\n")
        #expect(render("```swift\n//| echo: false\nlet x = 1\n```\n") == "")
        #expect(render("```swift\n//| echo: fold\nlet x = 1\n```\n").contains("<details>\n<summary>Code</summary>\n<pre>"))
    }

    @Test func rightToLeftPageIsolatesSignedNumbersAndLocalises() {
        let html = render("---\ntitle: تجربة\nlang: ar\n---\n\n## القسم الأول\n\nمن -6 إلى 6 في GPT-4\n\n## القسم الثاني\n",
                          options: .init())
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<title>تجربة</title>"))
        #expect(html.contains("<p>من <span dir=\"ltr\">-6</span> إلى 6 في GPT-4</p>"))
        #expect(html.contains("<h2 id=\"toc-title\">المحتويات</h2>"))
        #expect(html.contains("<li><a href=\"#القسم-الأول\">القسم الأول</a></li>"))
        #expect(html.contains("<h2 id=\"القسم-الثاني\">القسم الثاني</h2>"))
    }

    @Test func tableOfContentsNestsByLevel() {
        let entries = [(2, "a"), (3, "b"), (3, "c"), (2, "d"), (4, "e")].map {
            TableOfContents.Entry(level: $0.0, id: $0.1, text: $0.1.uppercased())
        }
        #expect(TableOfContents.html(entries, title: "Contents") == """
        <nav id="TOC" role="doc-toc" aria-labelledby="toc-title">
        <h2 id="toc-title">Contents</h2>
        <ul>
        <li><a href="#a">A</a><ul>
        <li><a href="#b">B</a></li>
        <li><a href="#c">C</a></li>
        </ul>
        </li>
        <li><a href="#d">D</a><ul>
        <li><a href="#e">E</a></li>
        </ul>
        </li>
        </ul>
        </nav>

        """)
    }

    @Test func signedNumbersAreIsolatedOnlyWhereTheyAreNumbers() {
        #expect(SignedNumbers.isolated(in: "x -1.5 and +2 or −3,5") ==
                "x <span dir=\"ltr\">-1.5</span> and <span dir=\"ltr\">+2</span> or <span dir=\"ltr\">−3,5</span>")
        #expect(SignedNumbers.isolated(in: "GPT-4 a-1 <b> 5-3") == "GPT-4 a-1 &lt;b&gt; 5-3")
    }
}
