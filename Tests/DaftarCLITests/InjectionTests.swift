import Foundation
import Testing

/// Notebooks from strangers that try to inject markup: under `--safe` nothing in the report can
/// run or restyle the page, and wherever Daftar writes text (titles, attributes, captions, values,
/// outputs, references, diagnostics) the text is escaped, trusted or not. One test per vector.
@Suite struct InjectionTests {
    /// Renders `source` as `name` with `--safe` (and, unless it has cells, trusted), returning the bodies.
    static func render(_ source: String, as name: String, in folder: TemporaryFolder,
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> (safe: String, trusted: String) {
        try folder.write(source, to: name)
        let report = (name as NSString).deletingPathExtension + ".html"
        let trusted = try folder.daftar("render", name, "-o", "trusted")
        #expect(trusted.status == 0, "\(trusted.stderr)", sourceLocation: sourceLocation)
        let safe = try folder.daftar("render", "--safe", name, "-o", "safe")
        #expect(safe.status == 0, "\(safe.stderr)", sourceLocation: sourceLocation)
        return (try folder.read("safe/" + report), try folder.read("trusted/" + report))
    }

    @Test func rawHTMLInProseIsOmittedUnderSafe() throws {
        let folder = try TemporaryFolder(purpose: "inject-raw")
        defer { folder.remove() }
        let (safe, trusted) = try Self.render("""
            <script>alert(1)</script>

            Text </script><img src=x onerror=alert(2)> and <iframe src="https://evil.example"></iframe>.

            <style>body { display: none }</style>

            <IMG SRC=x OnError=alert(3)><svg onload=alert(4)><script>alert(5)</script><foreignObject><iframe></iframe></foreignObject></svg>

            ```{=html}
            <script>alert(6)</script>
            ```

            """, as: "raw.md", in: folder)
        #expect(InjectedMarkup.found(in: mainContent(of: safe)) == [])
        #expect(mainContent(of: safe).contains("<!-- raw HTML omitted -->"))
        #expect(InjectedMarkup.found(in: mainContent(of: trusted)).contains("<script>"), "a trusted notebook's raw HTML is its author's")
        #expect(trusted.contains("default-src 'none'"), "and the page's policy still forbids scripts and frames")
    }

    /// Links and images whose URLs are scripts or HTML documents, spelled every way browsers read them.
    static let scriptURLs = """
            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](&#106;avascript:alert(3))
            [d](<java\tscript:alert(4)>) [e](< javascript:alert(5)>) [f](data:text/html;base64,PHNjcmlwdD4=)
            [g](DATA:text/html,x) [h](vbscript:x) [i](javascript&colon;alert(6)) [j](&#x6A;avascript:alert(7))
            <javascript:alert(8)> [k][ref] [l](data:image/svg+xml,<svg/onload=alert(9)>)

            ![m](javascript:alert(10)) ![n](data:text/html,x){width=10}

            ![o](JAVASCRIPT:alert(11))

            [ref]: javascript:alert(12) "t\\" onmouseover=\\"x"

            """

    @Test func scriptAndDocumentURLsAreDroppedUnderSafe() throws {
        let folder = try TemporaryFolder(purpose: "inject-urls")
        defer { folder.remove() }
        let (safe, trusted) = try Self.render(Self.scriptURLs, as: "urls.md", in: folder)
        #expect(InjectedMarkup.found(in: mainContent(of: safe)) == [], "\(mainContent(of: safe))")
        #expect(mainContent(of: safe).contains(#"<a href="java%09script:alert(4)">d</a>"#), "a tab is percent-encoded: a relative path, not a scheme")
        #expect(mainContent(of: safe).contains(#"<a href="">javascript:alert(8)</a>"#), "an autolink's text stays, as text")
        #expect(mainContent(of: safe).contains(#"<img src="data:," alt="m" />"#), "a dropped image loads nothing, and HTML wants a source")
        #expect(!InjectedMarkup.found(in: mainContent(of: trusted)).contains { $0.contains("onmouseover") }, "titles are escaped, trusted or not")
    }

    @Test func attributeValuesCannotBreakOutOfTheirQuotes() throws {
        let folder = try TemporaryFolder(purpose: "inject-attributes")
        defer { folder.remove() }
        let (safe, trusted) = try Self.render(#"""
            # Heading {#h\"onclick=x .c title="a\" onmouseover=alert(1) x=\""}

            [span]{title="a\" onmouseover=alert(2)" .k\"onclick=x data-x='"><b>' onclick=alert(4)}

            [link](https://example.org "a\" onfocus=alert(5) autofocus x=\""){#i\"onblur=x}

            ::: {.note onmouseover="alert(6)" lang='"><script>'}
            div
            :::

            ![alt" onerror="alert(7)](x.png "t\"onerror=alert(8)"){#fig-x fig-alt="\" onerror=alert(9)"}

            `code`{.swift onclick=alert(10)}

            """#, as: "attributes.md", in: folder)
        for body in [mainContent(of: safe), mainContent(of: trusted)] {
            #expect(InjectedMarkup.found(in: body) == [], "\(body)")
        }
    }

    @Test func authorStylesCannotFetchOrComputeUnderSafe() throws {
        let folder = try TemporaryFolder(purpose: "inject-css")
        defer { folder.remove() }
        let (safe, trusted) = try Self.render("""
            [x]{style="background:url(https://tracker.example/p.png)"}

            ::: {style="width:expression(alert(1))" width="url(x)"}
            div
            :::

            ![i](x.png){style="background-image:url(javascript:alert(2))" height="expression(alert(3))"}

            """, as: "css.md", in: folder)
        #expect(InjectedMarkup.found(in: mainContent(of: safe)) == [], "\(mainContent(of: safe))")
        #expect(mainContent(of: safe).contains(#"data-style="background:url(https://tracker.example/p.png)""#))
        #expect(!InjectedMarkup.found(in: mainContent(of: trusted)).isEmpty, "a trusted author's style is kept")
        #expect(trusted.contains("default-src 'none'; style-src 'unsafe-inline'; img-src data:\""), "but fetches nothing")
    }

    @Test func frontMatterTextIsEscaped() throws {
        let folder = try TemporaryFolder(purpose: "inject-front-matter")
        defer { folder.remove() }
        let (safe, trusted) = try Self.render(#"""
            ---
            title: '"><script>alert(1)</script>'
            subtitle: '</title><script>alert(2)</script>'
            author: '"><img src=x onerror=alert(3)>'
            date: '<script>alert(4)</script>'
            description: '"><script>alert(6)</script>'
            ---

            Text.

            """#, as: "front.md", in: folder)
        for page in [safe, trusted] {
            #expect(!page.contains("<script") && !page.contains("<img src=x"), "\(page)")
            #expect(InjectedMarkup.found(in: mainContent(of: page)) == [])
        }
        try folder.write("---\nlang: 'en\"><script>alert(5)</script>'\n---\n", to: "lang.md")
        let lang = try folder.daftar("render", "--safe", "lang.md", "-o", "safe")
        #expect(lang.status == 1 && lang.stderr.hasPrefix("lang.md:2:7: error: `lang` must be a BCP 47 language tag"), "\(lang.stderr)")
    }

    @Test func bibliographyEntriesAreEscapedAndTheirScriptURLsDropped() throws {
        let folder = try TemporaryFolder(purpose: "inject-bibliography")
        defer { folder.remove() }
        try folder.write(#"""
            @article{k, author = {Mallory, <script>alert(1)</script>}, title = {"><img src=x onerror=alert(2)>},
              journal = {</p><script>alert(3)</script>}, year = {2020}, url = {javascript:alert(4)}}
            @misc{d, author = {Eve}, title = {T}, year = {2021}, doi = {"><script>alert(5)</script>}}
            @misc{u, author = {Trent}, title = {U}, year = {2022}, url = {  JaVaScRiPt:alert(6)}}

            """#, to: "refs.bib")
        let (safe, trusted) = try Self.render("---\nbibliography: refs.bib\n---\n\nAs @k, @d and @u wrote.\n", as: "bib.md", in: folder)
        #expect(InjectedMarkup.found(in: mainContent(of: safe)) == [], "\(mainContent(of: safe))")
        #expect(!mainContent(of: trusted).contains("<script") && !mainContent(of: trusted).contains("<img"), "\(mainContent(of: trusted))")
        #expect(InjectedMarkup.found(in: mainContent(of: trusted)) == [], "a bibliography's links are web links, trusted or not")
    }

    /// A Swift notebook's texts: cell options, a `display(svg:)` with a script, an inline value and
    /// printed output that try to close their elements. Trusted, the SVG is the author's; under
    /// `--safe` (from the freeze) it is text, and everything else is escaped in both.
    @Test func cellOptionsValuesAndOutputsAreEscaped() throws {
        let folder = try TemporaryFolder(purpose: "inject-cells")
        defer { folder.remove() }
        let (safe, trusted) = try Self.render(#"""
            # Cells

            ```swift
            //| label: fig-a
            //| fig-cap: '"><script>alert(1)</script>'
            //| fig-alt: '" onerror="alert(2)'
            //| code-summary: '</summary><script>alert(3)</script>'
            let value = "</p><script>alert(4)</script>"
            print("</code></pre><script>alert(5)</script>")
            display(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(6)\"><script>alert(7)</script><foreignObject><iframe/></foreignObject></svg>")
            display(markdown: "[x](javascript:alert(8)) <img src=x onerror=alert(9)>")
            ```

            The value: `{swift} value`; see @fig-a.

            """#, as: "cells.md", in: folder)
        #expect(InjectedMarkup.found(in: mainContent(of: safe)) == [], "\(mainContent(of: safe))")
        #expect(mainContent(of: safe).contains("&lt;/p&gt;&lt;script&gt;alert(4)&lt;/script&gt;"))
        #expect(mainContent(of: safe).contains("&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(5)&lt;/script&gt;"))
        let trustedFindings = InjectedMarkup.found(in: mainContent(of: trusted))
        #expect(trustedFindings.allSatisfy { ["<svg>", "svg onload=", "<script>", "<foreignobject>", "<iframe>", "img onerror=", "a href=\"javascript:alert(8)\""].contains($0) },
                "only the author's own HTML displays: \(trustedFindings)")
        #expect(trustedFindings.filter { $0 == "<script>" }.count == 1, "the SVG's, not the caption's, value's or output's")
    }

    /// A Jupyter notebook's outputs: every HTML-bearing type is dropped under `--safe` for its text
    /// form, Markdown loses its raw HTML and script links, and JavaScript never becomes a script.
    @Test func ipynbOutputsAreNeutralisedUnderSafe() throws {
        let folder = try TemporaryFolder(purpose: "inject-ipynb")
        defer { folder.remove() }
        let notebook = #"""
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# <img src=x onerror=alert(1)>\n", "[a](javascript:alert(2))"]},
              {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["x"], "outputs": [
                {"output_type": "display_data", "metadata": {}, "data": {"text/html": "<script>alert(3)</script>", "text/plain": "h"}},
                {"output_type": "display_data", "metadata": {}, "data": {"text/markdown": "<iframe src=x></iframe>[b](JaVaScRiPt:alert(4))", "text/plain": "m"}},
                {"output_type": "display_data", "metadata": {}, "data": {"image/svg+xml": "<svg onload=\"alert(5)\"><script>alert(6)</script></svg>", "text/plain": "s"}},
                {"output_type": "display_data", "metadata": {}, "data": {"application/javascript": "alert(7)", "text/plain": "j"}},
                {"output_type": "display_data", "metadata": {}, "data": {"application/javascript": "alert(8)"}},
                {"output_type": "stream", "name": "stdout", "text": "</code></pre><script>alert(9)</script>"},
                {"output_type": "error", "ename": "<script>", "evalue": "alert(10)", "traceback": ["</pre><script>alert(11)</script>"]}
              ]}],
             "metadata": {"kernelspec": {"name": "python3", "language": "python", "display_name": "\"><script>alert(12)</script>"}},
             "nbformat": 4, "nbformat_minor": 5}
            """#
        let (safe, trusted) = try Self.render(notebook, as: "outputs.ipynb", in: folder)
        #expect(InjectedMarkup.found(in: mainContent(of: safe)) == [], "\(mainContent(of: safe))")
        #expect(!safe.contains("alert(7)") || safe.contains("<pre><code>alert(7)"), "JavaScript is at most shown as text")
        #expect(!trusted.contains("<script>alert(7)") && !trusted.contains("<script>alert(9)") && !trusted.contains("<script>alert(11)"))
    }

    /// Bidirectional overrides (U+202E …) in names Daftar shows: escaped visibly in diagnostics
    /// (as GCC and rustc print them since "Trojan Source"), isolated on the index page by each
    /// entry's own `dir`, and never part of an identifier (pandoc keeps only letters, digits, `-_.`).
    @Test func bidirectionalOverridesAreShownOrIsolated() throws {
        let folder = try TemporaryFolder(purpose: "inject-bidi")
        defer { folder.remove() }
        let override = "\u{202E}"
        let name = "gpj\(override).md"
        try folder.write("# Head\(override)ing \u{2066}x\u{2069}\n\n![](missing\(override)gnp.png)\n", to: name)
        let result = try folder.daftar("render", name, "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) },
                "\(result.stderr)")
        #expect(result.stderr.contains("gpj<U+202E>.md:3:1: warning:"), "\(result.stderr)")
        #expect(try folder.read("out/index.html").contains("<td><code>gpj&lt;U+202E&gt;.html</code></td>"), "the report's name in the index")
        let html = try folder.read("out/gpj\(override).html")
        #expect(html.contains("<h1 id=\"heading-x\">"), "\(mainContent(of: html))")
    }

    /// `--safe` runs nothing, even when every freeze is missing: a cell that would write a file
    /// (`OutputEscapingTests` checks a stale freeze) and an inline expression that would.
    @Test func safeNeverExecutesInlineExpressions() throws {
        let folder = try TemporaryFolder(purpose: "inject-never")
        defer { folder.remove() }
        try folder.write("Value: `{swift} FileManager.default.createFile(atPath: \"ran\", contents: nil)`.\n", to: "e.md")
        let result = try folder.daftar("render", "--safe", "e.md", "-o", "out")
        #expect(result.status == 3)
        #expect(!folder.exists("ran"))
    }
}
