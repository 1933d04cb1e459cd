import Testing
@testable import DaftarNotebook

/// Heading and fence attributes, equation labels, and the citation and cross-reference syntax as
/// the reader finds them.
@Suite struct ReferenceSyntaxTests {
    private func blocks(_ text: String) -> [MarkdownBlock] {
        parse(text).notebook.cells.flatMap { cell -> [MarkdownBlock] in
            if case .prose(let blocks) = cell { blocks } else { [] }
        }
    }

    private func inlines(_ text: String) -> [MarkdownInline] {
        guard case .paragraph(let content) = blocks(text).first else { return [] }
        return content
    }

    @Test func aHeadingsAttributesLeaveItsText() {
        guard case .heading(let heading) = blocks("# Intro *now* {#sec-intro .unnumbered .unlisted lang=ar}\n").first else {
            Issue.record("no heading"); return
        }
        #expect(heading.content == [.text("Intro "), .emphasis([.text("now")])])
        #expect(heading.attributes == Attributes(id: "sec-intro", classes: ["unnumbered", "unlisted"], keyValues: [.init("lang", "ar")]))
    }

    @Test(arguments: ["# Sets {x}\n", "# Code {x = }\n", "# A } b\n"])
    func bracesThatAreNotAttributesStay(_ text: String) {
        guard case .heading(let heading) = blocks(text).first else { Issue.record("no heading"); return }
        #expect(heading.attributes.isEmpty)
        #expect(heading.content.plainText == String(text.dropFirst(2).dropLast()))
    }

    @Test func aSetextHeadingTakesAttributesToo() {
        guard case .heading(let heading) = blocks("Results {#sec-results}\n=======\n").first else { Issue.record("no heading"); return }
        #expect(heading.content == [.text("Results")])
        #expect(heading.attributes.id == "sec-results")
    }

    @Test func displayMathTakesItsEquationLabel() {
        let content = inlines("$$\na = b\n$$ {#eq-first}\n")
        guard case .math(let math) = content.first else { Issue.record("no math"); return }
        #expect(math.label == "eq-first")
        #expect(math.tex == "\na = b\n")
        #expect(content.count == 1)
    }

    @Test func fenceAttributesNameTheLanguageAndSwiftCellsStayCells() {
        let notebook = parse("```{.python #lst-x .numberLines startFrom=3}\nprint(1)\n```\n\n```{swift}\n//| label: fig-a\nlet x = 1\n```\n").notebook
        guard case .fencedCode(let fence) = notebook.cells[0], case .code(let cell) = notebook.cells[1] else {
            Issue.record("cells: \(notebook.cells)"); return
        }
        #expect(fence.infoAttributes == Attributes(id: "lst-x", classes: ["python", "numberLines"], keyValues: [.init("startFrom", "3")]))
        #expect(fence.languageName == "python")
        #expect(cell.options.label == "fig-a")
        #expect(MarkdownCodeBlock(info: "python {#lst-y}", code: "", location: fence.location).infoAttributes?.classes == ["python"])
        #expect(MarkdownCodeBlock(info: "{python}", code: "", location: fence.location).infoAttributes == nil)
        #expect(MarkdownCodeBlock(info: "{python}", code: "", location: fence.location).languageName == "python")
        #expect(MarkdownCodeBlock(info: "{r, echo=FALSE}", code: "", location: fence.location).languageName == "r")
    }

    @Test func bracketedCitationsHavePrefixesSuffixesAndSuppressedAuthors() {
        let content = inlines("As shown [see @glorot2010, p. 3; -@he2015] and @kingma2015.\n")
        let location = { (column: Int) in SourceLocation(file: "x.md", line: 1, column: column) }
        #expect(content == [
            .text("As shown "),
            .citation(Citation(items: [
                Citation.Item(key: "glorot2010", prefix: "see", suffix: ", p. 3", location: location(15)),
                Citation.Item(key: "he2015", suppressesAuthor: true, location: location(35)),
            ], isParenthetical: true, source: "[see @glorot2010, p. 3; -@he2015]")),
            .text(" and "),
            .citation(Citation(items: [Citation.Item(key: "kingma2015", location: location(48))], isParenthetical: false, source: "@kingma2015")),
            .text("."),
        ])
    }

    /// (`[@key](url)` and `![@key]` are a link and an image whose text holds an in-text citation, as in pandoc.)
    @Test(arguments: ["write to a@b.c", "[@key]: /url", "`@key`", "\\@key", "<a@b.example>", "[not one]", "@ alone", "[x @]"])
    func whatIsNotACitation(_ text: String) {
        let found = blocks(text + "\n").flatMap(\.inlinesDeep).contains { if case .citation = $0 { true } else { false } }
            || blocks("[" + text + "](u) ![" + text + "]\n").flatMap(\.inlinesDeep).contains {
                if case .citation(let citation) = $0 { citation.isParenthetical } else { false }
            }
        #expect(!found)
    }

    @Test func bracketedCrossReferencesGroupAndDropTheirPrefix() {
        let content = inlines("[-@fig-a] and [@fig-a; @fig-b]\n")
        guard case .crossReference(let single) = content.first, case .crossReference(let group) = content.last else {
            Issue.record("\(content)"); return
        }
        #expect(single.label == "fig-a" && single.suppressesPrefix && single.group.isEmpty)
        #expect(group.label == "fig-a" && !group.suppressesPrefix)
        #expect(group.group.map(\.label) == ["fig-b"])
        #expect(group.group[0].location == SourceLocation(file: "x.md", line: 1, column: 24))
    }

    @Test func keysAreLettersOfAnyScriptAndEndBeforeTrailingPunctuation() {
        let content = inlines("“@doe99.” @مرجع_1، [@a:b/c; @x—y]\n")
        let keys = content.compactMap { if case .citation(let c) = $0 { c.items.map(\.key) } else { nil } }
        #expect(keys == [["doe99"], ["مرجع_1"], ["a:b/c", "x"]])
    }

    @Test(arguments: ["[@", "[@]", "[-@", "@", "[;@a;]", "[@a;", "@a.", "[@a]{", "[@a; -@]", "[see @", "[@a\n\n@b]", "@\u{0301}x",
                      "[@fig-a; @b]", "[-@tbl-]", "# @a {#sec-x}", "$$x$$ {#eq-", "$$x$$ {#eq-a .b}", "$$x \\tag{$$ {#eq-a}", "[@a]\n[@a]: /u"])
    func oddInputNeverCrashes(_ text: String) {
        var diagnostics: [Diagnostic] = []
        _ = parse(text).notebook.resolved(with: nil, diagnostics: &diagnostics)
    }

    /// Many `@` and brackets in one paragraph are read in time linear in its length: at these
    /// sizes a quadratic reading would take minutes (the test run's own time catches it), a linear
    /// one a fraction of a second. What is asserted is that every citation and formula is found.
    @Test(arguments: [(String(repeating: "@", count: 200_000), 0, 0), (String(repeating: "@ ", count: 100_000), 0, 0),
                      (String(repeating: "[@a ", count: 50_000), 50_000, 0), (String(repeating: "@a; ", count: 50_000), 50_000, 0),
                      ("[" + String(repeating: "x @", count: 60_000), 59_999, 0), (String(repeating: "$a$ ", count: 50_000), 0, 50_000)])
    func largeInputIsReadWhole(_ text: String, citations: Int, formulas: Int) {
        let content = inlines(text + "\n")
        let citationItems = content.reduce(0) { count, inline in if case .citation(let c) = inline { count + c.items.count } else { count } }
        let mathSpans = content.reduce(0) { count, inline in if case .math = inline { count + 1 } else { count } }
        #expect(citationItems == citations)
        #expect(mathSpans == formulas)
    }
}
