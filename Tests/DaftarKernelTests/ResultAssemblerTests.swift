@testable import DaftarKernel
import DaftarNotebook
import Testing

/// Reading a crash: Swift's message, the notebook frame of its backtrace, and standard error
/// without the backtrace.
@Suite struct ResultAssemblerTests {
    /// Standard error of a cell that indexed past an array's end, as Swift 6.3 prints it.
    static func crash(at path: String, line: Int = 11, column: Int = 8) -> String {
        """
        printed first
        Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

        *** Signal 4: Backtracing from 0x7f4e3c96df7f... done ***

        *** Program crashed: Illegal instruction at 0x00007f4e3c96df7f ***

        Platform: x86_64 Linux (Debian GNU/Linux 12 (bookworm))

        Thread 0 "notebook" crashed:

          0      0x00007f4e3c96df7f closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
          1 [ra] 0x00007f4e3caf961f _assertionFailure(_:_:file:line:flags:) + 302 in libswiftCore.so
          2 [ra] 0x00007f4e3d092f65 specialized Array.subscript.getter + 84 in libswiftSwiftOnoneSupport.so
          3 [ra] 0x00005609904f702b main + 106 in notebook at \(path):\(line):\(column)
        ...

        Backtrace took 0.01s

        """
    }

    @Test(arguments: [
        ("x.md", "x.md"), ("Notebooks/x.md", "/home/ci/project/Notebooks/x.md"),
        ("مجلد ع/دفتر x.md", "مجلد ع/دفتر x.md"),
        ("what we look at.md", "what we look at.md"), ("a:b.md", "a:b.md"),
        (#"d/a "q" \b.md"#, #"d/a \"q\" \\b.md"#),
    ])
    func theNotebookFrameGivesLineAndColumn(notebookPath: String, reported: String) {
        #expect(ResultAssembler.crashLocation(in: Self.crash(at: reported), notebookPath: notebookPath)
            == SourceLocation(file: notebookPath, line: 11, column: 8))
    }

    @Test func framesInOtherFilesAreNotTheNotebooks() {
        #expect(ResultAssembler.crashLocation(in: Self.crash(at: "other.md"), notebookPath: "x.md") == nil)
        #expect(ResultAssembler.crashLocation(in: Self.crash(at: "ax.md"), notebookPath: "x.md") == nil)
        #expect(ResultAssembler.crashLocation(in: "no backtrace at all\n", notebookPath: "x.md") == nil)
    }

    @Test func fatalErrorMessagesLeaveOutTheStandardLibrarysPlace() {
        #expect(ResultAssembler.fatalErrorMessage(in: Self.crash(at: "x.md")) == "Fatal error: Index out of range")
        #expect(ResultAssembler.fatalErrorMessage(in: "DaftarNotebookProgram/x.md:10: Fatal error: boom\n") == "Fatal error: boom")
        #expect(ResultAssembler.fatalErrorMessage(in: "just text\n") == nil)
    }

    @Test func standardErrorStopsBeforeTheCrashReport() {
        #expect(ResultAssembler.withoutCrashReport(Self.crash(at: "x.md"))
            == "printed first\nSwift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n")
        #expect(ResultAssembler.withoutCrashReport("plain\n") == "plain\n")
    }
}

/// Each cell's result from what a run produced: outputs in order, the failing cell's error at its
/// notebook line, later cells not run, `eval: false` cells skipped.
@Suite struct ResultAssemblyTests {
    static let token = "T0k"

    static let notebookText = """
        # R

        ```swift
        print("one")
        ```

        Value: `{swift} 1 + 1`.

          ```swift
          let xs = [1]
          print(xs[3])
          ```

        ```swift
        //| eval: false
        skipped()
        ```

        ```swift
        print("never")
        ```

        """

    static func report(termination: ProgramRunner.Termination, stdout: String, stderr: String, records: [RunRecord]) -> ProgramRunner.Report {
        var out = StreamDemultiplexer(marker: token)
        out.consumeAll(Array(stdout.utf8), chunkSize: 7)
        var err = StreamDemultiplexer(marker: token)
        err.consumeAll(Array(stderr.utf8), chunkSize: 7)
        return ProgramRunner.Report(termination: termination, stdout: out, stderr: err, records: records)
    }

    static func marker(_ body: String) -> String { "\u{1E}\(token):\(body)\u{1E}" }

    @Test func aCrashKeepsEarlierOutputsAndStopsLaterCells() {
        let notebook = notebook(Self.notebookText)
        let program = KernelProgram(notebook: notebook, parameters: [])
        let report = Self.report(
            termination: .signalled(4),
            stdout: Self.marker("1") + "one\n" + Self.marker("d") + Self.marker("3"),
            stderr: Self.marker("1") + Self.marker("3") + ResultAssemblerTests.crash(at: "x.md", line: 11, column: 9),
            records: [.cellStart(cell: 1), .display(cell: 1, representations: [(type: "text/plain", content: "shown")]),
                      .cellEnd(cell: 1, seconds: 0.0123), .inline(expression: 0, text: "2"), .cellStart(cell: 3)])
        let results = ResultAssembler(notebook: notebook, program: program, report: report).results()
        #expect(results == NotebookResults(cells: [
            CellResult(cell: 1, status: .ok, outputs: [
                .stream(.stdout, text: "one\n", hiddenLines: 0),
                .display([MIMERepresentation(type: "text/plain", content: "shown")]),
            ], seconds: 0.012),
            CellResult(cell: 3, status: .failed, outputs: [
                .stream(.stderr, text: "printed first\nSwift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n", hiddenLines: 0),
                // Column 9 of the program's line is column 11 of the notebook's: the fence is indented by two.
                .error(message: "Fatal error: Index out of range", line: 11, column: 11),
            ]),
            CellResult(cell: 4, status: .skipped),
            CellResult(cell: 5, status: .notRun),
        ], inlineValues: ["2"]))
        #expect(ResultAssembler.failureDiagnostics(results, notebook: notebook) == [
            Diagnostic(.error, "Fatal error: Index out of range", at: SourceLocation(file: "x.md", line: 11, column: 11)),
        ])
    }

    @Test func aTimeOutNamesTheLimit() {
        let notebook = notebook(Self.notebookText)
        let program = KernelProgram(notebook: notebook, parameters: [])
        let report = Self.report(
            termination: .timedOut(cell: 3, seconds: 1.5, perCell: true),
            stdout: Self.marker("1") + Self.marker("3") + "looping\n", stderr: "",
            records: [.cellStart(cell: 1), .cellEnd(cell: 1, seconds: 0), .inline(expression: 0, text: "2"), .cellStart(cell: 3)])
        let results = ResultAssembler(notebook: notebook, program: program, report: report).results()
        #expect(results.cells.map(\.status) == [.ok, .timedOut, .skipped, .notRun])
        #expect(results.cells[1].outputs == [
            .stream(.stdout, text: "looping\n", hiddenLines: 0),
            .error(message: "the cell ran past its `timeout` of 1.5 s and was stopped", line: nil, column: nil),
        ])
        // Without a line, the error points at the cell's fence.
        #expect(ResultAssembler.failureDiagnostics(results, notebook: notebook) == [
            Diagnostic(.error, "the cell ran past its `timeout` of 1.5 s and was stopped", at: SourceLocation(file: "x.md", line: 9, column: 1)),
        ])
    }

    @Test func anExitInACellIsAFailureOfThatCell() {
        let notebook = notebook(Self.notebookText)
        let program = KernelProgram(notebook: notebook, parameters: [])
        let report = Self.report(termination: .exited(3), stdout: Self.marker("1"), stderr: "",
                                 records: [.cellStart(cell: 1)])
        let results = ResultAssembler(notebook: notebook, program: program, report: report).results()
        #expect(results == NotebookResults(cells: [
            CellResult(cell: 1, status: .failed, outputs: [
                .error(message: "the program exited with status 3 in this cell; later cells did not run", line: nil, column: nil),
            ]),
            CellResult(cell: 3, status: .notRun),
            CellResult(cell: 4, status: .skipped),
            CellResult(cell: 5, status: .notRun),
        ], inlineValues: [nil]))
    }

    /// A crash in an inline expression, between two cells that ran and did not: no cell failed,
    /// yet the notebook did, at the expression.
    @Test func aFailureInAnInlineExpressionIsAnErrorAtTheExpression() {
        let notebook = notebook(Self.notebookText)
        let program = KernelProgram(notebook: notebook, parameters: [])
        let crashed = Self.report(
            termination: .signalled(4), stdout: Self.marker("1") + "one\n",
            stderr: Self.marker("1") + "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n",
            records: [.cellStart(cell: 1), .cellEnd(cell: 1, seconds: 0)])
        let assembler = ResultAssembler(notebook: notebook, program: program, report: crashed)
        let results = assembler.results()
        #expect(results.cells.map(\.status) == [.ok, .notRun, .skipped, .notRun])
        #expect(!results.hasFailure)
        #expect(assembler.failureOutsideCells(results)
            == Diagnostic(.error, "Fatal error: Index out of range", at: SourceLocation(file: "x.md", line: 7, column: 17)))

        let timedOut = Self.report(termination: .timedOut(cell: nil, seconds: 2, perCell: false), stdout: "", stderr: "",
                                   records: [.cellStart(cell: 1), .cellEnd(cell: 1, seconds: 0)])
        let stopped = ResultAssembler(notebook: notebook, program: program, report: timedOut)
        #expect(stopped.failureOutsideCells(stopped.results()) == Diagnostic(
            .error, "the program ran past the notebook's time limit of 2 s in an inline expression and was stopped",
            at: SourceLocation(file: "x.md", line: 7, column: 17)))
    }

    /// A program that ran to its end, or whose failure a cell shows, has no failure outside cells.
    @Test func noFailureOutsideCellsWhenTheProgramFinishedOrACellFailed() {
        let notebook = notebook(Self.notebookText)
        let program = KernelProgram(notebook: notebook, parameters: [])
        let finished = Self.report(termination: .exited(0), stdout: "", stderr: "", records: [
            .cellStart(cell: 1), .cellEnd(cell: 1, seconds: 0), .inline(expression: 0, text: "2"),
            .cellStart(cell: 3), .cellEnd(cell: 3, seconds: 0), .cellStart(cell: 5), .cellEnd(cell: 5, seconds: 0), .done,
        ])
        let done = ResultAssembler(notebook: notebook, program: program, report: finished)
        #expect(done.failureOutsideCells(done.results()) == nil)
        let failedInACell = Self.report(termination: .exited(3), stdout: "", stderr: "", records: [.cellStart(cell: 1)])
        let failed = ResultAssembler(notebook: notebook, program: program, report: failedInACell)
        #expect(failed.failureOutsideCells(failed.results()) == nil)
    }

    /// Compile errors shown in their cells, as frozen by a run with errors allowed, read back as
    /// the compiler's diagnostics when errors are not allowed.
    @Test func frozenCompileErrorsReadBackAsDiagnostics() {
        let notebook = notebook(Self.notebookText)
        let error = Diagnostic(.error, "cannot find 'xs' in scope", at: SourceLocation(file: "x.md", line: 11, column: 9))
        let results = ResultAssembler.compileFailure(notebook, diagnostics: [error])
        #expect(results.cells.map(\.status) == [.notCompiled, .failed, .skipped, .notCompiled])
        #expect(results.cells[1].outputs == [.error(message: "error: cannot find 'xs' in scope", line: 11, column: 9)])
        #expect(Kernel.failureDiagnostics(results, notebook: notebook) == [error])
    }
}
