import DaftarNotebook
import Testing
@testable import DaftarHTML

/// The page without `title:`, without `lang:` or `dir:`, and code cells with Quarto's options.
@Suite struct FrontMatterAndQuartoReportTests {
    private func page(_ markdown: String, path: String = "notes/readme.md") -> String {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: path, text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, options: .init(headingIdentifiers: true), diagnostics: &diagnostics)
        return Report.html(for: notebook, options: Report.Options(), diagnostics: &diagnostics)
    }

    /// As pandoc's and Quarto's templates: no `<header>` without a title; the file's name only in `<title>`.
    @Test func noTitleBlockWithoutATitle() {
        let html = page("# Getting started\n\nText.\n")
        #expect(html.contains("<title>readme</title>"))
        #expect(!html.contains("<header"))
        #expect(html.contains("<main>\n<h1 id=\"getting-started\">Getting started</h1>"))
        let withAuthor = page("---\nauthor: Ada\ndate: 2026-11-30\n---\n\nText.\n")
        #expect(!withAuthor.contains("<header"))
        #expect(withAuthor.contains("<meta name=\"author\" content=\"Ada\">\n"))
        #expect(page("---\ntitle: Notes\n---\n\nText.\n").contains(
            "<body>\n<header id=\"title-block-header\">\n<h1 class=\"title\">Notes</h1>\n</header>\n"))
    }

    @Test func aRightToLeftDocumentWithoutFrontMatterIsRightToLeft() {
        let arabic = page("# مقدمة\n\nمن -6 إلى 6.\n")
        #expect(arabic.contains("<html dir=\"rtl\">"))
        #expect(arabic.contains("<p>من <span dir=\"ltr\">-6</span> إلى 6.</p>"))
        #expect(page("שלום, עולם!\n").contains("<html dir=\"rtl\">"))
        #expect(page("Hello -6.\n").contains("<html dir=\"ltr\">"))
        #expect(page("---\nlang: en\n---\n\nمرحبا\n").contains("<html lang=\"en\" dir=\"ltr\">"))
    }

    private func cell(_ options: String, outputs: [CellOutput] = []) -> String? {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: "```swift\n\(options)\nlet x = 1\n```\n"), diagnostics: &diagnostics)
        guard case .code(var code)? = notebook.cells.first else { return nil }
        code.result = CellResult(id: code.id, status: .ok, outputs: outputs)
        if let label = code.options.label, label.hasPrefix("fig-") { code.figureNumber = 1 }
        if let label = code.options.label, label.hasPrefix("tbl-") { code.tableNumber = 2 }
        var cells = CodeCellHTML(localization: Localization(languageTag: nil), safe: false)
        return cells.html(for: code)
    }

    private let code = #"<pre><code class="language-swift"><span class="kw">let</span> x <span class="op">=</span> <span class="nu">1</span>"# + "\n</code></pre>\n"

    /// Markdown a cell displays has its attributes resolved as prose does: no name that is not one, no author's CSS under `--safe`.
    @Test func displayedMarkdownsAttributesMeanWhatTheyMeanInProse() {
        let markdown = "[x]{k=v style=\"position:fixed\" é=1}"
        #expect(MarkdownFragment.html(markdown, safe: true) == "<p><span data-k=\"v\" data-style=\"position:fixed\">x</span></p>\n")
        #expect(MarkdownFragment.html(markdown, safe: false) == "<p><span style=\"position:fixed\" data-k=\"v\">x</span></p>\n")
    }

    @Test func codeFoldAndCodeSummary() {
        #expect(cell("//| code-fold: show\n//| code-summary: Show the code") == "<div class=\"cell\">\n<details open>\n<summary>Show the code</summary>\n\(code)</details>\n</div>")
        #expect(cell("//| code-fold: true") == "<div class=\"cell\">\n<details>\n<summary>Code</summary>\n\(code)</details>\n</div>")
    }

    @Test func includeFalseShowsNothingAndWarningFalseHidesStandardError() {
        let printed: [CellOutput] = [.stream(.stdout, text: "out\n", hiddenLines: 0), .stream(.stderr, text: "careful\n", hiddenLines: 0)]
        #expect(cell("//| include: false", outputs: printed) == nil)
        #expect(cell("//| echo: false\n//| warning: false", outputs: printed)
            == "<div class=\"cell\">\n<div class=\"cell-output cell-output-stdout\">\n<pre><code>out\n</code></pre>\n</div>\n</div>")
    }

    @Test func figAltLabelsTheFigure() {
        let html = cell("//| label: fig-a\n//| fig-cap: Curves\n//| fig-alt: Three rising curves\n//| echo: false",
                        outputs: [.stream(.stdout, text: "x\n", hiddenLines: 0)])
        #expect(html == "<div class=\"cell\">\n<figure id=\"fig-a\" aria-label=\"Three rising curves\">\n"
            + "<div class=\"cell-output cell-output-stdout\">\n<pre><code>x\n</code></pre>\n</div>\n"
            + "<figcaption>Figure 1: Curves</figcaption>\n</figure>\n</div>")
    }

    /// A page right to left only by its text gets the words of its script's language, and no `lang` it was not given.
    @Test func aRightToLeftPageWithoutLangHasTheWordsOfItsScript() {
        let arabic = page("# مقدمة\n\nنص.\n\n## ثانٍ\n\n::: {.callout-note}\nملاحظة.\n:::\n")
        #expect(arabic.contains("<html dir=\"rtl\">"))
        #expect(arabic.contains("<h2 id=\"toc-title\">المحتويات</h2>"))
        #expect(arabic.contains("<div class=\"callout-title\">ملاحظة</div>"))
        let hebrew = page("# מבוא\n\nטקסט.\n\n## שני\n\nטקסט.\n")
        #expect(hebrew.contains("<html dir=\"rtl\">"))
        #expect(hebrew.contains("<h2 id=\"toc-title\">תוכן העניינים</h2>"))
        #expect(page("# מבוא\n\n::: {.callout-tip}\nטקסט.\n:::\n").contains("<div class=\"callout-title\">עצה</div>"), "Quarto's Hebrew word")
        #expect(page("# מבוא\n\n$$a$$ {#eq-a}\n\n$$b$$ {#eq-b}\n\nראו [@eq-a; @eq-b].\n").contains(
            "ראו משוואות <a href=\"#eq-a\" class=\"cross-ref\">1</a> ו-<a href=\"#eq-b\" class=\"cross-ref\">2</a>."))
        // A Latin project name first, then Arabic inside `<div dir="rtl">`: the script of the first right-to-left letter.
        let wrapped = page("<div dir=\"rtl\">\n\n# Daftar دفتر\n\n## ثانٍ\n\n</div>\n")
        #expect(wrapped.contains("<h2 id=\"toc-title\">المحتويات</h2>"))
        let english = page("---\nlang: en\n---\n\n# مقدمة\n\n## ثانٍ\n")
        #expect(english.contains("<h2 id=\"toc-title\">Contents</h2>"), "`lang:` decides when it is given")
        #expect(page("# Intro\n\n## Next\n").contains("<h2 id=\"toc-title\">Contents</h2>"))
    }

    /// Quarto's computed table: a `tbl-` cell's outputs under "Table n: caption", the caption first.
    @Test func aTableCellIsCaptionedAbove() {
        let html = cell("//| label: tbl-a\n//| tbl-cap: Values\n//| echo: false", outputs: [.stream(.stdout, text: "x\n", hiddenLines: 0)])
        #expect(html == "<div class=\"cell\">\n<figure id=\"tbl-a\" class=\"table\">\n<figcaption>Table 2: Values</figcaption>\n"
            + "<div class=\"cell-output cell-output-stdout\">\n<pre><code>x\n</code></pre>\n</div>\n</figure>\n</div>")
        #expect(cell("//| label: tbl-a\n//| echo: false") == nil)
    }

    @Test func aPythonCellIsShownHighlightedWithoutItsOptionLines() {
        #expect(page("```{python}\n#| echo: true\nimport numpy as np\n```\n").contains(
            "<main>\n" + #"<pre><code class="language-python"><span class="kw">import</span> numpy <span class="kw">as</span> np"# + "\n</code></pre>\n</main>"))
    }
}
