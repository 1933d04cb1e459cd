import DaftarNotebook
import Testing
@testable import DaftarHTML

/// The HTML of tables, divs and callouts, definition and task lists and raw blocks, in a report
/// (pandoc's forms) and as a `--fragment` (cmark-gfm's forms).
@Suite struct BlockHTMLTests {
    private func render(_ markdown: String, fragment: Bool = false, safe: Bool = false) -> String {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, options: .init(headingIdentifiers: false, safe: safe), diagnostics: &diagnostics)
        var renderer = ProseRenderer(options: .init(
            safe: safe, isolateSignedNumbers: notebook.frontMatter.direction == .rtl,
            tableWord: Localization(languageTag: notebook.frontMatter.lang).table,
            calloutTitles: Localization(languageTag: notebook.frontMatter.lang).calloutTitles, gfmTables: fragment))
        for case .prose(let blocks) in notebook.cells { renderer.render(blocks) }
        return renderer.html
    }

    @Test func aPipeTableInAReportAlignsAsPandocDoes() {
        #expect(render("| a | b |\n|:-:|--:|\n| *x* | 1 |\n\n: Caption {#tbl-c}\n\nSee @tbl-c.\n") == """
            <table id="tbl-c">
            <caption>Table 1: Caption</caption>
            <thead>
            <tr>
            <th style="text-align: center;">a</th>
            <th style="text-align: right;">b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: center;"><em>x</em></td>
            <td style="text-align: right;">1</td>
            </tr>
            </tbody>
            </table>
            <p>See <a href="#tbl-c" class="cross-ref">Table 1</a>.</p>

            """)
    }

    @Test func aFragmentTableIsWrittenAsCmarkGFMWritesIt() {
        #expect(render("| a | b |\n|:-:|---|\n", fragment: true) == """
            <table>
            <thead>
            <tr>
            <th align="center">a</th>
            <th>b</th>
            </tr>
            </thead>
            </table>

            """)
    }

    /// In a right-to-left report a cell of numbers is left to right; a cell with Arabic letters is not.
    @Test func numericCellsStayLeftToRightInArabic() {
        let html = render("---\nlang: ar\n---\n| العدد | القيمة |\n|---|---|\n| واحد | -0.25, 3 |\n\n: جدول {#tbl-x}\n\nانظر @tbl-x\n")
        #expect(html.contains("<caption>الجدول 1: جدول</caption>"))
        #expect(html.contains("<td>واحد</td>\n<td dir=\"ltr\"><span dir=\"ltr\">-0.25</span>, 3</td>"))
        #expect(html.contains("<a href=\"#tbl-x\" class=\"cross-ref\">الجدول 1</a>"))
    }

    @Test func gridTableCellsHoldBlocks() {
        #expect(render("+---+-----+\n| a | - x |\n|   | - y |\n+---+-----+\n") == """
            <table>
            <tbody>
            <tr>
            <td>a</td>
            <td><ul>
            <li>x</li>
            <li>y</li>
            </ul></td>
            </tr>
            </tbody>
            </table>

            """)
    }

    /// Quarto's citations page shows Markdown examples as code in grid table cells: pandoc takes
    /// one space off after the `|`, so five spaces are an indented code block, not a paragraph.
    @Test func aGridTableCellIndentedFourSpacesPastThePipeHoldsCode() {
        #expect(render("+-------------+---+\n|     x [@k]  | y |\n+-------------+---+\n") == """
            <table>
            <tbody>
            <tr>
            <td><pre><code>x [@k]
            </code></pre></td>
            <td>y</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func aDivKeepsItsAttributes() {
        #expect(render("::: {#d .wide lang=ar note=\"a b\"}\nText\n:::\n") == """
            <div id="d" class="wide" lang="ar" data-note="a b">
            <p>Text</p>
            </div>

            """)
    }

    /// The callout's own keys are its fields, never attributes of the page; other keys are data.
    @Test func aCalloutsKeysAreNotWrittenAsAttributes() {
        #expect(render("::: {.callout-note #c title=\"Read\" appearance=\"minimal\" collapse=\"false\" level=2}\nBody.\n:::\n") == """
            <details id="c" class="callout callout-note no-icon" data-level="2" open>
            <summary class="callout-title">Read</summary>
            <div class="callout-body">
            <p>Body.</p>
            </div>
            </details>

            """)
    }

    @Test func calloutsHaveATitleAndABody() {
        #expect(render("::: {.callout-warning}\nCareful.\n:::\n") == """
            <div class="callout callout-warning">
            <div class="callout-title">Warning</div>
            <div class="callout-body">
            <p>Careful.</p>
            </div>
            </div>

            """)
        #expect(render("::: {.callout-tip collapse=\"true\" icon=\"false\"}\n## Use *GELU*\nBody\n:::\n") == """
            <details class="callout callout-tip no-icon">
            <summary class="callout-title">Use <em>GELU</em></summary>
            <div class="callout-body">
            <p>Body</p>
            </div>
            </details>

            """)
        #expect(render("---\nlang: ar\n---\n::: {.callout-note collapse=false}\nنص\n:::\n").hasPrefix(
            "<details class=\"callout callout-note\" open>\n<summary class=\"callout-title\">ملاحظة</summary>\n"))
    }

    @Test func definitionListsAreWrittenAsPandocWritesThem() {
        #expect(render("Term\n:   One *x*\n\nTerm 2\n\n:   Two\n") == """
            <dl>
            <dt>Term</dt>
            <dd>
            One <em>x</em>
            </dd>
            <dt>Term 2</dt>
            <dd>
            <p>Two</p>
            </dd>
            </dl>

            """)
    }

    @Test func taskItemsHaveDisabledCheckboxes() {
        #expect(render("- [ ] a\n- [x] b\n") == """
            <ul class="task-list">
            <li><input disabled="" type="checkbox"> a</li>
            <li><input checked="" disabled="" type="checkbox"> b</li>
            </ul>

            """)
    }

    @Test func rawHTMLBlocksAreKeptOrDroppedBySafeMode() {
        let markdown = "```{=html}\n<b>raw</b>\n```\n\n```{=latex}\n\\relax\n```\n"
        #expect(render(markdown) == "<b>raw</b>\n")
        #expect(render(markdown, safe: true) == "<!-- raw HTML omitted -->\n")
    }

    @Test func aDivsWidthIsAStyleAsInPandoc() {
        #expect(render("::: {.column width=\"50%\"}\nLeft\n:::\n") == "<div class=\"column\" style=\"width:50%;\">\n<p>Left</p>\n</div>\n")
    }

    /// Quarto's table div: numbered, its last paragraph the caption, written first.
    @Test func aTableDivIsANumberedFigure() {
        #expect(render("::: {#tbl-f}\n| a |\n|---|\n\nFruit *prices*\n:::\n\nSee @tbl-f.\n") == """
            <figure id="tbl-f">
            <figcaption>Table 1: Fruit <em>prices</em></figcaption>
            <table>
            <thead>
            <tr>
            <th>a</th>
            </tr>
            </thead>
            </table>
            </figure>
            <p>See <a href="#tbl-f" class="cross-ref">Table 1</a>.</p>

            """)
    }

    @Test func quartosColumnWidthsAreAColgroup() {
        #expect(render("| a | b |\n|---|---|\n\n: {tbl-colwidths=\"[1,2]\"}\n").hasPrefix(
            "<table style=\"width:100%;\">\n<colgroup>\n<col style=\"width: 33.3%\" />\n<col style=\"width: 66.7%\" />\n</colgroup>\n<thead>"))
    }

    /// Tables and callouts inside quotes and list items stay in their container.
    @Test func blocksStayInTheirContainers() {
        #expect(render("> | a |\n> |---|\n\n- item\n\n  ::: {.callout-tip}\n  In a list.\n  :::\n", fragment: true) == """
            <blockquote>
            <table>
            <thead>
            <tr>
            <th>a</th>
            </tr>
            </thead>
            </table>
            </blockquote>
            <ul>
            <li>
            <p>item</p>
            <div class="callout callout-tip">
            <div class="callout-title">Tip</div>
            <div class="callout-body">
            <p>In a list.</p>
            </div>
            </div>
            </li>
            </ul>

            """)
    }
}
