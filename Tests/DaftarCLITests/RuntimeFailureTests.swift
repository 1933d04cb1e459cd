import Foundation
import Testing

/// A cell that traps, calls `fatalError`, exits or is killed: the failure at the notebook's line,
/// earlier cells' outputs kept, later cells not run.
@Suite struct RuntimeFailureTests {
    struct Failure: Sendable, CustomStringConvertible {
        var code: String
        var message: String
        /// Where the diagnostic points, and the notebook line shown under it.
        var line: Int, column: Int, sourceLine: String
        /// Whether the report gives the place (a crash report names it; an exit or a kill does not).
        var located: Bool
        /// What the cell wrote to standard error, as the report shows it, if anything.
        var stderr: String?
        var description: String { code }
    }

    static let failures = [
        Failure(code: "print(xs[5])", message: "Fatal error: Index out of range", line: 15, column: 9,
                sourceLine: "print(xs[5])", located: true,
                stderr: "Swift/ContiguousArrayBuffer.swift:N: Fatal error: Index out of range\n"),
        Failure(code: "fatalError(\"boom\")", message: "Fatal error: boom", line: 15, column: 1,
                sourceLine: "fatalError(\"boom\")", located: true, stderr: "DaftarNotebookProgram/r.md:15: Fatal error: boom\n"),
        Failure(code: "exit(3)", message: "the program exited with status 3 in this cell; later cells did not run",
                line: 9, column: 1, sourceLine: "```swift", located: false, stderr: nil),
        Failure(code: "kill(getpid(), SIGTERM)", message: "the program was killed by signal 15 (SIGTERM)",
                line: 9, column: 1, sourceLine: "```swift", located: false, stderr: nil),
    ]

    /// `option` is the failing cell's second option line: `error: true` or a neutral one.
    static func notebook(failing code: String, option: String = "output: true") -> String {
        """
        # Runtime

        ```swift
        //| echo: false
        print("first")
        display(html: "<b>kept</b>")
        ```

        ```swift
        //| echo: false
        //| \(option)
        import Foundation
        let xs = [1, 2, 3]
        print("before")
        \(code)
        print("unreachable")
        ```

        ```swift
        //| echo: false
        print("never")
        ```

        """
    }

    /// The Swift runtime's own file and line in its messages vary with the toolchain.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: #"Swift/(\w+)\.swift:\d+:"#, with: "Swift/$1.swift:N:", options: .regularExpression)
    }

    static func expectedBody(_ failure: Failure) -> String {
        let stderr = failure.stderr.map { """
            <div class="cell-output cell-output-stderr">
            <pre><code>\($0)</code></pre>
            </div>

            """ } ?? ""
        let place = failure.located ? " (line \(failure.line):\(failure.column))" : ""
        return """
            <h1 id="runtime">Runtime</h1>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>first
            </code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <b>kept</b>
            </div>
            </div>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>before
            </code></pre>
            </div>
            \(stderr)<div class="cell-output cell-output-error">
            <pre><code>\(failure.message)\(place)</code></pre>
            </div>
            </div>
            <div class="cell">
            <div class="cell-output cell-output-not-run">
            <p>Not run: an earlier cell failed.</p>
            </div>
            </div>

            """
    }

    @Test(arguments: failures)
    func aFailingCellFailsTheRenderAtItsLine(failure: Failure) throws {
        let folder = try TemporaryFolder(purpose: "runtime")
        defer { folder.remove() }
        try folder.write(Self.notebook(failing: failure.code), to: "r.md")
        let result = try folder.daftar("render", "r.md", "-o", "out")
        #expect(result.status == 1)
        let caret = String(repeating: " ", count: failure.column - 1) + "^"
        expectSameText(result.normalizedStderr(), """
            r.md:\(failure.line):\(failure.column): error: \(failure.message)
            \(failure.sourceLine)
            \(caret)
            0 of 1 notebook rendered in N ms

            """, "standard error")
        #expect(folder.files() == ["r.md"], "a failed notebook writes no report and no freeze")
    }

    /// With `--allow-errors`, or `error: true` on the failing cell, the report shows it all and
    /// the render succeeds.
    @Test(arguments: failures, [false, true])
    func anAllowedFailureIsShownInItsCell(failure: Failure, markedInTheCell: Bool) throws {
        let folder = try TemporaryFolder(purpose: "runtime-allowed")
        defer { folder.remove() }
        try folder.write(Self.notebook(failing: failure.code, option: markedInTheCell ? "error: true" : "output: true"), to: "r.md")
        let result = markedInTheCell ? try folder.daftar("render", "r.md", "-o", "out")
            : try folder.daftar("render", "--allow-errors", "r.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.normalizedStderr() == "rendered r.md → out/r.html (executed) in N ms\n1 of 1 notebook rendered in N ms\n")
        expectSameText(Self.normalized(mainContent(of: try folder.read("out/r.html"))), Self.expectedBody(failure), "the report's body")

        // Thawed from the freeze, the failure is allowed by `error: true`, but not by a flag that
        // is no longer given: a strict render and CI's check fail as running would.
        let again = try folder.daftar("render", "r.md", "-o", "out")
        let check = try folder.daftar("render", "--check", "r.md", "-o", "out")
        if markedInTheCell {
            #expect(again.status == 0 && again.stderr.contains("(from freeze)"), "\(again.stderr)")
            #expect(check.status == 0, "\(check.stderr)")
        } else {
            #expect(again.status == 1)
            #expect(again.normalizedStderr().hasPrefix("r.md:\(failure.line):\(failure.column): error: \(failure.message)\n"), "\(again.stderr)")
            #expect(check.status == 1)
        }
    }

    /// A crash in an inline expression, between cells, fails the notebook at the expression —
    /// even with `--allow-errors`, since no cell can show it.
    @Test func aCrashInAnInlineExpressionFailsTheRender() throws {
        let folder = try TemporaryFolder(purpose: "runtime-inline")
        defer { folder.remove() }
        try folder.write("# Inline\n\n```swift\nlet xs = [1]\nprint(\"one\")\n```\n\nCrash: `{swift} xs[3]`.\n\n```swift\nprint(\"two\")\n```\n",
                         to: "i.md")
        for arguments in [["render", "i.md", "-o", "out"], ["render", "--allow-errors", "i.md", "-o", "out"]] {
            let result = try DaftarProcess.run(arguments, in: folder.url)
            #expect(result.status == 1)
            expectSameText(result.normalizedStderr(), """
                i.md:8:19: error: Fatal error: Index out of range
                Crash: `{swift} xs[3]`.
                                  ^
                0 of 1 notebook rendered in N ms

                """, "standard error of \(arguments)")
        }
        #expect(folder.files() == ["i.md"])
    }

    /// A crash in a fence indented by two spaces points at the failing expression's column in the file.
    @Test func aCrashInAnIndentedFencePointsAtTheFilesColumn() throws {
        let folder = try TemporaryFolder(purpose: "runtime-indented")
        defer { folder.remove() }
        try folder.write("# Indented\n\n  ```swift\n  let v = [1]\n  print(v[3])\n  ```\n", to: "n.md")
        let result = try folder.daftar("render", "n.md", "-o", "out")
        #expect(result.status == 1)
        expectSameText(result.normalizedStderr(), """
            n.md:5:10: error: Fatal error: Index out of range
              print(v[3])
                     ^
            0 of 1 notebook rendered in N ms

            """, "standard error")
    }
}
