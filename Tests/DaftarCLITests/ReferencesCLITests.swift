import Foundation
import Testing

/// Citations, cross-references and numbered equations end to end through the built `daftar`:
/// warnings and errors at `file:line:column` with the source line and a caret, and the report.
@Suite struct ReferencesCLITests {
    static let bib = """
        @article{bengio1994, author = {Bengio, Yoshua and Simard, Patrice and Frasconi, Paolo},
          title = {Learning long-term dependencies with gradient descent is difficult},
          journal = {IEEE Transactions on Neural Networks}, volume = {5}, number = {2}, pages = {157--166}, year = {1994}}
        """

    @Test func unknownKeysAndLabelsAreWarningsAndTheReportRenders() throws {
        let folder = try TemporaryFolder(purpose: "references")
        defer { folder.remove() }
        try folder.write(Self.bib, to: "refs.bib")
        try folder.write("""
            ---
            title: T
            bibliography: refs.bib
            ---
            # Intro {#sec-intro}

            $$E = mc^2$$ {#eq-energy}

            As @eq-energy and [@bengio1994, p. 3] show, and @nobody and @eq-none do not; write to a@b.c.

            """, to: "x.md")
        let result = try folder.daftar("render", "--quiet", "x.md", "-o", "out")
        #expect(result.status == 0)
        #expect(result.stderr == """
            x.md:9:61: warning: unknown cross-reference @eq-none: no equation (display math followed by `{#eq-none}`) has this label
            As @eq-energy and [@bengio1994, p. 3] show, and @nobody and @eq-none do not; write to a@b.c.
                                                                        ^
            x.md:9:49: warning: unknown citation @nobody: the bibliography has no entry with this key
            As @eq-energy and [@bengio1994, p. 3] show, and @nobody and @eq-none do not; write to a@b.c.
                                                            ^

            """)
        let report = try folder.read("out/x.html")
        #expect(report.contains("<h1 id=\"sec-intro\">Intro</h1>"))
        #expect(report.contains("<div class=\"equation\" id=\"eq-energy\"><math display=\"block\">"))
        #expect(report.contains("<span class=\"equation-number\">(1)</span></div>"))
        #expect(report.contains("<p>As <a href=\"#eq-energy\" class=\"cross-ref\">Equation 1</a> and <span class=\"citation\" "
            + "data-cites=\"bengio1994\">(<a href=\"#ref-bengio1994\" role=\"doc-biblioref\">Bengio, Simard, and Frasconi 1994</a>, 3)</span> show"))
        #expect(report.contains("<div id=\"ref-bengio1994\" class=\"csl-entry\" role=\"listitem\" dir=\"auto\">Bengio, Yoshua, Patrice Simard, and Paolo Frasconi. "
            + "1994. “Learning long-term dependencies with gradient descent is difficult.” <em>IEEE Transactions on Neural Networks</em> 5 (2): 157–66.</div>"))
        #expect(report.contains("write to a@b.c."))
    }

    @Test func aMissingBibliographyIsAnErrorAtTheValue() throws {
        let folder = try TemporaryFolder(purpose: "references-missing")
        defer { folder.remove() }
        try folder.write("---\ntitle: T\nbibliography: gone.bib\n---\n[@x]\n", to: "x.md")
        let result = try folder.daftar("render", "--quiet", "x.md", "-o", "out")
        #expect(result.status == 1)
        #expect(result.stderr == """
            x.md:3:15: error: bibliography `gone.bib` cannot be read (looked for gone.bib)
            bibliography: gone.bib
                          ^

            """)
    }
}
