import Testing
@testable import DaftarNotebook

@Suite struct MathDetectionTests {
    /// Markdown, and the TeX of the math found in it, with `D` marking display math.
    @Test(arguments: [
        ("$x$", ["x"]),
        ("a $x^2$ and $y_1$ b", ["x^2", "y_1"]),
        ("$$\\sum_i x_i$$", ["D\\sum_i x_i"]),
        ("\\\\(\\sigma(x)\\\\)", ["\\sigma(x)"]),
        ("\\\\[\\frac{1}{2}\\\\]", ["D\\frac{1}{2}"]),
        ("$ x$ and $x $", []),                        // pandoc: no space inside the dollars
        ("costs $20,000 and $30,000", []),            // closing `$` followed by a digit
        ("`$x$` in code", []),                        // never inside a code span
        ("``a `$x$` b``", []),                        // nor a longer one
        ("\\$x$ escaped", []),                        // `\$` is a literal dollar
        ("$a\\$b$", ["a\\$b"]),                       // an escaped dollar inside math does not close it
        ("<span title=\"$x$\">t</span>", []),         // nor inside raw HTML
        ("<https://example.com/$x$>", []),            // nor inside an autolink
        ("*$a*b$*", ["a*b"]),                         // emphasis does not reach inside math
        ("$a_1$ and $b_2$", ["a_1", "b_2"]),          // underscores are not emphasis
        ("[see $x$](https://a.b)", ["x"]),            // math inside link text
        ("\\\\(a \\\\) b", ["a "]),                   // verbatim, spaces kept
        ("$$ unclosed", []),
        ("- $$a\n  b$$", ["Da\nb"]),                  // list indentation is not part of the TeX
        ("> $$a\n> b$$", ["Da\nb"]),                  // nor are block quote markers
    ])
    func mathIsFoundWithPandocsRules(markdown: String, expected: [String]) {
        let (notebook, _) = parse(markdown)
        let found = mathSpans(in: notebook).map { ($0.isDisplay ? "D" : "") + $0.tex }
        #expect(found == expected, "in \(markdown.debugDescription)")
    }

    @Test func mathInFencedCodeIsCode() {
        let (notebook, _) = parse("```python\nprice = \"$x$\"\n```\n")
        #expect(mathSpans(in: notebook).isEmpty)
        #expect(notebook.cells == [.fencedCode(MarkdownCodeBlock(
            info: "python", code: "price = \"$x$\"\n", location: SourceLocation(file: "x.md", line: 1, column: 1)))])
    }

    @Test func mathKeepsItsLocationInArabicText() {
        // "الدالة " is 6 letters of 2 bytes and a space: the `\\(` starts at byte 14 of line 3.
        let (notebook, _) = parse("---\nlang: ar\n---\nالدالة \\\\(\\sigma\\\\) و $x$\n")
        let locations = mathSpans(in: notebook).map(\.location)
        #expect(locations == [SourceLocation(file: "x.md", line: 4, column: 14),
                              SourceLocation(file: "x.md", line: 4, column: 30)])
    }

    @Test func blocksAfterMultiLineMathKeepTheirLines() throws {
        let (notebook, _) = parse("$$a\nb\nc$$\n\n```swift\nlet x = 1\n```\n")
        guard case .code(let cell) = notebook.cells.last else {
            Issue.record("expected a code cell, got \(notebook.cells)")
            return
        }
        #expect(cell.location.line == 5)
        #expect(cell.codeLine == 6)
    }

    @Test func markdownAroundMathParsesAsWithoutIt() {
        let (notebook, _) = parse("**bold $x$** and _em_")
        guard case .prose(let blocks) = notebook.cells.first else {
            Issue.record("expected prose")
            return
        }
        let math = MathSpan(tex: "x", delimiter: .dollar, location: SourceLocation(file: "x.md", line: 1, column: 8))
        #expect(blocks == [.paragraph([.strong([.text("bold "), .math(math)]), .text(" and "), .emphasis([.text("em")])])])
    }

    @Test func unclosedBackslashMathIsAWarning() {
        let (notebook, diagnostics) = parse("text \\\\(x\n")
        #expect(mathSpans(in: notebook).isEmpty)
        #expect(diagnostics == [Diagnostic(.warning, "math is opened here but never closed; it is shown as text",
                                           at: SourceLocation(file: "x.md", line: 1, column: 6))])
    }

    /// σ is 2 bytes and ′ is 3, so the backtick after `σ′(0) = ` is at byte column 12 and the code,
    /// after `{swift} `, at 21.
    @Test func inlineExpressionsAreFoundWithTheirLocation() {
        let (notebook, _) = parse("σ′(0) = `{swift} Activation.sigmoid.derivative(0)` and `{swift}` and `code`")
        let found = expressions(in: notebook)
        #expect(found.map(\.code) == ["Activation.sigmoid.derivative(0)"])
        #expect(found.map(\.location) == [SourceLocation(file: "x.md", line: 1, column: 21)])
    }

    /// Spaces after `{swift}`, double backticks and a line break before the code: the location
    /// is still the code's first byte.
    @Test func inlineExpressionLocationsAreWhereTheCodeStarts() {
        let (notebook, _) = parse("a `{swift}   x` b ``{swift} y`` c `{swift}\n  z` d")
        let found = expressions(in: notebook)
        #expect(found.map(\.code) == ["x", "y", "z"])
        #expect(found.map(\.location) == [
            SourceLocation(file: "x.md", line: 1, column: 14),
            SourceLocation(file: "x.md", line: 1, column: 29),
            SourceLocation(file: "x.md", line: 2, column: 3),
        ])
    }
}
