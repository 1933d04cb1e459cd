import Foundation
import Testing

/// `daftar render` as a user runs it: which notebooks it finds, where reports go, what each flag does.
@Suite struct RenderCommandTests {
    @Test func withoutArgumentsRendersNotebooksIntoOutput() throws {
        let folder = try TemporaryFolder(purpose: "defaults")
        defer { folder.remove() }
        try folder.write("---\ntitle: Alpha\nlang: en\n---\n\n# One\n\nText.\n", to: "Notebooks/a.md")
        let result = try folder.daftar()
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.normalizedStderr() == "rendered Notebooks/a.md → Output/a.html in N ms\n1 of 1 notebook rendered in N ms\n")
        #expect(folder.files(below: "Output") == ["a.html", "index.html"])
        // The same report as `render FILE -o -` writes: the default is only a choice of paths.
        let direct = try folder.daftar("render", "Notebooks/a.md", "-o", "-")
        #expect(direct.stdoutBytes == (try folder.bytes("Output/a.html")))
    }

    /// Folders are searched recursively; `_drafts`, `.hidden` and other files are skipped; the
    /// report of `sub/b.md` is `sub/b.html`, mirroring the folders.
    @Test func foldersAreSearchedRecursivelyAndMirrored() throws {
        let folder = try TemporaryFolder(purpose: "recursive")
        defer { folder.remove() }
        try folder.write("# A\n", to: "Notebooks/a.md")
        try folder.write("# B\n", to: "Notebooks/sub/b.markdown")
        try folder.write("# C\n", to: "Notebooks/sub/deeper/c.qmd")
        try folder.write("# Draft\n", to: "Notebooks/_drafts/d.md")
        try folder.write("# Private\n", to: "Notebooks/sub/_private.md")
        try folder.write("# Hidden\n", to: "Notebooks/.hidden/e.md")
        try folder.write("# Dot\n", to: "Notebooks/.dot.md")
        try folder.write("not a notebook\n", to: "Notebooks/notes.txt")
        let result = try folder.daftar("render", "--quiet", "Notebooks/", "-o", "site")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(folder.files(below: "site") == ["a.html", "index.html", "sub/b.html", "sub/deeper/c.html"])
        #expect(try folder.read("site/sub/deeper/c.html").contains("<h1 id=\"c\">C</h1>"))
    }

    /// The index lists each notebook's title (the front matter's, else the file's name without its
    /// extension), its language and a link to its report, sorted by link.
    @Test func indexListsTitleLanguageAndLink() throws {
        let folder = try TemporaryFolder(purpose: "index")
        defer { folder.remove() }
        try folder.write("---\ntitle: Alpha & <Omega>\nlang: en\n---\n\nText.\n", to: "Notebooks/z.md")
        try folder.write("---\ntitle: لماذا\nlang: ar\n---\n\nنص.\n", to: "Notebooks/sub/ar.md")
        try folder.write("No front matter.\n", to: "Notebooks/plain.qmd")
        let result = try folder.daftar("render", "--quiet")
        #expect(result.status == 0, "\(result.stderr)")
        let index = try folder.read("Output/index.html")
        let body = try #require(index.range(of: "<tbody>\n").flatMap { start in
            index.range(of: "</tbody>", range: start.upperBound..<index.endIndex).map { String(index[start.upperBound..<$0.lowerBound]) }
        })
        #expect(body == """
            <tr><td dir="ltr"><a href="plain.html">plain</a></td><td><code>—</code></td><td><code>plain.html</code></td></tr>
            <tr><td lang="ar" dir="rtl"><a href="sub/ar.html">لماذا</a></td><td><code>ar</code></td><td><code>sub/ar.html</code></td></tr>
            <tr><td lang="en" dir="ltr"><a href="z.html">Alpha &amp; &lt;Omega&gt;</a></td><td><code>en</code></td><td><code>z.html</code></td></tr>

            """)
        #expect(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n"))
        #expect(index.contains("<title>Notebooks</title>"))
    }

    /// `--output -` writes exactly the report to standard output and nothing to disk.
    @Test func outputDashWritesTheReportToStandardOutputOnly() throws {
        let folder = try TemporaryFolder(purpose: "stdout")
        defer { folder.remove() }
        try folder.write("---\ntitle: Piped\n---\n\n# Heading\n\nText.\n", to: "a.md")
        let toFile = try folder.daftar("render", "--quiet", "a.md", "-o", "out")
        #expect(toFile.status == 0)
        let report = try folder.bytes("out/a.html")
        try FileManager.default.removeItem(at: folder.url("out"))

        let before = folder.snapshot()
        let piped = try folder.daftar("render", "a.md", "--output", "-")
        #expect(piped.status == 0)
        #expect(piped.stdoutBytes == report)
        #expect(piped.normalizedStderr() == "1 of 1 notebook rendered in N ms\n")
        #expect(folder.snapshot() == before, "--output - wrote to disk")
        #expect(!folder.exists("Output"))
    }

    /// `--fragment` writes the body only, as cmark would: no page, no title block, no heading ids.
    @Test func fragmentWritesTheBodyOnly() throws {
        let folder = try TemporaryFolder(purpose: "fragment")
        defer { folder.remove() }
        try folder.write("---\ntitle: Fragment\nlang: ar\n---\n\n# One\n\n## Two\n\nText *here*.\n", to: "a.md")
        let result = try folder.daftar("render", "--quiet", "--fragment", "a.md", "-o", "out")
        #expect(result.status == 0)
        #expect(try folder.read("out/a.html") == "<h1>One</h1>\n<h2>Two</h2>\n<p>Text <em>here</em>.</p>\n")
        // Fragments are not pages, so there is no index page to link them.
        #expect(folder.files(below: "out") == ["a.html"])
    }

    /// `--quiet` prints nothing at all when every notebook renders.
    @Test func quietPrintsNothingOnSuccess() throws {
        let folder = try TemporaryFolder(purpose: "quiet")
        defer { folder.remove() }
        try folder.write("# A\n", to: "Notebooks/a.md")
        try folder.write("# B\n", to: "Notebooks/b.md")
        let result = try folder.daftar("render", "-q")
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
        #expect(folder.files(below: "Output") == ["a.html", "b.html", "index.html"])
    }

    /// A path with spaces and Arabic letters, for the notebook and the output folder alike.
    @Test func pathsWithSpacesAndArabicLetters() throws {
        let folder = try TemporaryFolder(purpose: "arabic")
        defer { folder.remove() }
        try folder.write("---\ntitle: تجربة\nlang: ar\n---\n\n## قسم أول\n\nنص.\n", to: "مجلد/دفتر تجريبي.md")
        let result = try folder.daftar("render", "مجلد/دفتر تجريبي.md", "-o", "خرج ما")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.normalizedStderr() == """
            rendered مجلد/دفتر تجريبي.md → خرج ما/دفتر تجريبي.html in N ms
            1 of 1 notebook rendered in N ms

            """)
        #expect(folder.files(below: "خرج ما") == ["index.html", "دفتر تجريبي.html"].sorted())
        let report = try folder.read("خرج ما/دفتر تجريبي.html")
        #expect(report.contains("<h2 id=\"قسم-أول\">قسم أول</h2>\n"))
        let index = try folder.read("خرج ما/index.html")
        #expect(index.contains("<a href=\"%D8%AF%D9%81%D8%AA%D8%B1%20%D8%AA%D8%AC%D8%B1%D9%8A%D8%A8%D9%8A.html\">تجربة</a>"))
    }

    /// The same notebook gives the same bytes, whatever the output folder or the time.
    @Test func renderingIsDeterministic() throws {
        let folder = try TemporaryFolder(purpose: "determinism")
        defer { folder.remove() }
        try folder.write("""
            ---
            title: Twice
            lang: ar
            author: [أ, ب]
            ---

            # عنوان

            نص مع $x^2$ و -6 و `{swift} 1 + 1`.

            ```swift
            //| label: fig-one
            let y = [1, 2, 3].map { $0 * 2 }
            ```

            """, to: "Notebooks/a.md")
        let first = try folder.daftar("render", "--quiet", "-o", "one")
        let second = try folder.daftar("render", "--quiet", "-o", "two")
        #expect(first.status == 0 && second.status == 0)
        #expect(folder.files(below: "one") == ["a.html", "index.html"])
        #expect(folder.snapshot(below: "one") == folder.snapshot(below: "two"))
    }

    /// A file saved with a byte-order mark (as some Windows editors do) keeps its front matter.
    @Test func byteOrderMarkDoesNotHideTheFrontMatter() throws {
        let folder = try TemporaryFolder(purpose: "bom")
        defer { folder.remove() }
        try folder.write([0xEF, 0xBB, 0xBF] + Array("---\ntitle: Marked\nlang: en\n---\n\nText.\n".utf8), to: "bom.md")
        let result = try folder.daftar("render", "--quiet", "bom.md", "-o", "-")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<title>Marked</title>"))
        #expect(result.stdout.contains("<main>\n<p>Text.</p>\n</main>\n"))
    }

    // MARK: What notebooks render to

    /// A notebook and the exact fragment it renders to, with the flags given.
    struct Fragment: Sendable, CustomTestStringConvertible {
        var name: String
        var markdown: String
        var flags: [String] = []
        var html: String
        var testDescription: String { name }
    }

    static let fragments: [Fragment] = [
        Fragment(name: "a swift cell is highlighted and loses its option lines", markdown: """
            ```swift
            //| label: fig-one
            //| echo: true
            let x: Int = 42 // answer
            ```

            """, html: """
            <div class="cell" id="fig-one">
            <pre><code class="language-swift"><span class="kw">let</span> x: <span class="ty">Int</span> <span class="op">=</span> <span class="nu">42</span> <span class="co">// answer</span>
            </code></pre>
            </div>

            """),
        Fragment(name: "echo: false hides a cell", markdown: """
            Before.

            ```swift
            //| echo: false
            let hidden = 1
            ```

            After.

            """, html: "<p>Before.</p>\n<p>After.</p>\n"),
        Fragment(name: "echo: fold puts a cell in details", markdown: """
            ```swift
            //| echo: fold
            print("folded")
            ```

            """, html: """
            <div class="cell">
            <details>
            <summary>Code</summary>
            <pre><code class="language-swift">print(<span class="st">&quot;folded&quot;</span>)
            </code></pre>
            </details>
            </div>

            """),
        Fragment(name: "Python is highlighted; a plain fence keeps its #| lines", markdown: """
            ```python
            #| echo: false
            print("<shown>")
            ```

            """, html: """
            <pre><code class="language-python"><span class="co">#| echo: false</span>
            print(<span class="st">&quot;&lt;shown&gt;&quot;</span>)
            </code></pre>

            """),
        Fragment(name: "Quarto cells of other languages obey their display options, never run", markdown: """
            ```{python}
            #| label: fig-plot
            #| echo: false
            import numpy as np
            ```

            ```{r}
            #| fig-cap: A plot
            plot(x)
            ```

            """, html: """
            <pre><code class="language-r">plot(x)
            </code></pre>

            """),
        Fragment(name: "another language is shown, not highlighted", markdown: """
            ```ruby
            puts "<shown>"
            ```

            """, html: """
            <pre><code class="language-ruby">puts &quot;&lt;shown&gt;&quot;
            </code></pre>

            """),
        Fragment(name: "dollar math, inline and display", markdown: """
            Inline $x^2 < y$ and display:

            $$
            \\int_0^1 x\\,dx
            $$

            """, html: """
            <p>Inline <math><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>&lt;</mo><mi>y</mi></mrow><annotation encoding="application/x-tex">x^2 &lt; y</annotation></semantics></math> and display:</p>
            <math display="block"><semantics><mrow><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>x</mi><mspace width="0.1667em"></mspace><mi>d</mi><mi>x</mi></mrow><annotation encoding="application/x-tex">\\int_0^1 x\\,dx</annotation></semantics></math>

            """),
        Fragment(name: "backslash math, inline and display", markdown: """
            See \\\\(a_1 *b* c\\\\) and \\\\[ e^{i\\pi} \\\\].

            """, html: """
            <p>See <math><semantics><mrow><msub><mi>a</mi><mn>1</mn></msub><mo>∗</mo><mi>b</mi><mo>∗</mo><mi>c</mi></mrow><annotation encoding="application/x-tex">a_1 *b* c</annotation></semantics></math> and <span class="nobreak"><math display="block"><semantics><msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup><annotation encoding="application/x-tex">e^{i\\pi}</annotation></semantics></math>.</span></p>

            """),
        Fragment(name: "a dollar in inline code is not math", markdown: "Code `$a$` and `$$b$$` stay code.\n",
                 html: "<p>Code <code>$a$</code> and <code>$$b$$</code> stay code.</p>\n"),
        Fragment(name: "prices are not math", markdown: "It costs $20,000 and $30,000.\n",
                 html: "<p>It costs $20,000 and $30,000.</p>\n"),
        Fragment(name: "an escaped dollar is not math", markdown: "Pay \\$5 and \\$6.\n",
                 html: "<p>Pay $5 and $6.</p>\n"),
        Fragment(name: "an inline expression", markdown: "Two is `{swift} 1 + 1`.\n",
                 html: "<p>Two is <code class=\"swift-expression\">1 + 1</code>.</p>\n"),
        Fragment(name: "--safe omits raw HTML and empties dangerous links", markdown: """
            <div class="raw">raw</div>

            A <b>bold</b> [bad](javascript:alert(1)) and [good](https://example.org).

            """, flags: ["--safe"], html: """
            <!-- raw HTML omitted -->
            <p>A <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> <a href="">bad</a> and <a href="https://example.org">good</a>.</p>

            """),
        Fragment(name: "without --safe raw HTML and links are kept", markdown: """
            <div class="raw">raw</div>

            A <b>bold</b> [bad](javascript:alert(1)).

            """, html: """
            <div class="raw">raw</div>
            <p>A <b>bold</b> <a href="javascript:alert(1)">bad</a>.</p>

            """),
    ]

    @Test(arguments: fragments)
    func notebookRendersToItsFragment(_ fragment: Fragment) throws {
        let folder = try TemporaryFolder(purpose: "fragments")
        defer { folder.remove() }
        // These cases are about rendering: the notebook says not to run its code.
        try folder.write("---\nexecute: {eval: false}\n---\n" + fragment.markdown, to: "a.md")
        let result = try DaftarProcess.run(["render", "--quiet", "--fragment"] + fragment.flags + ["a.md", "-o", "-"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == fragment.html)
    }

    /// In a full page, a cell keeps its highlighting and a folded cell's summary follows the
    /// notebook's language.
    @Test func foldedCellSummaryFollowsTheLanguage() throws {
        let folder = try TemporaryFolder(purpose: "fold")
        defer { folder.remove() }
        try folder.write("---\nlang: ar\n---\n\n```swift\n//| echo: fold\nlet a = 1\n```\n", to: "a.md")
        let result = try folder.daftar("render", "--quiet", "a.md", "-o", "-")
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
            <main>
            <div class="cell">
            <details>
            <summary>الشيفرة</summary>
            <pre><code class="language-swift"><span class="kw">let</span> a <span class="op">=</span> <span class="nu">1</span>
            </code></pre>
            </details>
            </div>
            </main>
            """))
        #expect(!result.stdout.contains("//|"))
    }
}
