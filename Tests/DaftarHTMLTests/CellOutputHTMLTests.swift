import DaftarKernelProtocol
import DaftarNotebook
import Testing
@testable import DaftarHTML

/// Each kind of output a Jupyter notebook holds, as the report shows it, and what `--safe` drops.
@Suite struct CellOutputHTMLTests {
    private func html(_ output: CellOutput, safe: Bool = false) -> String {
        var renderer = CellOutputHTML(safe: safe, localization: Localization(languageTag: nil), asIs: false, ansi: ANSIText())
        return renderer.html(output)
    }

    /// A display as the report shows it; when `safe`, as `--safe` resolution leaves it first.
    private func display(_ pairs: [(MIMEType, String)], safe: Bool = false) -> String {
        let output = CellOutput.display(MIMEBundle(pairs.map { (type: $0.0, content: $0.1) }))
        return html(safe ? RawHTMLOmission.omittingRawHTML(from: output) : output, safe: safe)
    }

    private func frame(_ content: String) -> String {
        "<div class=\"cell-output cell-output-display\">\n\(content)</div>\n"
    }

    private let x = "<math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>"

    @Test func streamsAndErrorsAreTextWithTheirColours() {
        #expect(html(.stream(.stdout, text: "a < b\n", hiddenLines: 0))
            == "<div class=\"cell-output cell-output-stdout\">\n<pre><code>a &lt; b\n</code></pre>\n</div>\n")
        #expect(html(.stream(.stderr, text: "\u{1B}[33mwarn\u{1B}[0m\n", hiddenLines: 0))
            == "<div class=\"cell-output cell-output-stderr\">\n<pre><code><span class=\"ansi-yellow-fg\">warn</span>\n</code></pre>\n</div>\n")
        #expect(html(.error(message: "\u{1B}[0;31mValueError\u{1B}[0m: bad", line: nil, column: nil))
            == "<div class=\"cell-output cell-output-error\">\n<pre><code><span class=\"ansi-red-fg\">ValueError</span>: bad</code></pre>\n</div>\n")
    }

    @Test func eachRepresentationHasItsHTML() {
        #expect(display([(.html, "<b>bold</b>"), (.plainText, "bold")]) == frame("<b>bold</b>\n"))
        #expect(display([(.svg, "<svg></svg>"), (.plainText, "s")]) == frame("<svg></svg>\n"))
        // matplotlib's prolog has no place in HTML.
        #expect(display([(.svg, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\">\n<!-- Created -->\n<svg><!-- c --></svg>")])
            == frame("<svg><!-- c --></svg>\n"))
        #expect(display([(.markdown, "*em*")]) == frame("<p><em>em</em></p>\n"))
        #expect(display([(.latex, "$x$")]) == frame("<p>\(x)</p>\n"))
        #expect(display([(.latex, "x")]) == frame(x.replacingOccurrences(of: "<math>", with: "<math display=\"block\">") + "\n"))
        #expect(display([(.png, "iVBORw0K\nGgo=\n"), (.plainText, "<Figure size 640x480>")])
            == frame("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"&lt;Figure size 640x480&gt;\">\n"))
        #expect(display([(.jpeg, "/9j/4AAQ")]) == frame("<img src=\"data:image/jpeg;base64,/9j/4AAQ\" alt=\"\">\n"))
        #expect(display([(.json, "{\"a\": 1}")]) == frame("<pre><code class=\"language-json\">{&quot;a&quot;: 1}</code></pre>\n"))
        #expect(display([(.plainText, "\u{1B}[1mbold\u{1B}[0m")]) == frame("<pre><code><span class=\"ansi-bold\">bold</span></code></pre>\n"))
        #expect(display([("application/javascript", "alert(1)")]) == "")
    }

    /// nbconvert's priority: HTML, Markdown, SVG, LaTeX, PNG, JPEG, then JSON and text, whatever
    /// order the bundle lists them in.
    @Test func theRichestRepresentationWins() {
        #expect(display([(.plainText, "t"), (.png, "AAAA"), (.svg, "<svg></svg>")]) == frame("<svg></svg>\n"))
        #expect(display([(.plainText, "t"), (.jpeg, "AAAA"), (.png, "BBBB")]) == frame("<img src=\"data:image/png;base64,BBBB\" alt=\"t\">\n"))
        #expect(display([(.svg, "<svg></svg>"), (.markdown, "m")]) == frame("<p>m</p>\n"))
        #expect(display([(.plainText, "t"), (.json, "1")]) == frame("<pre><code class=\"language-json\">1</code></pre>\n"))
    }

    /// `--safe` shows no HTML or SVG from outputs (scripts included): the next representation instead.
    @Test func safeReportsDropHTMLAndSVG() {
        #expect(display([(.html, "<script>alert(1)</script>"), (.plainText, "t")], safe: true)
            == frame("<pre><code>t</code></pre>\n"))
        #expect(display([(.svg, "<svg onload=\"x()\"></svg>"), (.png, "AAAA")], safe: true)
            == frame("<img src=\"data:image/png;base64,AAAA\" alt=\"\">\n"))
        #expect(display([(.markdown, "<b>raw</b> *em*")], safe: true) == frame("<p><!-- raw HTML omitted -->raw<!-- raw HTML omitted --> <em>em</em></p>\n"))
        #expect(display([(.html, "<script>x</script>")], safe: true) == "")
    }
}
