import Foundation
import Testing

/// Cells and notebooks that run too long are killed — with everything they started — and the
/// render says which limit they broke; a run that ends leaves no process of its own behind.
@Suite struct TimeLimitTests {
    /// A cell that starts a child process (a shell waiting on `sleep`) and then loops forever.
    static let loopingCell = """
        import Foundation
        print("looping")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", "sleep 300; true"]
        try child.run()
        var n = 0
        while true { n &+= 1 }
        """

    /// Runs `daftar` with its temporary folder inside the test's folder, so that the processes it
    /// starts carry `TMPDIR=<that folder>` in their environment and can be found afterwards.
    static func render(_ arguments: [String], in folder: TemporaryFolder) throws -> (DaftarProcess.Result, String) {
        try folder.makeFolder("tmp")
        let tmp = folder.url("tmp").path
        return (try folder.daftar(arguments, environment: ["TMPDIR": tmp]), "TMPDIR=" + tmp)
    }

    @Test func aCellPastItsTimeoutIsKilledWithItsChildren() throws {
        let folder = try TemporaryFolder(purpose: "cell-timeout")
        defer { folder.remove() }
        try folder.write("""
            # Timeout

            ```swift
            print("first")
            ```

            ```swift
            //| timeout: 1
            \(Self.loopingCell)
            ```

            ```swift
            print("never")
            ```

            """, to: "t.md")
        let (result, environment) = try Self.render(["render", "t.md", "-o", "out"], in: folder)
        #expect(result.status == 1)
        expectSameText(result.normalizedStderr(), """
            t.md:7:1: error: the cell ran past its `timeout` of 1 s and was stopped
            ```swift
            ^
            0 of 1 notebook rendered in N ms

            """, "standard error")
        // The program, the shell and its `sleep` are gone, and so is the compiled program's folder.
        #expect(Processes.waitUntilNoneWithEnvironment(environment, seconds: 2) == [])
        #expect(folder.files(below: "tmp") == [])
        #expect(!folder.exists("out/t.html"))
    }

    @Test func aTimedOutCellIsShownWhenErrorsAreAllowed() throws {
        let folder = try TemporaryFolder(purpose: "cell-timeout-allowed")
        defer { folder.remove() }
        try folder.write("""
            # Timeout

            ```swift
            //| echo: false
            print("first")
            ```

            ```swift
            //| echo: false
            //| timeout: 1
            \(Self.loopingCell)
            ```

            ```swift
            //| echo: false
            print("never")
            ```

            """, to: "t.md")
        let (result, environment) = try Self.render(["render", "--allow-errors", "t.md", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Processes.waitUntilNoneWithEnvironment(environment, seconds: 2) == [])
        expectSameText(mainContent(of: try folder.read("out/t.html")), """
            <h1 id="timeout">Timeout</h1>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>first
            </code></pre>
            </div>
            </div>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>looping
            </code></pre>
            </div>
            <div class="cell-output cell-output-error">
            <pre><code>the cell ran past its `timeout` of 1 s and was stopped</code></pre>
            </div>
            </div>
            <div class="cell">
            <div class="cell-output cell-output-not-run">
            <p>Not run: an earlier cell failed.</p>
            </div>
            </div>

            """, "the report's body")
        let freeze = try folder.read("_freeze/t.json")
        #expect(freeze.contains("\"status\" : \"timed-out\""))
    }

    /// `execute: timeout` limits the whole run; the cell running at the time is the one stopped.
    @Test func aNotebookPastItsTimeLimitIsKilled() throws {
        let folder = try TemporaryFolder(purpose: "notebook-timeout")
        defer { folder.remove() }
        try folder.write("""
            ---
            execute:
              timeout: 2
            ---

            # Slow

            ```swift
            print("first")
            ```

            ```swift
            import Foundation
            print("sleeping")
            sleep(300)
            ```

            """, to: "t.md")
        let (result, environment) = try Self.render(["render", "t.md", "-o", "out"], in: folder)
        #expect(result.status == 1)
        expectSameText(result.normalizedStderr(), """
            t.md:12:1: error: the cell ran past the notebook's time limit of 2 s and was stopped
            ```swift
            ^
            0 of 1 notebook rendered in N ms

            """, "standard error")
        #expect(Processes.waitUntilNoneWithEnvironment(environment, seconds: 2) == [])
        #expect(folder.files(below: "tmp") == [])
    }

    /// A child process left running (in a process group of its own, as Foundation's `Process`
    /// makes it) holds the program's output open; the render must neither wait for it nor leave it.
    @Test func aChildLeftRunningEndsWithTheRun() throws {
        let folder = try TemporaryFolder(purpose: "leftover")
        defer { folder.remove() }
        try folder.write("""
            # Background

            ```swift
            //| echo: false
            import Foundation
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/bin/sh")
            child.arguments = ["-c", "sleep 300; true"]
            try child.run()
            print("started")
            ```

            ```swift
            //| echo: false
            print("next")
            ```

            """, to: "b.md")
        let (result, environment) = try Self.render(["render", "b.md", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Processes.waitUntilNoneWithEnvironment(environment, seconds: 2) == [])
        expectSameText(mainContent(of: try folder.read("out/b.html")), """
            <h1 id="background">Background</h1>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>started
            </code></pre>
            </div>
            </div>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>next
            </code></pre>
            </div>
            </div>

            """, "the report's body")
    }
}
