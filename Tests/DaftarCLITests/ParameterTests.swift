import Foundation
import Testing

/// Front matter `params:` become typed constants; `--param name=value` overrides them, changes
/// the freeze key, and is refused with a clear message when it does not fit.
@Suite struct ParameterTests {
    static let notebook = """
        ---
        title: Params
        params:
          n: 3
          rate: 0.5
          name: x
        ---

        # Params

        ```swift
        //| echo: false
        print(n * 2, rate, name, type(of: n), type(of: rate), type(of: name))
        ```

        n is `{swift} n`.

        """

    static func stdoutBlock(_ text: String) -> String {
        "<div class=\"cell-output cell-output-stdout\">\n<pre><code>\(text)\n</code></pre>\n</div>\n"
    }

    static func key(in folder: TemporaryFolder) throws -> String {
        let freeze = try folder.read("_freeze/p.json")
        let line = try #require(freeze.split(separator: "\n").first { $0.hasPrefix("  \"key\" : ") })
        return String(line.dropFirst("  \"key\" : \"".count).dropLast())
    }

    @Test func overridesChangeTheOutputAndTheFreezeKey() throws {
        let folder = try TemporaryFolder(purpose: "params")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "p.md")
        let defaults = try folder.daftar("render", "p.md", "-o", "out")
        #expect(defaults.status == 0, "\(defaults.stderr)")
        var body = mainContent(of: try folder.read("out/p.html"))
        #expect(body.contains(Self.stdoutBlock("6 0.5 x Int Double String")))
        #expect(body.contains("<p>n is <span class=\"swift-value\">3</span>.</p>"))
        let defaultKey = try Self.key(in: folder)

        let overridden = try folder.daftar("render", "--param", "n=5", "--param", #"name=a "b" \c"#, "p.md", "-o", "out")
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(overridden.normalizedStderr().hasPrefix("rendered p.md → out/p.html (executed) in N ms\n"))
        body = mainContent(of: try folder.read("out/p.html"))
        #expect(body.contains(Self.stdoutBlock(#"10 0.5 a &quot;b&quot; \c Int Double String"#)), "\(body)")
        #expect(body.contains("<p>n is <span class=\"swift-value\">5</span>.</p>"))
        let overriddenKey = try Self.key(in: folder)
        #expect(overriddenKey != defaultKey)

        // The same override is the same key; back to the defaults is the first key again.
        #expect(try folder.daftar("render", "--param", "n=5", "--param", #"name=a "b" \c"#, "p.md", "-o", "out")
            .normalizedStderr().hasPrefix("rendered p.md → out/p.html (from freeze) in N ms\n"))
        #expect(try folder.daftar("render", "p.md", "-o", "out").status == 0)
        #expect(try Self.key(in: folder) == defaultKey)
    }

    @Test func anOverrideOfTheWrongTypeIsAnErrorAtTheDefault() throws {
        let folder = try TemporaryFolder(purpose: "params-type")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "p.md")
        let result = try folder.daftar("render", "--param", "n=abc", "p.md", "-o", "out")
        #expect(result.status == 1)
        #expect(result.normalizedStderr() == """
            p.md:4:6: error: --param n=abc: expected a value of type Int, as the default `n` has
              n: 3
                 ^
            0 of 1 notebook rendered in N ms

            """)
        #expect(folder.files() == ["p.md"])
    }

    @Test func anUnknownParameterIsAnErrorNamingTheKnownOnes() throws {
        let folder = try TemporaryFolder(purpose: "params-unknown")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "p.md")
        let result = try folder.daftar("render", "--param", "m=1", "p.md", "-o", "out")
        #expect(result.status == 1)
        #expect(result.normalizedStderr() == """
            error: --param m: the notebook has no such parameter
            note: its parameters: `n`, `name`, `rate`
            0 of 1 notebook rendered in N ms

            """)
        #expect(folder.files() == ["p.md"])
    }

    @Test func aParameterWithoutAValueIsAUsageError() throws {
        let folder = try TemporaryFolder(purpose: "params-usage")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "p.md")
        let result = try folder.daftar("render", "--param", "n", "p.md", "-o", "out")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --param n: expected name=value\n"))
        #expect(folder.files() == ["p.md"])
    }
}
