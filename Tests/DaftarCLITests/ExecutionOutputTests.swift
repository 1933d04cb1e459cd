import Foundation
import Testing

/// A notebook's cells run as one program: state carries from cell to cell, and each cell's
/// printed text and displays appear under it, in the order they were produced.
@Suite struct ExecutionOutputTests {
    static let notebook = """
        ---
        title: Shared state
        lang: en
        ---

        # State

        ```swift
        var total = 0
        for i in 1...3 { total += i }
        print("total", total)
        ```

        Between cells: `{swift} 0.1 + 0.2`, `{swift} total`, `{swift} Float(1) / 3`, `{swift} "<b>&"`.

        ```swift
        //| echo: false
        total *= 2
        print("before")
        display(html: "<b>bold</b> & <i>raw</i>")
        print("between")
        display(svg: #"<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect width="1" height="1"/></svg>"#)
        display(markdown: "Some *emphasis* and `code` & more")
        display(json: #"{"a": [1, 2], "b": "<x>"}"#)
        struct Point: CustomStringConvertible {
            var x = 1, y = 2
            var description: String { "Point(\\(x), \\(y)) <p>" }
        }
        display(Point())
        display(42)
        print("after", total)
        ```

        ```swift
        //| echo: false
        import Foundation
        fputs("to stderr through C\\n", stderr)
        print("to stdout", terminator: "")
        print(" and on")
        _ = "raw write(2)\\n".withCString { write(1, $0, strlen($0)) }
        fputs("no final newline", stdout)
        ```

        """

    @Test func cellsShareStateAndShowTheirOutputsInOrder() throws {
        let folder = try TemporaryFolder(purpose: "outputs")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "cells.md")
        let result = try folder.daftar("render", "cells.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.normalizedStderr() == "rendered cells.md → out/cells.html (executed) in N ms\n1 of 1 notebook rendered in N ms\n")
        expectSameText(mainContent(of: try folder.read("out/cells.html")), """
            <h1 id="state">State</h1>
            <div class="cell">
            <pre><code class="language-swift"><span class="kw">var</span> total <span class="op">=</span> <span class="nu">0</span>
            <span class="kw">for</span> i <span class="kw">in</span> <span class="nu">1</span><span class="op">...</span><span class="nu">3</span> { total <span class="op">+=</span> i }
            print(<span class="st">&quot;total&quot;</span>, total)
            </code></pre>
            <div class="cell-output cell-output-stdout">
            <pre><code>total 6
            </code></pre>
            </div>
            </div>
            <p>Between cells: <span class="swift-value">0.3</span>, <span class="swift-value">6</span>, <span class="swift-value">0.3333333</span>, <span class="swift-value">&lt;b&gt;&amp;</span>.</p>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>before
            </code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <b>bold</b> & <i>raw</i>
            </div>
            <div class="cell-output cell-output-stdout">
            <pre><code>between
            </code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect width="1" height="1"/></svg>
            </div>
            <div class="cell-output cell-output-display">
            <p>Some <em>emphasis</em> and <code>code</code> &amp; more</p>
            </div>
            <div class="cell-output cell-output-display">
            <pre><code class="language-json">{&quot;a&quot;: [1, 2], &quot;b&quot;: &quot;&lt;x&gt;&quot;}</code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <pre><code>Point(1, 2) &lt;p&gt;</code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <pre><code>42</code></pre>
            </div>
            <div class="cell-output cell-output-stdout">
            <pre><code>after 12
            </code></pre>
            </div>
            </div>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>to stdout and on
            raw write(2)
            no final newline</code></pre>
            </div>
            <div class="cell-output cell-output-stderr">
            <pre><code>to stderr through C
            </code></pre>
            </div>
            </div>

            """, "the report's body")
    }
}
