import Foundation
import Testing

/// A notebook that does not compile: the compiler's errors at the notebook's own lines, with the
/// line and a caret, and nothing written — or, when errors are allowed, the errors in their cells.
@Suite struct CompileErrorTests {
    static func notebook(frontMatter: String = "", secondCell: String) -> String {
        """
        ---
        title: Compile\(frontMatter)
        ---

        # Compile error

        ```swift
        func f(_ a: Int) -> Int { a }
        func f(_ a: Double) -> Double { a }
        print("first")
        ```

        Inline: `{swift} f(2)`.

        ```swift
        //| label: broken
        \(secondCell)
        ```

        """
    }

    static let broken = "let b: Int = \"text\"\nlet c = f(\"s\")"

    @Test func errorsAreReportedAtTheNotebooksLinesAndNothingIsWritten() throws {
        let folder = try TemporaryFolder(purpose: "compile-error")
        defer { folder.remove() }
        try folder.write(Self.notebook(secondCell: "print(f(2))"), to: "c.md")
        let good = try folder.daftar("render", "c.md", "-o", "out")
        #expect(good.status == 0, "\(good.stderr)")
        let before = folder.snapshot()
        #expect(before.keys.sorted() == ["_freeze/c.json", "c.md", "out/c.html", "out/index.html"])

        try folder.write(Self.notebook(secondCell: Self.broken), to: "c.md")
        let result = try folder.daftar("render", "c.md", "-o", "out")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        expectSameText(result.normalizedStderr(), """
            c.md:17:14: error: cannot convert value of type 'String' to specified type 'Int'
            let b: Int = "text"
                         ^
            c.md:18:9: error: no exact matches in call to global function 'f'
            let c = f("s")
                    ^
            c.md:8:6: note: candidate expects value of type 'Int' for parameter #1 (got 'String')
            func f(_ a: Int) -> Int { a }
                 ^
            c.md:9:6: note: candidate expects value of type 'Double' for parameter #1 (got 'String')
            func f(_ a: Double) -> Double { a }
                 ^
            0 of 1 notebook rendered in N ms

            """, "standard error")
        // The previous report, index and freeze are kept as they were.
        var after = folder.snapshot()
        #expect(after.removeValue(forKey: "c.md") != nil)
        #expect(after == before.filter { $0.key != "c.md" })
    }

    /// `--allow-errors`, or `execute: allow-errors: true`, shows each error in its cell, with its
    /// line and column; the program never ran, so no cell has outputs.
    @Test(arguments: [false, true])
    func allowedErrorsAreShownInTheirCells(inFrontMatter: Bool) throws {
        let folder = try TemporaryFolder(purpose: "compile-allowed")
        defer { folder.remove() }
        let frontMatter = inFrontMatter ? "\nexecute:\n  allow-errors: true" : ""
        try folder.write(Self.notebook(frontMatter: frontMatter, secondCell: Self.broken), to: "c.md")
        let result = inFrontMatter ? try folder.daftar("render", "c.md", "-o", "out")
            : try folder.daftar("render", "--allow-errors", "c.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.normalizedStderr() == "rendered c.md → out/c.html (executed) in N ms\n1 of 1 notebook rendered in N ms\n")
        let body = mainContent(of: try folder.read("out/c.html"))
        let shift = inFrontMatter ? 2 : 0
        #expect(body.hasSuffix("""
            <div class="cell" id="broken">
            <pre><code class="language-swift"><span class="kw">let</span> b: <span class="ty">Int</span> <span class="op">=</span> <span class="st">&quot;text&quot;</span>
            <span class="kw">let</span> c <span class="op">=</span> f(<span class="st">&quot;s&quot;</span>)
            </code></pre>
            <div class="cell-output cell-output-error">
            <pre><code>error: cannot convert value of type 'String' to specified type 'Int' (line \(17 + shift):14)</code></pre>
            </div>
            <div class="cell-output cell-output-error">
            <pre><code>error: no exact matches in call to global function 'f' (line \(18 + shift):9)</code></pre>
            </div>
            </div>

            """), "\(body)")
        #expect(body.contains("""
            print(<span class="st">&quot;first&quot;</span>)
            </code></pre>
            <div class="cell-output cell-output-not-run">
            <p>Not run: the notebook's code did not compile.</p>
            </div>
            </div>
            <p>Inline: <code class="swift-expression">f(2)</code>.</p>
            """), "\(body)")
        #expect(!body.contains("cell-output-stdout"))
    }

    /// An error in an inline expression points at the expression's own column; one in a fence
    /// indented by three spaces at the column in the file. An inline expression is no cell, so
    /// its error fails the render even with `--allow-errors`.
    @Test func inlineAndIndentedErrorsPointAtTheFilesColumns() throws {
        let folder = try TemporaryFolder(purpose: "compile-columns")
        defer { folder.remove() }
        try folder.write("# I\n\n```swift\nlet a = 1\n```\n\nSum: `{swift} a + nope`, indented:\n\n   ```swift\n   let x: Int = \"s\"\n   ```\n",
                         to: "ci.md")
        let expected = """
            ci.md:7:19: error: cannot find 'nope' in scope
            Sum: `{swift} a + nope`, indented:
                              ^
            ci.md:10:17: error: cannot convert value of type 'String' to specified type 'Int'
               let x: Int = "s"
                            ^
            0 of 1 notebook rendered in N ms

            """
        let result = try folder.daftar("render", "ci.md", "-o", "out")
        #expect(result.status == 1)
        expectSameText(result.normalizedStderr(), expected, "standard error")
        let allowed = try folder.daftar("render", "--allow-errors", "ci.md", "-o", "out")
        #expect(allowed.status == 1)
        expectSameText(allowed.normalizedStderr(), expected, "standard error with --allow-errors")
        #expect(folder.files() == ["ci.md"])
    }
}
