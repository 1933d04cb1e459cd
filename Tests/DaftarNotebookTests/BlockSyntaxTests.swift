import Testing
@testable import DaftarNotebook

/// The block syntax CommonMark does not know, read into the model: tables, divs and callouts,
/// definition lists, task lists, raw blocks, and display math before block structure.
@Suite struct BlockSyntaxTests {
    private func blocks(_ markdown: String) -> (blocks: [MarkdownBlock], diagnostics: [Diagnostic]) {
        let (notebook, diagnostics) = parse(markdown)
        let blocks = notebook.cells.flatMap { cell -> [MarkdownBlock] in
            if case .prose(let blocks) = cell { blocks } else { [] }
        }
        return (blocks, diagnostics)
    }

    private func at(_ line: Int, _ column: Int) -> DaftarNotebook.SourceLocation { DaftarNotebook.SourceLocation(file: "x.md", line: line, column: column) }

    @Test func aPipeTableHasAlignmentsCellsAndItsPlace() throws {
        let (found, diagnostics) = blocks("Intro\n\n| a | *b* | c\\|d |\n|:--|:-:|--:|\n| 1 | 2 |\n")
        #expect(diagnostics.isEmpty)
        #expect(found.count == 2)
        guard case .table(let table) = found.last else { Issue.record("no table: \(found)"); return }
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.location == at(3, 1))
        #expect(table.header?.map(\.blocks) == [[.paragraph([.text("a")])], [.paragraph([.emphasis([.text("b")])])],
                                                [.paragraph([.text("c|d")])]])
        // A missing cell is empty.
        #expect(table.rows.map { $0.map(\.blocks) } == [[[.paragraph([.text("1")])], [.paragraph([.text("2")])], []]])
    }

    @Test func cellsHoldMathAndExpressionsWithTheirPlaceAndIdentity() {
        let (notebook, diagnostics) = parse("| x | v |\n|---|---|\n| $\\sigma$ | `{swift} 1 + 1` |\n")
        #expect(diagnostics.isEmpty)
        #expect(expressions(in: notebook).map(\.code) == ["1 + 1"])
        #expect(notebook.inlineExpressions.map(\.location) == [at(3, 23)])
        #expect(notebook.inlineExpressions.first?.id.rawValue.hasPrefix("expr-") == true)
        guard case .prose(let prose) = notebook.cells.first, case .table(let table) = prose.first,
              case .paragraph(let content) = table.rows.first?.first?.blocks.first, case .math(let math) = content.first else {
            Issue.record("no math in the first cell: \(notebook.cells)")
            return
        }
        #expect(math.tex == "\\sigma")
        #expect(math.location == at(3, 3))
    }

    @Test func aCaptionAfterTheTableGivesItsTextAndLabel() {
        let (found, _) = blocks("| a |\n|---|\n| 1 |\n\n: Results of *runs* {#tbl-runs .wide}\n\nAfter.\n")
        guard case .table(let table) = found.first else { Issue.record("no table: \(found)"); return }
        #expect(table.caption == [.text("Results of "), .emphasis([.text("runs")])])
        #expect(table.attributes == Attributes(id: "tbl-runs", classes: ["wide"]))
        #expect(table.label == "tbl-runs")
        #expect(found.last == .paragraph([.text("After.")]))
    }

    /// pandoc's caption before a table (then a blank line) wins over one after it, and is not a
    /// definition of the paragraph before it.
    @Test func aCaptionBeforeTheTableIsItsCaption() {
        let (found, _) = blocks("Text.\n\n: First {#tbl-a}\n\n| a |\n|---|\n\nTable: Second\n\n| b |\n|---|\n")
        let captions = found.compactMap { if case .table(let table) = $0 { table.caption } else { nil } }
        #expect(found.first == .paragraph([.text("Text.")]))
        #expect(captions == [[.text("First")], [.text("Second")]])
        if case .table(let table) = found[1] { #expect(table.location == at(5, 1)) }
    }

    @Test func aDelimiterRowThatDoesNotMatchTheHeaderIsTextWithAWarning() {
        let (found, diagnostics) = blocks("| a | b |\n| --- |\n| 1 |\n")
        #expect(diagnostics == [Diagnostic(.warning, "this table's header has 2 cells but its delimiter row has 1; the lines are shown as text", at: at(2, 1))])
        #expect(found.count == 1)
        if case .paragraph = found.first {} else { Issue.record("expected text: \(found)") }
    }

    /// Syntax shown in an indented code block is code, not a table or a div.
    @Test func indentedCodeIsLeftToCmark() {
        let (found, diagnostics) = blocks("Text\n\n    | a |\n    |---|\n    ::: note\n\n- item\n\n    | b |\n    |---|\n")
        #expect(diagnostics.isEmpty)
        #expect(found.first == .paragraph([.text("Text")]))
        guard case .codeBlock(let code) = found[1] else { Issue.record("\(found)"); return }
        #expect(code.code == "| a |\n|---|\n::: note\n")
        guard case .list(let list) = found.last, case .table = list.items.first?.last else { Issue.record("a table in the item: \(found)"); return }
    }

    /// An indented fence line that continues a paragraph is the paragraph's text, not a marker.
    @Test func aFenceThatContinuesAParagraphStaysText() {
        let (found, _) = blocks("text\n    ::: note\n")
        #expect(found == [.paragraph([.text("text"), .softBreak, .text("::: note")])])
    }

    @Test func aCaptionOfAttributesOnlyIsNoCaption() {
        let (found, _) = blocks("| a |\n|---|\n\n: {tbl-colwidths=\"[50, 50]\"}\n")
        guard case .table(let table) = found.first, found.count == 1 else { Issue.record("\(found)"); return }
        #expect(table.caption == nil)
        #expect(table.attributes["tbl-colwidths"] == "[50, 50]")
    }

    @Test func aTableInterruptsAParagraphAndEndsAtAnotherBlock() {
        let (found, _) = blocks("Text\n| a |\n| - |\n| 1 |\n> quote\n")
        #expect(found.count == 3)
        #expect(found.first == .paragraph([.text("Text")]))
        if case .blockQuote = found.last {} else { Issue.record("expected a quote after the table: \(found)") }
    }

    @Test func aGridTableHasAHeaderAndBlocksInCells() {
        let (found, diagnostics) = blocks("+-----+:----+\n| h   | k   |\n+=====+=====+\n| a   | - x |\n|     | - y |\n+-----+-----+\n")
        #expect(diagnostics.isEmpty)
        guard case .table(let table) = found.first else { Issue.record("no table: \(found)"); return }
        #expect(table.alignments == [.none, .left])
        #expect(table.header?.map(\.blocks) == [[.paragraph([.text("h")])], [.paragraph([.text("k")])]])
        #expect(table.rows.count == 1)
        guard case .list(let list) = table.rows.first?.last?.blocks.first else { Issue.record("no list in the cell"); return }
        #expect(list.items == [[.paragraph([.text("x")])], [.paragraph([.text("y")])]])
    }

    @Test func aMalformedGridTableIsTextWithAWarning() {
        let (found, diagnostics) = blocks("+---+---+\n| a | b |\n+---+\n")
        #expect(diagnostics == [Diagnostic(.warning, "this grid table's borders do not line up (cells spanning columns are not supported); it is shown as text", at: at(3, 1))])
        if case .paragraph = found.first {} else { Issue.record("expected text: \(found)") }
    }

    /// Quarto's article-layout page: a row whose text pushes its last `|` past the border's last
    /// `+` is still a row, as in pandoc.
    @Test func aGridTableRowMayEndPastTheLastBorder() {
        let (found, diagnostics) = blocks("+---+---+\n| a | bcd |\n| e | f |\n+---+---+\n")
        #expect(diagnostics.isEmpty)
        guard case .table(let table) = found.first else { Issue.record("no table: \(found)"); return }
        #expect(table.rows.map { $0.map(\.blocks) } == [[[.paragraph([.text("a"), .softBreak, .text("e")])],
                                                          [.paragraph([.text("bcd"), .softBreak, .text("f")])]]])
    }

    /// Every border of a table shown as text used to start the table again and repeat the warning.
    @Test func aMisalignedGridTableIsReportedOnce() {
        let (found, diagnostics) = blocks("+---+---+\n| h | k |\n+===+===+\n| a b | c |\n+---+---+\n| d | e |\n+---+---+\n")
        #expect(diagnostics == [Diagnostic(.warning, "this grid table's row does not line up with its columns (cells spanning columns are not supported); it is shown as text", at: at(4, 1))])
        if case .paragraph = found.first {} else { Issue.record("expected text: \(found)") }
    }

    @Test func divsNestWithTheirAttributes() {
        let (found, diagnostics) = blocks(":::: {#outer .a key=\"a value\"}\nText\n\n::: inner\nIn\n:::\n::::\nAfter\n")
        #expect(diagnostics.isEmpty)
        #expect(found == [
            .div(MarkdownDiv(
                attributes: Attributes(id: "outer", classes: ["a"], keyValues: [.init("key", "a value")]),
                blocks: [.paragraph([.text("Text")]),
                         .div(MarkdownDiv(attributes: Attributes(classes: ["inner"]), blocks: [.paragraph([.text("In")])], location: at(4, 1)))],
                location: at(1, 1))),
            .paragraph([.text("After")]),
        ])
    }

    @Test func aCalloutTakesItsTitleFromAHeadingOrAnAttribute() {
        let (found, _) = blocks("::: {.callout-tip collapse=\"true\"}\n## Use *GELU*\nBody\n:::\n\n::: {.callout-warning title=\"*Careful*\"}\n# Kept\n:::\n")
        guard case .div(let tip) = found.first, case .div(let warning) = found.last else { Issue.record("no divs: \(found)"); return }
        #expect(tip.callout == Callout(kind: .tip, title: [.text("Use "), .emphasis([.text("GELU")])], collapse: true))
        #expect(tip.blocks == [.paragraph([.text("Body")])])
        #expect(warning.callout == Callout(kind: .warning, title: [.emphasis([.text("Careful")])]))
        if case .heading = warning.blocks.first {} else { Issue.record("the heading should stay: \(warning.blocks)") }
    }

    @Test func anUnclosedDivRunsToTheEndWithAWarning() {
        let (found, diagnostics) = blocks("Before\n\n::: {.callout-note}\nText\n")
        #expect(diagnostics == [Diagnostic(.warning, "this div is never closed (a line of `:::` ends it); it runs to the end of its container", at: at(3, 1))])
        if case .div(let div) = found.last { #expect(div.blocks == [.paragraph([.text("Text")])]) } else { Issue.record("no div: \(found)") }
    }

    @Test func aStrayFenceAndBadAttributesAreText() {
        let (found, diagnostics) = blocks("a\n\n:::\n\n::: {.x y}\n")
        #expect(diagnostics == [
            Diagnostic(.warning, "this `:::` closes no div; it is shown as text", at: at(3, 1)),
            Diagnostic(.warning, "these div attributes cannot be read (expected `{#id .class key=value}`); the line is shown as text", at: at(5, 1)),
        ])
        #expect(found == [.paragraph([.text("a")]), .paragraph([.text(":::")]), .paragraph([.text("::: {.x y}")])])
    }

    /// Jupyter Book's pages are MyST: `:::{note}` … `:::` is one warning, not a second one for
    /// its closing line, and that line does not close the div around it.
    @Test func aMySTDirectiveIsTextWithOneWarning() {
        let (found, diagnostics) = blocks("::: outer\n:::{note} Title\nText\n:::\nIn\n:::\n")
        #expect(diagnostics == [
            Diagnostic(.warning, "these div attributes cannot be read (expected `{#id .class key=value}`); the line is shown as text", at: at(2, 1)),
        ])
        #expect(found == [.div(MarkdownDiv(attributes: Attributes(classes: ["outer"]),
                                           blocks: [.paragraph([.text(":::{note} Title"), .softBreak, .text("Text"), .softBreak, .text(":::"), .softBreak, .text("In")])],
                                           location: at(1, 1)))])
    }

    @Test func definitionListsAreTightUnlessABlankLineComesFirst() {
        let (found, diagnostics) = blocks("Term\n:   One\n:   Two\n\nOther *term*\n\n:   Para\n\n    More\n\n- a list\n")
        #expect(diagnostics.isEmpty)
        #expect(found == [
            .definitionList(MarkdownDefinitionList(items: [
                .init(term: [.text("Term")], definitions: [[.paragraph([.text("One")])], [.paragraph([.text("Two")])]], isTight: true),
                .init(term: [.text("Other "), .emphasis([.text("term")])],
                      definitions: [[.paragraph([.text("Para")]), .paragraph([.text("More")])]], isTight: false),
            ])),
            .list(MarkdownList(isOrdered: false, start: 0, isTight: true, items: [[.paragraph([.text("a list")])]], location: at(11, 1))),
        ])
    }

    @Test func taskItemsHaveCheckboxes() {
        let (found, _) = blocks("- [ ] open\n- [x] done\n- plain\n- [y] not a task\n")
        guard case .list(let list) = found.first else { Issue.record("no list: \(found)"); return }
        #expect(list.tasks == [false, true, nil, nil])
        #expect(list.items.first == [.paragraph([.text(" open")])])
    }

    @Test func rawBlocksKeepTheirFormatAndText() {
        let (found, _) = blocks("```{=html}\n<b>x</b>\n```\n")
        #expect(found == [.rawBlock(format: "html", text: "<b>x</b>\n")])
    }

    @Test(arguments: [
        ("$$\nx\n- y\n$$\n", "\nx\n- y\n"),            // Quarto's Black–Scholes example: a list marker inside math
        ("$$\na\n=\n$$\n", "\na\n=\n"),                // a setext underline
        ("$$\n# n\n+ 1\n1. k\n$$\n", "\n# n\n+ 1\n1. k\n"),
        ("> $$\n> a\n> > 0\n> $$\n", "\na\n> 0\n"),     // inside a quote, a `>` of the formula is not a marker
    ])
    func displayMathIsFoundBeforeBlockStructure(markdown: String, tex: String) {
        let (notebook, diagnostics) = parse(markdown)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(mathSpans(in: notebook).map(\.tex) == [tex])
    }

    @Test func mentioningDollarsInCodeDoesNotWarn() {
        let (_, diagnostics) = parse("Write `$$` around display math, or\n\n```\n$$\n```\n\nand `$$x` too.\n")
        #expect(diagnostics.isEmpty)
    }

    /// Quarto's own documentation says "between the opening and closing $$ delimiters": a `$$`
    /// between spaces is prose; one that opens a line or touches text is unclosed math.
    @Test func onlyDollarsMeantAsMathWarnWhenUnclosed() {
        #expect(parse("no blank lines between the opening and closing $$ delimiters.\n").diagnostics.isEmpty)
        let warning = "math is opened here but never closed; it is shown as text"
        #expect(parse("a $$x + y\n").diagnostics == [Diagnostic(.warning, warning, at: at(1, 3))])
        #expect(parse("text\n$$ x\n\nmore\n").diagnostics == [Diagnostic(.warning, warning, at: at(2, 1))])
    }

    /// pandoc reads a fence or a div fence after list markers; so does the scanner, so that a
    /// fence that opens in a list item is not taken for one that closes.
    @Test func fencesAfterListMarkersAreSeen() {
        let (found, diagnostics) = blocks("::: {.outer}\n- - ```\n    x\n    ```\n  - ::: inner\n    y\n    :::\n:::\n")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        guard case .div(let outer) = found.first, found.count == 1, case .list(let list) = outer.blocks.first else {
            Issue.record("\(found)")
            return
        }
        guard case .list(let inner) = list.items.first?.first, case .div(let div) = inner.items.last?.first else {
            Issue.record("\(list)")
            return
        }
        #expect(div.attributes.classes == ["inner"])
        #expect(div.location == at(5, 5))
    }

    @Test func attributesParseAsPandocReadsThem() {
        #expect(Attributes.parse(braced: "{#id .a .b k=v q=\"x y\"}") ==
            Attributes(id: "id", classes: ["a", "b"], keyValues: [.init("k", "v"), .init("q", "x y")]))
        #expect(Attributes.parse(braced: "{not attributes}") == nil)
        #expect(Attributes.parse(braced: "{}") == Attributes())
    }
}

extension BlockSyntaxTests {
    /// A cell is parsed on its own, but with the document's link reference definitions.
    @Test func cellsUseTheDocumentsLinkReferences() {
        let (notebook, _) = parse("[r]: /u \"T\"\n\n| a |\n|---|\n| [r] |\n")
        guard case .prose(let blocks) = notebook.cells.first, case .table(let table) = blocks.first else {
            Issue.record("no table: \(notebook.cells)")
            return
        }
        #expect(table.rows.first?.first?.blocks == [.paragraph([.link(destination: "/u", title: "T", content: [.text("r")])])])
    }

    /// cmark reports this setext heading as ending on the next line: the reference it would
    /// otherwise find twice (and crash on) is found once.
    @Test func aSetextHeadingBeforeAReferenceFindsItOnce() {
        let (notebook, _) = parse("x\n=\n@tbl-a\n")
        guard case .prose(let blocks) = notebook.cells.first, blocks.count == 2 else { Issue.record("\(notebook.cells)"); return }
        #expect(blocks[1].inlinesDeep.count == 1)
    }
}
