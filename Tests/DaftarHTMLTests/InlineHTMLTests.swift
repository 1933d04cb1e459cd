import DaftarNotebook
import Testing
@testable import DaftarHTML

/// Pandoc's inlines as pandoc writes them, and the footnotes section.
@Suite struct InlineHTMLTests {
    private func render(_ markdown: String, fragment: Bool = true) -> String {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, options: .init(headingIdentifiers: !fragment), diagnostics: &diagnostics)
        return Report.html(for: notebook, options: .init(fragment: true), diagnostics: &diagnostics)
    }

    @Test func inlinesAreWrittenAsPandocWritesThem() {
        #expect(render("~~a~~ H~2~O x^2^ [s]{.c k=v} `x`{.swift} [l](u){#i .c} ![d](p.png){width=50% height=20}\n") == """
            <p><del>a</del> H<sub>2</sub>O x<sup>2</sup> <span class="c" data-k="v">s</span> <code class="swift">x</code> \
            <a href="u" id="i" class="c">l</a> <img src="p.png" alt="d" height="20" style="width:50%;" /></p>

            """)
    }

    /// In a right-to-left report an inline value keeps its own direction: left to right without letters, so that
    /// `9.1 × 10⁻¹³` is not reordered around its `×`, else its first letter's; left-to-right reports write it as before.
    @Test func inlineValuesKeepTheirOwnDirectionInRightToLeftReports() {
        func html(_ value: String, in markdown: String) -> String {
            var diagnostics: [Diagnostic] = []
            let parsed = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &diagnostics)
            let notebook = parsed.resolved(with: NotebookResults(inlineValues: [parsed.inlineExpressions[0].id: value]), diagnostics: &diagnostics)
            return Report.html(for: notebook, options: .init(fragment: true), diagnostics: &diagnostics)
        }
        let arabic = "---\nlang: ar\n---\n\nالجداء `{swift} p`.\n"
        #expect(html("9.1 × 10⁻¹³", in: arabic) == "<p>الجداء <span class=\"swift-value\" dir=\"ltr\">9.1 × 10⁻¹³</span>.</p>\n")
        #expect(html("أكثر من 60", in: arabic) == "<p>الجداء <span class=\"swift-value\" dir=\"auto\">أكثر من 60</span>.</p>\n")
        #expect(html("9.1 × 10⁻¹³", in: "The product `{swift} p`.\n") == "<p>The product <span class=\"swift-value\">9.1 × 10⁻¹³</span>.</p>\n")
    }

    @Test func notesEndTheDocumentWithBackLinks() {
        #expect(render("A[^n] b^[c].\n\n[^n]: Note.\n") == """
            <p>A<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> \
            b<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>.</p>
            <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes" aria-label="Footnotes">
            <hr />
            <ol>
            <li id="fn1" role="doc-endnote"><p>Note.<a href="#fnref1" class="footnote-back" role="doc-backlink" aria-label="Back to text">↩︎</a></p></li>
            <li id="fn2" role="doc-endnote"><p>c<a href="#fnref2" class="footnote-back" role="doc-backlink" aria-label="Back to text">↩︎</a></p></li>
            </ol>
            </section>

            """)
    }

    @Test func anArabicReportNamesItsNotesInArabic() {
        let html = render("---\nlang: ar\n---\n\nنص[^n].\n\n[^n]: حاشية.\n")
        #expect(html.contains("aria-label=\"الحواشي\""))
        #expect(html.contains("aria-label=\"العودة إلى النص\">↪︎</a>"))
    }

    @Test func aLabelledImageFigureIsNumberedAndReferable() {
        #expect(render("![A *b*](none.png){#fig-a}\n\nSee @fig-a.\n", fragment: false) == """
            <figure id="fig-a">
            <img src="none.png" alt="A b" />
            <figcaption>Figure 1: A <em>b</em></figcaption>
            </figure>
            <p>See <a href="#fig-a" class="cross-ref">Figure 1</a>.</p>

            """)
    }
}
