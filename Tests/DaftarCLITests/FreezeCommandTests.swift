import Foundation
import Testing

/// The freeze as `daftar render` uses it: run once, then render from the frozen results without
/// compiling, until something that can change them changes; `--refresh`, `--no-execute` and
/// `--check` as CI uses them.
@Suite struct FreezeCommandTests {
    static let notebook = """
        ---
        title: Frozen
        ---

        # Frozen

        Intro prose.

        ```swift
        //| echo: false
        //| depends: data.csv
        import Foundation
        let x = 21
        print("x is", x, "data", try String(contentsOfFile: "data.csv", encoding: .utf8))
        ```

        Between: `{swift} x * 2`.

        ```swift
        //| echo: false
        print("twice", x * 2)
        ```

        """

    /// A folder with the notebook, its data and a swiftc that can only say its version.
    static func folder(_ purpose: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(purpose: purpose)
        try folder.write(Self.notebook, to: "f.md")
        try folder.write("1,2", to: "data.csv")
        try TestCompiler.writeVersionOnlyCompiler(to: "tools/swiftc", in: folder)
        return folder
    }

    static let versionOnly = ["--swiftc", "tools/swiftc"]

    @Test func anUnchangedNotebookRendersFromTheFreezeWithoutCompiling() throws {
        let folder = try Self.folder("freeze-hit")
        defer { folder.remove() }
        let first = try folder.daftar("render", "f.md", "-o", "out")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.normalizedStderr() == "rendered f.md → out/f.html (executed) in N ms\n1 of 1 notebook rendered in N ms\n")
        let report = try folder.bytes("out/f.html")
        #expect(mainContent(of: try folder.read("out/f.html")).contains("<pre><code>x is 21 data 1,2\n</code></pre>"))

        let second = try folder.daftar(["render", "f.md", "-o", "out"] + Self.versionOnly, environment: [:])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.normalizedStderr() == "rendered f.md → out/f.html (from freeze) in N ms\n1 of 1 notebook rendered in N ms\n")
        #expect(try folder.bytes("out/f.html") == report)

        // Prose is not in the key: still from the freeze, with the new prose.
        try folder.write(Self.notebook.replacingOccurrences(of: "Intro prose.", with: "Intro prose, edited.\n\nAnd a new paragraph."),
                         to: "f.md")
        let prose = try folder.daftar(["render", "f.md", "-o", "out"] + Self.versionOnly, environment: [:])
        #expect(prose.status == 0, "\(prose.stderr)")
        #expect(prose.normalizedStderr().hasPrefix("rendered f.md → out/f.html (from freeze) in N ms\n"))
        let body = mainContent(of: try folder.read("out/f.html"))
        #expect(body.contains("<p>Intro prose, edited.</p>\n<p>And a new paragraph.</p>"))
        #expect(body.contains("<pre><code>x is 21 data 1,2\n</code></pre>"))
        #expect(body.contains("<p>Between: <span class=\"swift-value\">42</span>.</p>"))
    }

    /// A changed cell, or a changed file it `depends` on, runs the notebook again — which the
    /// version-only compiler cannot do.
    @Test(arguments: ["cell", "depends"])
    func aChangeThatCanChangeResultsRunsAgain(change: String) throws {
        let folder = try Self.folder("freeze-miss-\(change)")
        defer { folder.remove() }
        #expect(try folder.daftar("render", "f.md", "-o", "out").status == 0)
        if change == "cell" {
            try folder.write(Self.notebook.replacingOccurrences(of: "let x = 21", with: "let x = 22"), to: "f.md")
        } else {
            try folder.write("3,4", to: "data.csv")
        }
        let stale = try folder.daftar(["render", "f.md", "-o", "out"] + Self.versionOnly, environment: [:])
        #expect(stale.status == 1)
        #expect(stale.normalizedStderr() == """
            error: swiftc failed (status 42): version-only swiftc was asked to compile
            0 of 1 notebook rendered in N ms

            """)
        let rerun = try folder.daftar("render", "f.md", "-o", "out")
        #expect(rerun.normalizedStderr().hasPrefix("rendered f.md → out/f.html (executed) in N ms\n"), "\(rerun.stderr)")
        let expected = change == "cell" ? "x is 22 data 1,2" : "x is 21 data 3,4"
        #expect(mainContent(of: try folder.read("out/f.html")).contains("<pre><code>\(expected)\n</code></pre>"))
    }

    @Test func refreshRunsAFreshNotebookAgain() throws {
        let folder = try Self.folder("freeze-refresh")
        defer { folder.remove() }
        #expect(try folder.daftar("render", "f.md", "-o", "out").status == 0)
        let refreshed = try folder.daftar("render", "--refresh", "f.md", "-o", "out")
        #expect(refreshed.normalizedStderr() == "rendered f.md → out/f.html (executed) in N ms\n1 of 1 notebook rendered in N ms\n")
        let versionOnly = try folder.daftar(["render", "--refresh", "f.md", "-o", "out"] + Self.versionOnly, environment: [:])
        #expect(versionOnly.status == 1)
    }

    /// `--no-execute` renders from a fresh freeze and fails on a stale or missing one, writing nothing.
    @Test func noExecuteFailsOnAStaleOrMissingFreeze() throws {
        let folder = try Self.folder("freeze-no-execute")
        defer { folder.remove() }
        let message = """
            error: _freeze/f.json is missing or stale for f.md; run `daftar render` to run it and refresh the freeze
            0 of 1 notebook rendered in N ms

            """
        let missing = try folder.daftar("render", "--no-execute", "f.md", "-o", "out")
        #expect(missing.status == 3)
        #expect(missing.normalizedStderr() == message)
        #expect(!folder.exists("out"))

        #expect(try folder.daftar("render", "f.md", "-o", "out").status == 0)
        let fresh = try folder.daftar("render", "--no-execute", "f.md", "-o", "out")
        #expect(fresh.normalizedStderr() == "rendered f.md → out/f.html (from freeze) in N ms\n1 of 1 notebook rendered in N ms\n")

        try folder.write(Self.notebook.replacingOccurrences(of: "print(\"twice\", x * 2)", with: "print(\"thrice\", x * 3)"), to: "f.md")
        let before = folder.snapshot()
        let stale = try folder.daftar("render", "--no-execute", "f.md", "-o", "out")
        #expect(stale.status == 3)
        #expect(stale.normalizedStderr() == message)
        #expect(folder.snapshot() == before)
    }

    /// CI's gate: `--check` passes on a fresh tree, exits 3 after a cell edit and 4 when a report
    /// differs from what the notebook renders to, and never writes.
    @Test func checkPassesOnAFreshTreeAndNamesWhatIsOff() throws {
        let folder = try Self.folder("freeze-check")
        defer { folder.remove() }
        #expect(try folder.daftar("render", "f.md", "-o", "out").status == 0)
        let fresh = folder.snapshot()

        let pass = try folder.daftar("render", "--check", "f.md", "-o", "out")
        #expect(pass.status == 0, "\(pass.stderr)")
        #expect(pass.normalizedStderr() == "checked f.md → out/f.html (from freeze) in N ms\n1 of 1 notebook checked in N ms\n")
        #expect(folder.snapshot() == fresh)

        let original = try folder.read("f.md")
        try folder.write(original.replacingOccurrences(of: "let x = 21", with: "let x = 20"), to: "f.md")
        let edited = folder.snapshot()
        let stale = try folder.daftar("render", "--check", "f.md", "-o", "out")
        #expect(stale.status == 3)
        #expect(stale.normalizedStderr() == """
            error: _freeze/f.json is missing or stale for f.md; run `daftar render` to run it and refresh the freeze
            0 of 1 notebook checked in N ms

            """)
        #expect(folder.snapshot() == edited)

        try folder.write(original, to: "f.md")
        try folder.write(try folder.read("out/f.html").replacingOccurrences(of: "x is 21", with: "x is 99"), to: "out/f.html")
        let handEdited = folder.snapshot()
        let differs = try folder.daftar("render", "--check", "f.md", "-o", "out")
        #expect(differs.status == 4)
        #expect(differs.normalizedStderr() == """
            error: out/f.html differs from what f.md renders to; run `daftar render` and commit it
            0 of 1 notebook checked in N ms

            """)
        #expect(folder.snapshot() == handEdited)
    }

    /// The freeze names no machine: no absolute or temporary path, whatever the notebook's place.
    @Test func theFreezeHoldsNoPathOfThisMachine() throws {
        let folder = try Self.folder("freeze-paths")
        defer { folder.remove() }
        #expect(try folder.daftar("render", folder.url("f.md").path, "-o", "out").status == 0)
        let freeze = try folder.read("_freeze/f.json")
        for path in folder.spellings + [NSTemporaryDirectory(), "/tmp"] {
            #expect(!freeze.contains(path), "the freeze holds \(path)")
        }
        // Rendered by its absolute path, the notebook's freeze is fresh by its relative path too.
        let relative = try folder.daftar(["render", "f.md", "-o", "out"] + Self.versionOnly, environment: [:])
        #expect(relative.normalizedStderr().hasPrefix("rendered f.md → out/f.html (from freeze) in N ms\n"), "\(relative.stderr)")
    }
}
