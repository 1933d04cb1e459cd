import Foundation
import Testing

/// A runaway cell — too much memory, processor time, output, displays or processes; a cell that
/// closes its pipes or ignores SIGTERM; an interrupted render — ends its own notebook's run with a
/// message naming the limit, and leaves no process or temporary file behind.
@Suite struct ExecutionLimitTests {
    /// A notebook whose front matter sets `limits`, with `cell` as its only code cell (line 9).
    static func notebook(limits: String, cell: String, timeout: Int = 60) -> String {
        """
        ---
        execute:
          timeout: \(timeout)
          limits: {\(limits)}
        ---

        # Limits

        ```swift
        \(cell)
        ```

        """
    }

    /// Renders `l.md` holding `text`; returns the result and standard error with times normalised,
    /// after checking that nothing the run started is left.
    static func render(_ text: String, in folder: TemporaryFolder) throws -> (DaftarProcess.Result, String) {
        try folder.write(text, to: "l.md")
        let (result, environment) = try TimeLimitTests.render(["render", "l.md", "-o", "out"], in: folder)
        #expect(Processes.waitUntilNoneWithEnvironment(environment, seconds: 2) == [])
        #expect(folder.files(below: "tmp") == [])
        return (result, result.normalizedStderr())
    }

    /// Standard error holds `message` at the notebook's one cell and nothing else of note.
    static func expectOnlyError(_ message: String, in stderr: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectSameText(stderr, """
            l.md:9:1: error: \(message)
            ```swift
            ^
            0 of 1 notebook rendered in N ms

            """, "standard error", sourceLocation: sourceLocation)
    }

    @Test func anAllocationBeyondTheMemoryLimitFailsTheCellNamingTheLimit() throws {
        let folder = try TemporaryFolder(purpose: "memory-limit")
        defer { folder.remove() }
        let (result, stderr) = try Self.render(Self.notebook(limits: "memory: 1 GiB", cell: """
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 50_000_000_000)
            bytes[0] = 1
            print(bytes[0])
            """), in: folder)
        #expect(result.status == 1)
        #expect(stderr.contains(
            "error: Fatal error: failed to allocate 50000000000 bytes of memory with alignment 0 "
                + "(the notebook's memory limit is 1 GiB; raise it with `execute: {limits: {memory: …}}`)"), "\(stderr)")
    }

    @Test func aCellPastTheProcessorTimeLimitIsStopped() throws {
        let folder = try TemporaryFolder(purpose: "cpu-limit")
        defer { folder.remove() }
        let (result, stderr) = try Self.render(Self.notebook(limits: "cpu-time: 1", cell: """
            var n = 0
            while true { n &+= 1 }
            """), in: folder)
        #expect(result.status == 1)
        Self.expectOnlyError("the cell used more processor time than allowed (the notebook's processor time limit is 1 s; raise it with `execute: {limits: {cpu-time: …}}`) and was stopped", in: stderr)
    }

    @Test func aCellFloodingPastTheOutputLimitIsStopped() throws {
        let folder = try TemporaryFolder(purpose: "output-limit")
        defer { folder.remove() }
        let (result, stderr) = try Self.render(Self.notebook(limits: "output: 1 MiB", cell: """
            let line = String(repeating: "y", count: 100)
            while true { print(line) }
            """), in: folder)
        #expect(result.status == 1)
        Self.expectOnlyError("the cell wrote more output than allowed (the notebook's output limit is 1 MiB; raise it with `execute: {limits: {output: …}}`) and was stopped", in: stderr)
    }

    @Test func aCellSendingTooManyDisplaysIsStopped() throws {
        let folder = try TemporaryFolder(purpose: "display-limit")
        defer { folder.remove() }
        let (result, stderr) = try Self.render(Self.notebook(limits: "displays: 5", cell: """
            while true { display(html: "<p>again</p>") }
            """), in: folder)
        #expect(result.status == 1)
        Self.expectOnlyError("the cell sent more displays than allowed (the notebook's displays limit is 5; raise it with `execute: {limits: {displays: …}}`) and was stopped", in: stderr)
    }

    /// A process loop: each child waits, so that they add up until the limit stops the program.
    @Test func aCellStartingTooManyProcessesIsStoppedWithThemAll() throws {
        let folder = try TemporaryFolder(purpose: "process-limit")
        defer { folder.remove() }
        let (result, stderr) = try Self.render(Self.notebook(limits: "processes: 4", cell: """
            import Foundation
            var children: [Process] = []
            while true {
                let child = Process()
                child.executableURL = URL(fileURLWithPath: "/bin/sleep")
                child.arguments = ["300"]
                try child.run()
                children.append(child)
            }
            """), in: folder)
        #expect(result.status == 1)
        Self.expectOnlyError("the cell ran more processes at once than allowed (the notebook's processes limit is 4; raise it with `execute: {limits: {processes: …}}`) and was stopped", in: stderr)
    }

    /// The kernel stops a cell with SIGKILL, which a cell cannot ignore.
    @Test func aCellIgnoringSIGTERMIsStoppedAtItsTimeout() throws {
        let folder = try TemporaryFolder(purpose: "sigterm-ignored")
        defer { folder.remove() }
        let (result, stderr) = try Self.render(Self.notebook(limits: "", cell: """
            import Glibc
            signal(SIGTERM, SIG_IGN)
            var n = 0
            while true { n &+= 1 }
            """, timeout: 1), in: folder)
        #expect(result.status == 1)
        #expect(stderr.hasPrefix("l.md:9:1: error: the cell ran past the notebook's time limit of 1 s and was stopped"), "\(stderr)")
    }

    /// Infinite recursion overflows the stack: the cell fails with the signal, the render goes on.
    @Test func infiniteRecursionFailsItsCell() throws {
        let folder = try TemporaryFolder(purpose: "recursion")
        defer { folder.remove() }
        let (result, stderr) = try Self.render(Self.notebook(limits: "", cell: """
            func deeper(_ n: Int) -> Int { n < 0 ? 0 : deeper(n + 1) + 1 }
            print(deeper(0))
            """), in: folder)
        #expect(result.status == 1)
        #expect(stderr.contains("error: the program was killed by signal 11 (SIGSEGV)"), "\(stderr)")
    }

    /// The first render with a compiler not asked before (an empty version cache) leaves nothing
    /// in the temporary folder: the Swift driver leaves a `TemporaryDirectory.*` even for `--version`.
    @Test func askingTheCompilersVersionLeavesNoTemporary() throws {
        let folder = try TemporaryFolder(purpose: "version-probe")
        defer { folder.remove() }
        try folder.makeFolder("tmp")
        try folder.makeFolder("cache")
        try folder.write(Self.notebook(limits: "", cell: "print(1)"), to: "l.md")
        let result = try folder.daftar(["render", "l.md", "-o", "out"],
                                       environment: ["TMPDIR": folder.url("tmp").path, "XDG_CACHE_HOME": folder.url("cache").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(below: "cache").contains("daftar/compiler-versions"), "the version was asked, not taken from a cache")
        #expect(folder.files(below: "tmp") == [])
    }

    /// A cell that closes its standard output and error loses what it prints later, nothing else:
    /// the markers that split the streams by cell are missing, and the next cell's display still arrives.
    @Test func aCellClosingItsOutputPipesDoesNotStopTheNotebook() throws {
        let folder = try TemporaryFolder(purpose: "closed-pipes")
        defer { folder.remove() }
        try folder.write("""
            # Closed

            ```swift
            //| echo: false
            import Glibc
            print("before", terminator: "\\n")
            fflush(stdout)
            close(1)
            close(2)
            print("lost")
            ```

            ```swift
            //| echo: false
            display(html: "<p>still here</p>")
            ```

            """, to: "c.md")
        let (result, environment) = try TimeLimitTests.render(["render", "c.md", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Processes.waitUntilNoneWithEnvironment(environment, seconds: 2) == [])
        let report = try folder.read("out/c.html")
        #expect(report.contains("<p>still here</p>"))
        #expect(report.contains("before"))
        #expect(!report.contains("lost"))
    }

    /// In a `--jobs 2` batch, the notebook that breaks a limit fails alone.
    @Test func aLimitEndsOnlyItsOwnNotebookInABatch() throws {
        let folder = try TemporaryFolder(purpose: "limit-batch")
        defer { folder.remove() }
        try folder.makeFolder("notebooks")
        try folder.write(Self.notebook(limits: "output: 64 KiB", cell: "while true { print(\"flood\") }"), to: "notebooks/a.md")
        try folder.write("# Fine\n\n```swift\nprint(\"fine\")\n```\n", to: "notebooks/b.md")
        let (result, environment) = try TimeLimitTests.render(["render", "notebooks", "--jobs", "2", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("notebooks/a.md:9:1: error: the cell wrote more output than allowed"), "\(result.stderr)")
        #expect(Processes.waitUntilNoneWithEnvironment(environment, seconds: 2) == [])
        #expect(folder.exists("out/b.html"))
        #expect(!folder.exists("out/a.html"))
    }

    /// Ctrl-C while a cell runs: the program (in a process group of its own, which a terminal's
    /// Ctrl-C does not reach) and what it started are killed, temporary files are deleted, the
    /// previous reports stay, and daftar exits with 130, as a shell reports a command Ctrl-C ended.
    @Test func anInterruptedRenderLeavesNothingRunningAndNothingHalfWritten() throws {
        let folder = try TemporaryFolder(purpose: "interrupt")
        defer { folder.remove() }
        try folder.write("# Old\n", to: "i.md")
        let first = try folder.daftar("render", "i.md", "-o", "out")
        #expect(first.status == 0, "\(first.stderr)")
        let previous = folder.snapshot(below: "out")
        try folder.write("""
            # Interrupted

            ```swift
            import Foundation
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/bin/sleep")
            child.arguments = ["300"]
            try child.run()
            FileManager.default.createFile(atPath: "started", contents: nil)
            var n = 0
            while true { n &+= 1 }
            ```

            """, to: "i.md")
        try folder.makeFolder("tmp")
        let environment = "TMPDIR=" + folder.url("tmp").path
        var interrupted = false
        let result = try folder.daftar(["render", "i.md", "-o", "out"], environment: ["TMPDIR": folder.url("tmp").path]) { id in
            if !interrupted, folder.exists("started") {
                kill(id, SIGINT)
                interrupted = true
            }
        }
        #expect(interrupted)
        #expect(!result.signalled && result.status == 130, "status \(result.status), \(result.stderr)")
        #expect(Processes.waitUntilNoneWithEnvironment(environment, seconds: 2) == [])
        #expect(folder.files(below: "tmp") == [])
        #expect(folder.snapshot(below: "out") == previous)
    }
}
