import Testing
@testable import DaftarNotebook

/// Quarto's option names on Swift cells, and Quarto's cells of other languages.
@Suite struct QuartoCellTests {
    private func cell(_ options: String) -> (CellOptions, [Diagnostic]) {
        let (notebook, diagnostics) = parse("```swift\n\(options)\nlet x = 1\n```\n")
        guard case .code(let cell)? = notebook.cells.first else { return (CellOptions(), diagnostics) }
        return (cell.options, diagnostics)
    }

    @Test func quartosNamesAreSynonymsAndQuartosOwnOptionsAreRead() throws {
        let (options, diagnostics) = cell("""
            //| label: fig-a
            //| fig-cap: Curves
            //| fig-alt: Three curves rising
            //| code-fold: show
            //| code-summary: Show the code
            //| warning: false
            """)
        #expect(diagnostics.isEmpty)
        #expect(options.caption == "Curves")
        #expect(options.alt == "Three curves rising")
        #expect(options.echo == .foldedOpen)
        #expect(options.codeSummary == "Show the code")
        #expect(!options.warning)
        #expect(cell("//| tbl-cap: Numbers").0.caption == "Numbers")
        #expect(cell("//| code-fold: true").0.echo == .folded)
        #expect(cell("//| code-fold: false").0.echo == .shown)
        #expect(cell("//| echo: false\n//| code-fold: true").0.echo == .hidden)
        #expect(cell("//| echo: true\n//| code-fold: true").0.echo == .folded)
    }

    @Test func includeFalseHidesCodeAndOutputButRuns() {
        let (options, diagnostics) = cell("//| include: false")
        #expect(diagnostics.isEmpty)
        #expect(!options.include && options.eval)
        #expect(options.echo == .hidden && options.output == .hidden)
    }

    @Test func twoSpellingsOfOneOptionAreAWarningAndTheFirstIsUsed() {
        let (options, diagnostics) = cell("//| caption: A\n//| fig-cap: B")
        #expect(options.caption == "A")
        #expect(diagnostics == [Diagnostic(
            .warning, "cell option `fig-cap` repeats `caption`, another spelling of it; it is ignored",
            at: SourceLocation(file: "x.md", line: 3, column: 5),
            notes: [Diagnostic.Note("`caption` is set here", at: SourceLocation(file: "x.md", line: 2, column: 5))])])
        let (folding, warnings) = cell("//| echo: fold\n//| code-fold: false")
        #expect(folding.echo == .folded)
        #expect(warnings.map(\.message) == ["cell option `code-fold` repeats `echo`, another spelling of it; it is ignored"])
        // `echo: false` with `code-fold` is no repetition: one says whether, the other how.
        #expect(cell("//| echo: false\n//| code-fold: true").1.isEmpty)
    }

    @Test(arguments: [
        ("//| code-fold: maybe", "cell option `code-fold` must be `true`, `false` or `show`"),
        ("//| include: 1", "cell option `include` must be `true` or `false`"),
        ("//| warning: no way", "cell option `warning` must be `true` or `false`"),
        ("//| fig-alt: [a]", "cell option `fig-alt` must be text"),
    ])
    func illTypedQuartoOptionsAreErrors(line: String, message: String) {
        #expect(cell(line).1.map(\.message) == [message])
    }

    @Test func theListOfKnownOptionsNamesQuartosToo() {
        let (_, diagnostics) = cell("//| colour: red")
        #expect(diagnostics.first?.notes.map(\.message) == [
            "known options: `label`, `caption`, `echo`, `eval`, `output`, `error`, `timeout`, `depends`, `fig-cap`, `fig-alt`, "
                + "`tbl-cap`, `code-fold`, `code-summary`, `include`, `warning`, `id`",
        ])
    }

    private func shownCode(_ markdown: String) -> String? {
        guard case .fencedCode(let block)? = parse(markdown).notebook.cells.first else { return nil }
        return block.code
    }

    @Test(arguments: [
        ("```{python}\n#| label: fig-x\n#| echo: false\nimport numpy\n#| not an option\n```\n", "import numpy\n#| not an option\n"),
        ("```{r, echo=FALSE}\n# | fig-cap: A\nplot(x)\n```\n", "plot(x)\n"),
        ("```{ojs}\n//| echo: false\nviewof x = 1\n```\n", "viewof x = 1\n"),
        ("```{c}\n/*| label: c-code */\nint x;\n```\n", "int x;\n"),
        ("```{mermaid}\n%%| fig-width: 6\nflowchart LR\n```\n", "flowchart LR\n"),
        ("```{julia}\n#|echo: false\n1 + 1\n```\n", "1 + 1\n"),
        // Not Quarto cells: a plain fence and attributes keep every line.
        ("```python\n#| label: x\nprint(1)\n```\n", "#| label: x\nprint(1)\n"),
        ("```{.python}\n#| label: x\n```\n", "#| label: x\n"),
    ])
    func optionLinesAreTakenOffQuartoCellsOfOtherLanguages(markdown: String, code: String) {
        #expect(shownCode(markdown) == code)
    }
}
