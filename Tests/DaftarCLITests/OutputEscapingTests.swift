import Foundation
import Testing

/// What cells print can never become markup: text is escaped everywhere it appears, and only
/// HTML and SVG displays go in raw — and not even those under `--safe`.
@Suite struct OutputEscapingTests {
    static let notebook = """
        # Escaping

        ```swift
        //| echo: false
        import Foundation
        print("<script>alert(1)</script>")
        print("</code></pre></div><img src=x onerror=alert(2)>")
        fputs("<script>alert(3)</script>\\n", stderr)
        display("<script>alert(4)</script>")
        display(html: "<b id=\\"raw\\">raw html</b>")
        display(svg: "<svg width=\\"1\\" height=\\"1\\"></svg>")
        display(markdown: "Markdown with <span id=\\"md\\">html</span> and *em*")
        let tag = "<script>alert(5)</script>"
        ```

        Inline: `{swift} tag`.

        ```swift
        //| echo: false
        //| error: true
        fatalError("<script>alert(6)</script>")
        ```

        """

    @Test func textIsEscapedAndHTMLAndSVGDisplaysAreRaw() throws {
        let folder = try TemporaryFolder(purpose: "escaping")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "sec.md")
        let result = try folder.daftar("render", "sec.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        expectSameText(mainContent(of: try folder.read("out/sec.html")), """
            <h1 id="escaping">Escaping</h1>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>&lt;script&gt;alert(1)&lt;/script&gt;
            &lt;/code&gt;&lt;/pre&gt;&lt;/div&gt;&lt;img src=x onerror=alert(2)&gt;
            </code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <pre><code>&lt;script&gt;alert(4)&lt;/script&gt;</code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <b id="raw">raw html</b>
            </div>
            <div class="cell-output cell-output-display">
            <svg width="1" height="1"></svg>
            </div>
            <div class="cell-output cell-output-display">
            <p>Markdown with <span id="md">html</span> and <em>em</em></p>
            </div>
            <div class="cell-output cell-output-stderr">
            <pre><code>&lt;script&gt;alert(3)&lt;/script&gt;
            </code></pre>
            </div>
            </div>
            <p>Inline: <span class="swift-value">&lt;script&gt;alert(5)&lt;/script&gt;</span>.</p>
            <div class="cell">
            <div class="cell-output cell-output-stderr">
            <pre><code>DaftarNotebookProgram/sec.md:21: Fatal error: &lt;script&gt;alert(6)&lt;/script&gt;
            </code></pre>
            </div>
            <div class="cell-output cell-output-error">
            <pre><code>Fatal error: &lt;script&gt;alert(6)&lt;/script&gt; (line 21:1)</code></pre>
            </div>
            </div>

            """, "the report's body")
    }

    /// `--safe` renders from a fresh freeze, dropping HTML and SVG displays and raw HTML in
    /// Markdown displays; it runs nothing, so without a fresh freeze it fails (exit 3).
    @Test func safeDropsRawDisplaysAndRunsNothing() throws {
        let folder = try TemporaryFolder(purpose: "escaping-safe")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "sec.md")
        let missing = try folder.daftar("render", "--safe", "sec.md", "-o", "out")
        #expect(missing.status == 3)
        #expect(missing.normalizedStderr() == """
            error: _freeze/sec.json is missing or stale for sec.md; run `daftar render` to run it and refresh the freeze
            0 of 1 notebook rendered in N ms

            """)
        #expect(folder.files() == ["sec.md"])

        let render = try folder.daftar("render", "sec.md", "-o", "out")
        #expect(render.status == 0, "\(render.stderr)")
        let result = try folder.daftar("render", "--safe", "sec.md", "-o", "safe")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.normalizedStderr() == "rendered sec.md → safe/sec.html (from freeze) in N ms\n1 of 1 notebook rendered in N ms\n")
        expectSameText(mainContent(of: try folder.read("safe/sec.html")), """
            <h1 id="escaping">Escaping</h1>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>&lt;script&gt;alert(1)&lt;/script&gt;
            &lt;/code&gt;&lt;/pre&gt;&lt;/div&gt;&lt;img src=x onerror=alert(2)&gt;
            </code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <pre><code>&lt;script&gt;alert(4)&lt;/script&gt;</code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <p>Markdown with <!-- raw HTML omitted -->html<!-- raw HTML omitted --> and <em>em</em></p>
            </div>
            <div class="cell-output cell-output-stderr">
            <pre><code>&lt;script&gt;alert(3)&lt;/script&gt;
            </code></pre>
            </div>
            </div>
            <p>Inline: <span class="swift-value">&lt;script&gt;alert(5)&lt;/script&gt;</span>.</p>
            <div class="cell">
            <div class="cell-output cell-output-stderr">
            <pre><code>DaftarNotebookProgram/sec.md:21: Fatal error: &lt;script&gt;alert(6)&lt;/script&gt;
            </code></pre>
            </div>
            <div class="cell-output cell-output-error">
            <pre><code>Fatal error: &lt;script&gt;alert(6)&lt;/script&gt; (line 21:1)</code></pre>
            </div>
            </div>

            """, "the safe report's body")
    }

    /// Under `--safe` even a stale freeze does not make daftar run the cells.
    @Test func safeNeverRunsCells() throws {
        let folder = try TemporaryFolder(purpose: "escaping-never")
        defer { folder.remove() }
        try folder.write("# Run\n\n```swift\nimport Foundation\nFileManager.default.createFile(atPath: \"ran\", contents: nil)\n```\n", to: "r.md")
        let result = try folder.daftar("render", "--safe", "r.md", "-o", "out")
        #expect(result.status == 3)
        #expect(!folder.exists("ran"))
        let run = try folder.daftar("render", "r.md", "-o", "out")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(folder.exists("ran"))
    }
}
