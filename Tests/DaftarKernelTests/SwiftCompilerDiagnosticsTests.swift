@testable import DaftarKernel
import DaftarNotebook
import Testing

/// Reading swiftc's `-diagnostic-style llvm` output (captured from swiftc 6.3) back as notebook
/// diagnostics: errors and warnings at the notebook's columns, notes attached to what they explain.
@Suite struct SwiftCompilerDiagnosticsTests {
    /// A cell whose code is lines 5 to 10, at column 1.
    static let notebookText = """
        # D

        ```swift
        //| label: a
        func f(_ a: Int) -> Int { a }
        func f(_ a: Double) -> Double { a }
        let x: Int? = 1
        print(x as Any?)
        let y = f("s")
        let z: Int = nope
        ```

        """

    static func location(_ line: Int, _ column: Int, file: String = "x.md") -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    @Test func errorsWithTheirNotes() {
        let output = """
            x.md:9:9: error: no exact matches in call to global function 'f'
            let y = f("s")
                    ^
            x.md:5:6: note: candidate expects value of type 'Int' for parameter #1 (got 'String')
            func f(_ a: Int) -> Int { a }
                 ^
            x.md:6:6: note: candidate expects value of type 'Double' for parameter #1 (got 'String')
            func f(_ a: Double) -> Double { a }
                 ^
            x.md:10:14: error: cannot find 'nope' in scope
            let z: Int = nope
                         ^~~~

            """
        #expect(SwiftCompiler.diagnostics(in: output, notebook: notebook(Self.notebookText)) == [
            Diagnostic(.error, "no exact matches in call to global function 'f'", at: Self.location(9, 9), notes: [
                .init("candidate expects value of type 'Int' for parameter #1 (got 'String')", at: Self.location(5, 6)),
                .init("candidate expects value of type 'Double' for parameter #1 (got 'String')", at: Self.location(6, 6)),
            ]),
            Diagnostic(.error, "cannot find 'nope' in scope", at: Self.location(10, 14)),
        ])
    }

    /// Warnings stay warnings, fix-it lines are skipped, and an error in the generated program's
    /// own lines keeps its file.
    @Test func warningsFixItsAndErrorsOutsideTheNotebook() {
        let output = """
            x.md:8:7: warning: expression implicitly coerced from 'Any?' to 'Any'
            print(x as Any?)
                  ^~~~~~~~~
            x.md:8:9: note: provide a default value to avoid this warning
            print(x as Any?)
                  ~~^~~~~~~
                            ?? <#default value#>
            x.md:8:9: note: force-unwrap the value to avoid this warning
            print(x as Any?)
                  ~~^~~~~~~
                           !
            /tmp/daftar-Ab12Cd/main.swift:7:14: error: cannot convert value of type 'String' to specified type 'Int'
            let q: Int = "a"
                         ^~~
            x.md:5:16: warning: initialization of variable 'never' was never used; consider replacing with assignment to '_' or removing it [#no-usage]
            func g() { var never = 2 }
                       ~~~~^~~~~
                       _

            """
        #expect(SwiftCompiler.diagnostics(in: output, notebook: notebook(Self.notebookText)) == [
            Diagnostic(.warning, "expression implicitly coerced from 'Any?' to 'Any'", at: Self.location(8, 7), notes: [
                .init("provide a default value to avoid this warning", at: Self.location(8, 9)),
                .init("force-unwrap the value to avoid this warning", at: Self.location(8, 9)),
            ]),
            Diagnostic(.error, "cannot convert value of type 'String' to specified type 'Int'",
                       at: Self.location(7, 14, file: "/tmp/daftar-Ab12Cd/main.swift")),
            Diagnostic(.warning,
                       "initialization of variable 'never' was never used; consider replacing with assignment to '_' or removing it [#no-usage]",
                       at: Self.location(5, 16)),
        ])
    }

    /// A note before any diagnostic has nothing to attach to; lines that are not diagnostics
    /// (the linker's, swiftc's summary) are ignored.
    @Test func strayNotesAndOtherLinesAreIgnored() {
        let output = """
            x.md:5:1: note: a stray note
            error: link command failed with exit code 1 (use -v to see invocation)
            <unknown>:0: error: unable to load standard library
            x.md:6:2: error: real

            """
        // Those without a place are left to `compile`, which reports swiftc's whole output when it
        // fails without a located error.
        #expect(SwiftCompiler.diagnostics(in: output, notebook: notebook(Self.notebookText)) == [
            Diagnostic(.error, "real", at: Self.location(6, 2)),
        ])
    }

    /// The program drops a cell's fence indentation; columns get it back.
    @Test func columnsInAnIndentedFenceAreShifted() {
        let notebook = notebook("# D\n\n  ```swift\n  let v: Int = \"s\"\n  ```\n")
        let output = "x.md:4:14: error: cannot convert value of type 'String' to specified type 'Int'\nlet v: Int = \"s\"\n             ^~~\n"
        #expect(SwiftCompiler.diagnostics(in: output, notebook: notebook) == [
            Diagnostic(.error, "cannot convert value of type 'String' to specified type 'Int'", at: Self.location(4, 16)),
        ])
    }

    /// The code swiftc echoes under a diagnostic is the notebook's own text, and is never read
    /// as a diagnostic, whatever it says.
    @Test func echoedSourceLinesAreNotDiagnostics() {
        let notebook = notebook("# D\n\n```swift\nfunc g() { var never = \"x.md:1:2: error: not really\" }\n```\n")
        let output = """
            x.md:4:16: warning: initialization of variable 'never' was never used; consider replacing with assignment to '_' or removing it [#no-usage]
            func g() { var never = "x.md:1:2: error: not really" }
                       ~~~~^~~~~
                       _

            """
        let diagnostics = SwiftCompiler.diagnostics(in: output, notebook: notebook)
        #expect(diagnostics.map(\.severity) == [Diagnostic.Severity.warning])
        #expect(diagnostics.first?.location == Self.location(4, 16))
    }

    /// File names may hold colons; the line and column are the last two fields before the severity.
    @Test func pathsWithColons() {
        let notebook = notebook("```swift\nlet v: Int = \"s\"\n```\n", path: "a:b/c:d.md")
        let output = "a:b/c:d.md:2:14: error: cannot convert\n"
        #expect(SwiftCompiler.diagnostics(in: output, notebook: notebook) == [
            Diagnostic(.error, "cannot convert", at: Self.location(2, 14, file: "a:b/c:d.md")),
        ])
    }

    /// swiftc keeps `#sourceLocation`'s string literal as written, escapes included: a notebook
    /// named `d "q" \ x.md` is reported as `d \"q\" \\ x.md`, which still means the notebook.
    @Test func pathsSwiftcReportsEscapedAreTheNotebooks() {
        let path = #"مجلد/d "q" \ x.md"#
        let notebook = notebook("# D\n\n  ```swift\n  let v: Int = \"s\"\n  ```\n", path: path)
        let output = #"مجلد/d \"q\" \\ x.md:4:14: error: cannot convert value of type 'String' to specified type 'Int'"# + "\n"
        #expect(SwiftCompiler.diagnostics(in: output, notebook: notebook) == [
            Diagnostic(.error, "cannot convert value of type 'String' to specified type 'Int'", at: Self.location(4, 16, file: path)),
        ])
    }
}
