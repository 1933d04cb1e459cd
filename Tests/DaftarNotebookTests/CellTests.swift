import Testing
@testable import DaftarNotebook

@Suite struct CellTests {
    @Test func cellsAlternateWithProseAndKeepTheirOptions() throws {
        let (notebook, diagnostics) = parse("""
        # Title

        ```swift
        //| label: fig-curves
        //| caption: "Activations: σ and tanh"
        //| echo: fold
        //| depends: [data.csv, more.csv]
        let x = 1
        print(x)
        ```

        Between.

        ```{swift}
        //| eval: false
        //| output: asis
        //| timeout: 2.5
        ```

        ```text
        shown only
        ```
        """)
        #expect(diagnostics.isEmpty)
        #expect(notebook.cells.count == 5)
        guard case .code(let first) = notebook.cells[1], case .code(let second) = notebook.cells[3],
              case .fencedCode(let listing) = notebook.cells[4] else {
            Issue.record("unexpected cells \(notebook.cells)")
            return
        }
        #expect(first.code == "let x = 1\nprint(x)\n")
        #expect(first.location == SourceLocation(file: "x.md", line: 3, column: 1))
        #expect(first.codeLine == 8)
        #expect(first.options.label == "fig-curves")
        #expect(first.options.caption == "Activations: σ and tanh")
        #expect(first.options.echo == .folded)
        #expect(first.options.depends == ["data.csv", "more.csv"])
        #expect(second.options.eval == false)
        #expect(second.options.output == .asIs)
        #expect(second.options.timeout == 2.5)
        #expect(second.code == "")
        #expect(listing.language == "text")
    }

    @Test func unknownOptionIsAWarningAtItsKey() throws {
        let (notebook, diagnostics) = parse("Text\n\n```swift\n//| colour: red\nlet x = 1\n```\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "unknown cell option `colour`; it is ignored")
        #expect(diagnostic.location == SourceLocation(file: "x.md", line: 4, column: 5))
        guard case .code(let cell) = notebook.cells.last else { return }
        #expect(cell.code == "let x = 1\n")
    }

    @Test(arguments: [
        ("//| echo: maybe", "cell option `echo` must be `true`, `false` or `fold`", 11),
        ("//|eval: 3", "cell option `eval` must be `true` or `false`", 10),
        ("//| timeout: soon", "cell option `timeout` must be a positive number of seconds", 14),
        ("//| depends: {a: b}", "cell option `depends` must be a file name or a list of file names", 14),
    ])
    func illTypedOptionIsAnErrorAtItsValue(line: String, message: String, column: Int) throws {
        let (_, diagnostics) = parse("```swift\n\(line)\n```\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == message)
        #expect(diagnostic.location == SourceLocation(file: "x.md", line: 2, column: column))
    }

    @Test func invalidOptionYAMLIsAnErrorOnItsLine() throws {
        let (_, diagnostics) = parse("```swift\n//| label: a\n//| echo: [\nlet x = 1\n```\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message.hasPrefix("invalid YAML in cell options: "))
        #expect(diagnostic.location?.line == 3)
    }

    @Test func nestedSwiftFencesAreNotCells() {
        let (notebook, _) = parse("- item\n\n  ```swift\n  let x = 1\n  ```\n")
        #expect(notebook.cells.count == 1)
        guard case .prose = notebook.cells[0] else {
            Issue.record("a fence inside a list is prose")
            return
        }
    }
}
