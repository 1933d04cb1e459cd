import DaftarNotebook
import Testing
@testable import DaftarHTML

/// Pandoc's Markdown beyond tables and divs: LaTeX math environments in prose, fancy and example
/// lists, Quarto's figure divs — the HTML pandoc 2.17 writes (`-t html5 --mathml`) and the
/// warnings at `file:line:column`.
@Suite struct PandocSyntaxHTMLTests {
    /// The body's HTML and every warning, as `line:column: message`.
    /// `figures`: images alone in a paragraph are figures, as in a report.
    private func render(_ markdown: String, figures: Bool = false) -> (html: String, warnings: [String]) {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, options: .init(headingIdentifiers: false, pandocResources: figures), diagnostics: &diagnostics)
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

    /// Pandoc's fancy lists: the style and first number from the first marker, a new list where the
    /// style or delimiter changes, `#` continuing any list, and a capital letter with a period
    /// needing two spaces ("B. Russell" is a sentence). The HTML is pandoc 2.17's, except that
    /// decimal lists stay cmark's `<ol>` (pandoc adds `type="1"`).
    @Test func fancyListsAreNumberedAsPandocNumbersThem() {
        let result = render("""
            i. one
            ii. two

            (iv) four
            (v) five

            A.  cap
            B.  cap2

            B. Russell was here.

            a) x
            b) y
            c. z
            #. hash

            Text.

            v. alpha
            vi) roman

            1. one
            a. letter
            """)
        #expect(result.html == """
            <ol type="i">
            <li>one</li>
            <li>two</li>
            </ol>
            <ol start="4" type="i">
            <li>four</li>
            <li>five</li>
            </ol>
            <ol type="A">
            <li>cap</li>
            <li>cap2</li>
            </ol>
            <p>B. Russell was here.</p>
            <ol type="a">
            <li>x</li>
            <li>y</li>
            </ol>
            <ol start="3" type="a">
            <li>z</li>
            <li>hash</li>
            </ol>
            <p>Text.</p>
            <ol start="22" type="a">
            <li>alpha</li>
            </ol>
            <ol start="6" type="i">
            <li>roman</li>
            </ol>
            <ol>
            <li>one</li>
            </ol>
            <ol type="a">
            <li>letter</li>
            </ol>

            """)
        #expect(result.warnings.isEmpty)
    }

    /// Fancy lists nest, live in block quotes, and never interrupt a paragraph; `p. 3` is a page.
    @Test func fancyListsNestAndNeverInterruptAParagraph() {
        let result = render("1. x\n\n   i. sub\n   ii. sub2\n\n> a. quoted\n> b. two\n\nPara\ni. not an item\n\np. 3 is a page\n"
                            + "# Heading\na) after a heading\n```\ncode\n```\nA)  after a fence\n")
        #expect(result.html == """
            <ol>
            <li>
            <p>x</p>
            <ol type="i">
            <li>sub</li>
            <li>sub2</li>
            </ol>
            </li>
            </ol>
            <blockquote>
            <ol type="a">
            <li>quoted</li>
            <li>two</li>
            </ol>
            </blockquote>
            <p>Para
            i. not an item</p>
            <p>p. 3 is a page</p>
            <h1>Heading</h1>
            <ol type="a">
            <li>after a heading</li>
            </ol>
            <pre><code>code
            </code></pre>
            <ol type="A">
            <li>after a fence</li>
            </ol>

            """)
    }

    /// Example lists are numbered across the document, each going on from the last; `@label` in
    /// the text, before or after its example, is its number; a second example with one label is
    /// a warning at its marker.
    @Test func exampleListsAreNumberedAcrossTheDocument() {
        let result = render("See @good and (@good).\n\n(@) one\n(@good) two\n\n1. plain\n\n(@) three\n(@good) again\n\nAfter @good, @other.\n")
        #expect(result.html == """
            <p>See 2 and (2).</p>
            <ol class="example" type="1">
            <li>one</li>
            <li>two</li>
            </ol>
            <ol>
            <li>plain</li>
            </ol>
            <ol start="3" class="example" type="1">
            <li>three</li>
            <li>again</li>
            </ol>
            <p>After 2, @other.</p>

            """)
        #expect(result.warnings == ["9:1: two examples have the label `good`; references name the first"])
    }

    /// Quarto's figure div: any content, its last paragraph the caption, numbered with the other
    /// figures (here after an image figure), and `@fig-` resolves to it. Table divs stay tables.
    @Test func aFigureDivIsNumberedWithTheOtherFigures() {
        let result = render("""
            See @fig-code and @tbl-t.

            ![Alone](missing.png){#fig-alone}

            ::: {#fig-code}
            ```
            plot(x)
            ```

            A code block treated like a figure.
            :::

            ::: {#tbl-t}
            | A |
            |---|
            | 1 |

            A table div
            :::
            """, figures: true)
        #expect(result.html == """
            <p>See <a href="#fig-code" class="cross-ref">Figure 2</a> and <a href="#tbl-t" class="cross-ref">Table 1</a>.</p>
            <figure id="fig-alone">
            <img src="missing.png" alt="Alone" />
            <figcaption>Figure 1: Alone</figcaption>
            </figure>
            <figure id="fig-code">
            <pre><code>plot(x)
            </code></pre>
            <figcaption>Figure 2: A code block treated like a figure.</figcaption>
            </figure>
            <figure id="tbl-t">
            <figcaption>Table 1: A table div</figcaption>
            <table>
            <thead>
            <tr>
            <th>A</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>1</td>
            </tr>
            </tbody>
            </table>
            </figure>

            """)
        #expect(result.warnings == ["3:1: the image `missing.png` cannot be read (no such file beside the notebook)"])
    }

    /// Subfigures: the labelled figures inside a figure div are lettered (a), (b), laid out in
    /// `layout-ncol` columns, and `@fig-x-b` is "Figure 1 (b)" as Quarto writes it; a nested
    /// figure div is a subfigure too, and a label used twice warns.
    @Test func subfiguresAreLetteredAndReferredToAsQuartoDoes() {
        let result = render("""
            ::: {#fig-x layout-ncol=2}
            ![Surus](a.png){#fig-x-a}

            ::: {#fig-x-b}
            Text

            Abbas
            :::

            Famous elephants
            :::

            See @fig-x, @fig-x-b and [-@fig-x-a].

            ![Again](c.png){#fig-x-a}
            """, figures: true)
        #expect(result.html == """
            <figure id="fig-x">
            <div class="figure-layout" style="display: grid; gap: 1em; align-items: end; grid-template-columns: repeat(2, minmax(0, 1fr));">
            <figure id="fig-x-a">
            <img src="a.png" alt="Surus" />
            <figcaption>(a) Surus</figcaption>
            </figure>
            <figure id="fig-x-b">
            <p>Text</p>
            <figcaption>(b) Abbas</figcaption>
            </figure>
            </div>
            <figcaption>Figure 1: Famous elephants</figcaption>
            </figure>
            <p>See <a href="#fig-x" class="cross-ref">Figure 1</a>, <a href="#fig-x-b" class="cross-ref">Figure 1 (b)</a> \
            and <a href="#fig-x-a" class="cross-ref">1 (a)</a>.</p>
            <figure>
            <img src="c.png" alt="Again" />
            <figcaption>Again</figcaption>
            </figure>

            """)
        #expect(result.warnings == [
            "2:1: the image `a.png` cannot be read (no such file beside the notebook)",
            "15:1: the image `c.png` cannot be read (no such file beside the notebook)",
            "15:1: two figures have the label `fig-x-a`; references name the first",
        ])
    }

    /// Fancy lists and math environments are pandoc's Markdown: `from: commonmark` and `gfm`
    /// read neither, and `markdown-fancy_lists` turns the lists off alone.
    @Test func commonMarkAndGFMReadNeitherFancyListsNorMathEnvironments() {
        let text = "i. one\nii. two\n\n\\begin{equation}\nx\n\\end{equation}\n"
        for format in ["commonmark", "gfm"] {
            #expect(render("---\nfrom: \(format)\n---\n" + text).html == "<p>i. one\nii. two</p>\n<p>\\begin{equation}\nx\n\\end{equation}</p>\n")
        }
        let html = render("---\nfrom: markdown-fancy_lists\n---\n" + text).html
        #expect(html.hasPrefix("<p>i. one\nii. two</p>\n<math display=\"block\">"))
    }

    /// A marker right after an item's marker opens a list inside that item, as in pandoc.
    @Test func aMarkerAfterAnotherOpensANestedList() {
        #expect(render("* (a) in bullet\n* (b) two\n\n1. i. first\n   ii. second\n").html == """
            <ul>
            <li>
            <ol type="a">
            <li>in bullet</li>
            </ol>
            </li>
            <li>
            <ol start="2" type="a">
            <li>two</li>
            </ol>
            </li>
            </ul>
            <ol>
            <li>
            <ol type="i">
            <li>first</li>
            <li>second</li>
            </ol>
            </li>
            </ol>

            """)
    }
}
