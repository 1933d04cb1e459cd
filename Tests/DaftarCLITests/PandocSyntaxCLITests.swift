import Foundation
import Testing

/// Pandoc's fancy and example lists and LaTeX math environments through the built `daftar`: the
/// warnings at `file:line:column` with the source line and a caret, and `--from commonmark`
/// reading neither.
@Suite struct PandocSyntaxCLITests {
    static let notebook = """
        (@a) First example.
        (@a) Same label.

        ii. Second item, as @a says.

        \\begin{equation}
        x & y
        \\end{equation}

        """

    @Test func warningsNameTheirPlaceInTheNotebook() throws {
        let folder = try TemporaryFolder(purpose: "pandoc-syntax")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "x.md")
        let result = try folder.daftar("render", "--quiet", "--fragment", "x.md", "-o", "out")
        #expect(result.status == 0)
        #expect(result.stderr == """
            x.md:2:1: warning: two examples have the label `a`; references name the first
            (@a) Same label.
            ^
            x.md:7:3: warning: {equation} holds one formula: `&` and `\\\\` need {align} or {gather}
            x & y
              ^

            """)
        let html = try folder.read("out/x.html")
        #expect(html.contains("<ol class=\"example\" type=\"1\">\n<li>First example.</li>"))
        #expect(html.contains("<ol start=\"2\" type=\"i\">\n<li>Second item, as 1 says.</li>"))
    }

    @Test func commonMarkReadsNeither() throws {
        let folder = try TemporaryFolder(purpose: "pandoc-syntax-commonmark")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "x.md")
        let result = try folder.daftar("render", "--quiet", "--fragment", "--from", "commonmark", "x.md", "-o", "out")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let html = try folder.read("out/x.html")
        #expect(!html.contains("<ol") && !html.contains("<math"))
        #expect(html.contains("<p>ii. Second item, as @a says.</p>"))
    }
}
