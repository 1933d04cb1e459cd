@testable import DaftarKernel
import DaftarKernelProtocol
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

    /// The identities of the notebook's code cells, named by their index among all cells (1, 3, 4, 5),
    /// and of its inline expression.
    static let ids = notebook(notebookText).codeCells.map(\.id.rawValue)
    static let c1 = ids[0], c3 = ids[1], c4 = ids[2], c5 = ids[3]
    static let e0 = notebook(notebookText).inlineExpressions[0].id

    static func report(termination: ProgramRunner.Termination, stdout: String, stderr: String, records: [KernelRecord]) -> ProgramRunner.Report {
        var out = StreamDemultiplexer(marker: token)
        out.consumeAll(Array(stdout.utf8), chunkSize: 7)
        var err = StreamDemultiplexer(marker: token)
        err.consumeAll(Array(stderr.utf8), chunkSize: 7)
        return ProgramRunner.Report(termination: termination, stdout: out, stderr: err, records: records.map(ReceivedRecord.record))
    }

    static func marker(_ body: String) -> String { "\u{1E}\(token):\(body)\u{1E}" }

    @Test func aCrashKeepsEarlierOutputsAndStopsLaterCells() {
        let notebook = notebook(Self.notebookText)
        let report = Self.report(
            termination: .signalled(4),
            stdout: Self.marker("cell:" + Self.c1) + "one\n" + Self.marker("display") + Self.marker("cell:" + Self.c3),
            stderr: Self.marker("cell:" + Self.c1) + Self.marker("cell:" + Self.c3) + ResultAssemblerTests.crash(at: "x.md", line: 11, column: 9),
            records: [.cellStart(cell: Self.c1), .display(cell: Self.c1, bundle: .plainText("shown")),
                      .cellEnd(cell: Self.c1, seconds: 0.0123), .inline(expression: Self.e0.rawValue, text: "2"), .cellStart(cell: Self.c3)])
        let results = ResultAssembler(notebook: notebook, report: report).results()
        #expect(results == NotebookResults(cells: [
            CellResult(id: NodeID(Self.c1), status: .ok, outputs: [
                .stream(.stdout, text: "one\n", hiddenLines: 0),
                .display(.plainText("shown")),
            ], seconds: 0.012),
            CellResult(id: NodeID(Self.c3), status: .failed, outputs: [
                .stream(.stderr, text: "printed first\nSwift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n", hiddenLines: 0),
                // Column 9 of the program's line is column 11 of the notebook's: the fence is indented by two.
                .error(message: "Fatal error: Index out of range", line: 11, column: 11),
            ]),
            CellResult(id: NodeID(Self.c4), status: .skipped),
            CellResult(id: NodeID(Self.c5), status: .notRun),
        ], inlineValues: [Self.e0: "2"]))
        #expect(ResultAssembler.failureDiagnostics(results, notebook: notebook) == [
            Diagnostic(.error, "Fatal error: Index out of range", at: SourceLocation(file: "x.md", line: 11, column: 11)),
        ])
    }

    @Test func aTimeOutNamesTheLimit() {
        let notebook = notebook(Self.notebookText)
        let report = Self.report(
            termination: .timedOut(cell: Self.c3, seconds: 1.5, perCell: true),
            stdout: Self.marker("cell:" + Self.c1) + Self.marker("cell:" + Self.c3) + "looping\n", stderr: "",
            records: [.cellStart(cell: Self.c1), .cellEnd(cell: Self.c1, seconds: 0), .inline(expression: Self.e0.rawValue, text: "2"), .cellStart(cell: Self.c3)])
        let results = ResultAssembler(notebook: notebook, report: report).results()
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
        let report = Self.report(termination: .exited(3), stdout: Self.marker("cell:" + Self.c1), stderr: "",
                                 records: [.cellStart(cell: Self.c1)])
        let results = ResultAssembler(notebook: notebook, report: report).results()
        #expect(results == NotebookResults(cells: [
            CellResult(id: NodeID(Self.c1), status: .failed, outputs: [
                .error(message: "the program exited with status 3 in this cell; later cells did not run", line: nil, column: nil),
            ]),
            CellResult(id: NodeID(Self.c3), status: .notRun),
            CellResult(id: NodeID(Self.c4), status: .skipped),
            CellResult(id: NodeID(Self.c5), status: .notRun),
        ], inlineValues: [:]))
    }

    /// A crash in an inline expression, between two cells that ran and did not: no cell failed,
    /// yet the notebook did, at the expression.
    @Test func aFailureInAnInlineExpressionIsAnErrorAtTheExpression() {
        let notebook = notebook(Self.notebookText)
        let crashed = Self.report(
            termination: .signalled(4), stdout: Self.marker("cell:" + Self.c1) + "one\n",
            stderr: Self.marker("cell:" + Self.c1) + "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n",
            records: [.cellStart(cell: Self.c1), .cellEnd(cell: Self.c1, seconds: 0)])
        let assembler = ResultAssembler(notebook: notebook, report: crashed)
        let results = assembler.results()
        #expect(results.cells.map(\.status) == [.ok, .notRun, .skipped, .notRun])
        #expect(!results.hasFailure)
        #expect(assembler.failureOutsideCells(results)
            == Diagnostic(.error, "Fatal error: Index out of range", at: SourceLocation(file: "x.md", line: 7, column: 17)))

        let timedOut = Self.report(termination: .timedOut(cell: nil, seconds: 2, perCell: false), stdout: "", stderr: "",
                                   records: [.cellStart(cell: Self.c1), .cellEnd(cell: Self.c1, seconds: 0)])
        let stopped = ResultAssembler(notebook: notebook, report: timedOut)
        #expect(stopped.failureOutsideCells(stopped.results()) == Diagnostic(
            .error, "the program ran past the notebook's time limit of 2 s in an inline expression and was stopped",
            at: SourceLocation(file: "x.md", line: 7, column: 17)))
    }

    /// A program that ran to its end, or whose failure a cell shows, has no failure outside cells.
    @Test func noFailureOutsideCellsWhenTheProgramFinishedOrACellFailed() {
        let notebook = notebook(Self.notebookText)
        let finished = Self.report(termination: .exited(0), stdout: "", stderr: "", records: [
            .cellStart(cell: Self.c1), .cellEnd(cell: Self.c1, seconds: 0), .inline(expression: Self.e0.rawValue, text: "2"),
            .cellStart(cell: Self.c3), .cellEnd(cell: Self.c3, seconds: 0), .cellStart(cell: Self.c5), .cellEnd(cell: Self.c5, seconds: 0), .done,
        ])
        let done = ResultAssembler(notebook: notebook, report: finished)
        #expect(done.failureOutsideCells(done.results()) == nil)
        let failedInACell = Self.report(termination: .exited(3), stdout: "", stderr: "", records: [.cellStart(cell: Self.c1)])
        let failed = ResultAssembler(notebook: notebook, report: failedInACell)
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
