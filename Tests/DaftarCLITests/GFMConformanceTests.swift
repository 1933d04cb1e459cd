import Foundation
import Testing

/// GitHub's extensions of CommonMark that Daftar reads: every example of the GFM 0.29
/// specification's extensions (tables, strikethrough, task list items, extended autolinks, the
/// tag filter), vendored in
/// `Fixtures/Conformance/gfm-0.29-extensions.json` (CC BY-SA 4.0, see the README beside it),
/// rendered by `daftar render --fragment`, must come out byte for byte as the specification gives them.
@Suite struct GFMConformanceTests {
    struct Example: Decodable, Sendable {
        var markdown: String
        var html: String
        var example: Int
        var section: String
        var `extension`: String
    }

    /// Extended autolinks are off by default, as in pandoc's Markdown and CommonMark (whose
    /// examples 607, 610 and 611 say `http://example.com` is text): their examples turn them on
    /// with Quarto's `from: markdown+autolink_bare_uris`, in front matter that adds no HTML. The tag
    /// filter is GitHub's alone: its example is read `from: gfm`.
    static func frontMatter(for example: Example) -> String {
        switch example.extension {
        case "autolink": "---\nfrom: markdown+autolink_bare_uris\n---\n"
        case "tagfilter": "---\nfrom: gfm\n---\n"
        default: ""
        }
    }

    static func examples() throws -> [Example] {
        let file = try Repository.fixture("Conformance/gfm-0.29-extensions.json")
        return try JSONDecoder().decode([Example].self, from: Data(contentsOf: file))
    }

    /// Every example, read as pandoc's Markdown and with `--from gfm` (autolinks then on for every
    /// example, as in pandoc's `gfm`).
    @Test(arguments: ["markdown", "gfm"])
    func everyExtensionExampleRendersAsTheSpecificationSays(from format: String) throws {
        let examples = try Self.examples()
        #expect(examples.count == 24)
        #expect(Set(examples.map(\.extension)) == ["table", "strikethrough", "autolink", "disabled", "tagfilter"])
        let folder = try TemporaryFolder(purpose: "gfm")
        defer { folder.remove() }
        for example in examples {
            try folder.write(Self.frontMatter(for: example) + example.markdown, to: "in/example-\(example.example).md")
        }
        let result = try folder.daftar("render", "--fragment", "--quiet", "--from", format, "-o", "out", "in")
        #expect(result.status == 0, "daftar exited with \(result.status): \(result.stderr)")
        // Example 203's delimiter row is one cell short: GitHub shows it as text, Daftar too, and says why.
        #expect(result.stderr == """
            in/example-203.md:2:1: warning: this table's header has 2 cells but its delimiter row has 1; the lines are shown as text
            | --- |
            ^

            """)
        for example in examples {
            let actual = folder.exists("out/example-\(example.example).html") ? try folder.read("out/example-\(example.example).html") : nil
            #expect(actual == example.html, """
                GFM example \(example.example) (\(example.section)):
                  markdown: \(example.markdown.debugDescription)
                """)
        }
    }
}
