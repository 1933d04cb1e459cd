import Foundation
import Testing

/// Daftar's prose is CommonMark: the 652 examples of the CommonMark 0.30 specification, rendered
/// by `daftar render --fragment`, must come out byte for byte as the specification gives them.
@Suite struct ConformanceTests {
    /// One example of the specification, as `Fixtures/Conformance/commonmark-0.30-spec.json` holds it
    /// (vendored with its licence, CC BY-SA 4.0: see the README beside it).
    struct Example: Decodable, Sendable {
        var markdown: String
        var html: String
        var example: Int
        var section: String

        var fileName: String { String(format: "example-%03d", example) }
    }

    /// The examples, or a failure naming the missing fixture.
    static func examples() throws -> [Example] {
        let file = try Repository.fixture("Conformance/commonmark-0.30-spec.json")
        return try JSONDecoder().decode([Example].self, from: Data(contentsOf: file))
    }

    /// All examples go through one `daftar render` call, the way a folder of notebooks does; each
    /// report must equal the specification's HTML, read as pandoc's Markdown (the default: its
    /// fancy lists and math environments change none) and with `--from commonmark`.
    @Test(arguments: ["markdown", "commonmark"])
    func everyExampleRendersAsTheSpecificationSays(from format: String) throws {
        let examples = try Self.examples()
        #expect(examples.count == 652)
        let reports = try Self.render(examples, from: format)
        var failures = 0
        for example in examples {
            let actual = reports[example.example]
            if actual != example.html {
                failures += 1
                Issue.record("""
                    example \(example.example) (\(example.section)):
                      markdown: \(example.markdown.debugDescription)
                      expected: \(example.html.debugDescription)
                      actual:   \(actual?.debugDescription ?? "(no report written)")
                    """)
            }
        }
        #expect(failures == 0, "\(failures) of \(examples.count) CommonMark examples differ")
    }

    /// The only examples that contain Daftar's own syntax (a `$`, `\\(`, `\\[` or `{swift}`); each
    /// must still render exactly as CommonMark says:
    ///
    /// - 12 (Backslash escapes): `\$` is an escaped dollar, never the start of math.
    /// - 143 (Fenced code blocks): `$%@#$` is inside a fence's info string, which is not prose.
    /// - 169 (HTML blocks): `print $ parseTags tags` is inside a raw HTML block.
    /// - 627 (Raw HTML): `<?php echo $a; ?>` is a processing instruction, raw inline HTML.
    /// - 650 (Textual content): `hello $.;'there` has a single `$` that is never closed.
    static let examplesWithDaftarSyntax = [12, 143, 169, 627, 650]

    @Test func theExamplesWithDaftarSyntaxAreExactlyTheOnesListed() throws {
        let markers = ["$", "\\\\(", "\\\\[", "{swift}"]
        let found = try Self.examples().filter { example in markers.contains { example.markdown.contains($0) } }
        #expect(found.map(\.example) == Self.examplesWithDaftarSyntax)
    }

    @Test(arguments: examplesWithDaftarSyntax)
    func anExampleWithDaftarSyntaxRendersAsCommonMark(_ number: Int) throws {
        let example = try #require(try Self.examples().first { $0.example == number }, "no example \(number)")
        let reports = try Self.render([example])
        #expect(reports[number] == example.html, "example \(number) (\(example.section))")
        #expect(!(reports[number] ?? "").contains("<math"), "example \(number) must contain no math")
    }

    /// Writes each example to its own file, renders the folder with one `daftar` call, and returns
    /// the reports by example number.
    static func render(_ examples: [Example], from format: String = "markdown") throws -> [Int: String] {
        let folder = try TemporaryFolder(purpose: "conformance")
        defer { folder.remove() }
        for example in examples {
            try folder.write(example.markdown, to: "in/\(example.fileName).md")
        }
        let result = try folder.daftar("render", "--fragment", "--quiet", "--from", format, "-o", "out", "in")
        #expect(result.status == 0, "daftar exited with \(result.status): \(result.stderr)")
        #expect(result.stderr == "", "a conformance example produced a diagnostic")
        #expect(result.stdout == "")
        var reports: [Int: String] = [:]
        for example in examples where folder.exists("out/\(example.fileName).html") {
            reports[example.example] = try folder.read("out/\(example.fileName).html")
        }
        return reports
    }
}
