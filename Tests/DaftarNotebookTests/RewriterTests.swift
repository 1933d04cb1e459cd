@testable import DaftarNotebook
import Testing

/// The walker and rewriter reach every node a writer could show, in document order.
@Suite struct RewriterTests {
    static let text = """
        # Head `{swift} 1`

        > quoted *`{swift} 2`*

        - item [link `{swift} 3`](u) ![image `{swift} 4`](data:image/png;base64,AA==)

        ```swift
        //| label: fig-a
        print(1)
        ```

        See @fig-a.

        """

    struct ExpressionCollector: NotebookWalker {
        var codes: [String] = []
        mutating func visit(inline: MarkdownInline) {
            if case .expression(let expression) = inline { codes.append(expression.code) }
        }
    }

    struct Shouting: NotebookRewriter {
        mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
            guard case .text(let text) = inline else { return [rewritingChildren(of: inline)] }
            return [.text(text.uppercased())]
        }
    }

    @Test func theWalkerSeesExpressionsEverywhereInOrder() {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: Self.text), diagnostics: &diagnostics)
        var collector = ExpressionCollector()
        collector.walk(notebook)
        #expect(collector.codes == ["1", "2", "3", "4"])
        #expect(collector.codes == notebook.inlineExpressions.map(\.code))
    }

    @Test func theRewriterReachesIntoHeadingsQuotesListsLinksAndImages() {
        var diagnostics: [Diagnostic] = []
        var shouting = Shouting()
        let notebook = shouting.rewrite(Notebook.parse(SourceFile(path: "x.md", text: Self.text), diagnostics: &diagnostics))
        let text = notebook.cells.compactMap { cell -> String? in
            guard case .prose(let blocks) = cell else { return nil }
            return blocks.map(\.allText).joined(separator: "|")
        }.joined(separator: "|")
        #expect(text == "HEAD |QUOTED |ITEM LINK  IMAGE |SEE .")
    }

    /// Identities, figure numbers and resolved references, as every writer receives them.
    @Test func resolutionNumbersFiguresAndResolvesReferences() {
        var diagnostics: [Diagnostic] = []
        let parsed = Notebook.parse(SourceFile(path: "x.md", text: Self.text), diagnostics: &diagnostics)
        let notebook = parsed.resolved(with: NotebookResults(inlineValues: [parsed.inlineExpressions[0].id: "one"]), diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(notebook.codeCells.map(\.id) == ["fig-a"])
        #expect(notebook.codeCells.map(\.figureNumber) == [1])
        #expect(notebook.inlineExpressions.map(\.value) == ["one", nil, nil, nil])
        guard case .prose(let blocks) = notebook.cells[0], case .heading(let heading) = blocks[0] else {
            Issue.record("no heading first")
            return
        }
        #expect(heading.id == "head-one", "heading ids are made from the resolved text")
        guard case .prose(let last) = notebook.cells.last, case .paragraph(let inlines) = last.first,
              case .crossReference(let reference) = inlines[1] else {
            Issue.record("no cross-reference")
            return
        }
        #expect(reference.number == 1)
        #expect(reference.location == SourceLocation(file: "x.md", line: 12, column: 5))
    }

    /// Repeated code gets `-2`, `-3`; an identity never depends on where the node is.
    @Test func identitiesAreMadeFromCodeAndRepeatsAreNumbered() {
        var diagnostics: [Diagnostic] = []
        let a = Notebook.parse(SourceFile(path: "x.md", text: "`{swift} 1` `{swift} 1`\n\n```swift\nprint(1)\n```\n"), diagnostics: &diagnostics)
        let b = Notebook.parse(SourceFile(path: "x.md", text: "Prose.\n\nMore `{swift} 1`.\n\n`{swift} 1`\n\n```swift\nprint(1)\n```\n"), diagnostics: &diagnostics)
        let ids = a.inlineExpressions.map(\.id)
        #expect(ids.count == 2 && ids[1].rawValue == ids[0].rawValue + "-2")
        #expect(b.inlineExpressions.map(\.id) == ids)
        #expect(a.codeCells.map(\.id) == b.codeCells.map(\.id))
        #expect(a.codeCells[0].id.rawValue.hasPrefix("cell-"))
    }
}

private extension MarkdownBlock {
    /// The text of every inline in the block, without expressions, math or markup.
    var allText: String {
        switch self {
        case .paragraph(let inlines): inlines.allText
        case .heading(let heading): heading.content.allText
        case .blockQuote(let blocks): blocks.map(\.allText).joined()
        case .list(let list): list.items.flatMap { $0 }.map(\.allText).joined()
        case .codeBlock, .htmlBlock, .thematicBreak, .rawBlock: ""
        case .table(let table):
            ((table.header ?? []) + table.rows.flatMap { $0 }).flatMap(\.blocks).map(\.allText).joined()
        case .div(let div): div.blocks.map(\.allText).joined()
        case .definitionList(let list): list.items.map { $0.term.allText + $0.definitions.flatMap { $0 }.map(\.allText).joined() }.joined()
        case .footnoteDefinition, .figure, .footnotes: ""
        case .references: ""
        }
    }
}

private extension Array where Element == MarkdownInline {
    var allText: String {
        map { inline in
            switch inline {
            case .text(let text): text
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content): content.allText
            case .attributedImage(let image): image.description.allText
            default: ""
            }
        }.joined()
    }
}

/// Passes reach inside the new blocks: tables are numbered and `@tbl-` references resolved.
@Suite struct TableResolutionTests {
    @Test func labelledTablesAreNumberedAndReferencesResolved() {
        let (notebook, _) = parse("See @tbl-b and @tbl-a.\n\n| x |\n|---|\n| 1 |\n\n: A {#tbl-a}\n\n| y |\n|---|\n| 2 |\n\n: B {#tbl-b}\n\n@tbl-c\n")
        var diagnostics: [Diagnostic] = []
        let resolved = notebook.resolved(with: nil, diagnostics: &diagnostics)
        guard case .prose(let blocks) = resolved.cells.first else { Issue.record("no prose"); return }
        let numbers = blocks.compactMap { if case .table(let table) = $0 { table.number } else { nil } }
        #expect(numbers == [1, 2])
        let references = blocks.flatMap(\.inlinesDeep).compactMap { if case .crossReference(let reference) = $0 { reference.number } else { nil } }
        #expect(references == [2, 1])
        #expect(diagnostics == [Diagnostic(.warning, "unknown cross-reference @tbl-c: no table (a caption ending `{#tbl-c}`, or a cell labelled so) has this label",
                                           at: DaftarNotebook.SourceLocation(file: "x.md", line: 15, column: 1))])
    }

    /// A code cell labelled `tbl-…` is a table, numbered with the prose's tables in document order (Quarto's computed tables).
    @Test func tableCellsAreNumberedWithTheProseTables() {
        let text = "See @tbl-cell.\n\n| x |\n|---|\n| 1 |\n\n: A {#tbl-a}\n\n```swift\n//| label: tbl-cell\nprint(1)\n```\n\n"
            + "```swift\n//| label: fig-b\nprint(2)\n```\n\n```swift\nprint(3)\n```\n\n| y |\n|---|\n| 2 |\n\n: B {#tbl-b}\n"
        let (notebook, _) = parse(text)
        var diagnostics: [Diagnostic] = []
        let resolved = notebook.resolved(with: nil, diagnostics: &diagnostics)
        #expect(resolved.codeCells.map(\.tableNumber) == [2, nil, nil])
        #expect(resolved.codeCells.map(\.figureNumber) == [nil, 1, nil])
        guard case .prose(let blocks) = resolved.cells.first else { Issue.record("no prose"); return }
        #expect(blocks.flatMap(\.inlinesDeep).compactMap { if case .crossReference(let reference) = $0 { reference.number } else { nil } } == [2])
        #expect(diagnostics.isEmpty)
        guard case .prose(let last) = resolved.cells.last else { Issue.record("no prose last"); return }
        #expect(last.compactMap { if case .table(let table) = $0 { table.number } else { nil } } == [3])
    }
}

/// An id an author gave a heading is never generated for another, wherever it stands.
@Suite struct ExplicitHeadingIdentifierTests {
    @Test func generatedIdsAvoidExplicitOnesEvenLaterInTheDocument() {
        var diagnostics: [Diagnostic] = []
        let text = "# Intro\n\n# Other {#intro}\n\n# Intro\n\n# Last {#intro-2}\n"
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: text), diagnostics: &diagnostics)
            .resolved(with: nil, diagnostics: &diagnostics)
        let ids = notebook.cells.flatMap { cell -> [String] in
            guard case .prose(let blocks) = cell else { return [] }
            return blocks.compactMap { block in if case .heading(let heading) = block { heading.id } else { nil } }
        }
        #expect(ids == ["intro-1", "intro", "intro-3", "intro-2"])
        #expect(Set(ids).count == ids.count)
    }
}

/// Two figures with one label: a warning at the second, which gets no number.
@Suite struct DuplicateFigureLabelTests {
    @Test func theSecondFigureWithALabelIsAWarningAndUnnumbered() {
        var diagnostics: [Diagnostic] = []
        let text = "![One](a.png){#fig-a}\n\n![Two](b.png){#fig-a}\n\nSee @fig-a.\n"
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: text), diagnostics: &diagnostics)
            .resolved(with: nil, options: .init(pandocResources: true), diagnostics: &diagnostics)
        let numbers = notebook.cells.flatMap { cell -> [Int?] in
            guard case .prose(let blocks) = cell else { return [] }
            return blocks.compactMap { block in if case .figure(let figure) = block { figure.number } else { nil } }
        }
        #expect(numbers == [1, nil])
        #expect(diagnostics.contains(Diagnostic(.warning, "two figures have the label `fig-a`; references name the first",
                                                at: SourceLocation(file: "x.md", line: 3, column: 1),
                                                notes: [Diagnostic.Note("the first is here", at: SourceLocation(file: "x.md", line: 1, column: 1))])))
    }
}

/// Two sections with one label: a warning at the second; the reference names the first.
@Suite struct DuplicateSectionLabelTests {
    @Test func theSecondSectionWithALabelIsAWarning() {
        var diagnostics: [Diagnostic] = []
        let text = "---\nnumber-sections: true\n---\n\n# One {#sec-a}\n\n# Two {#sec-a}\n\nSee @sec-a.\n"
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: text), diagnostics: &diagnostics)
            .resolved(with: nil, diagnostics: &diagnostics)
        #expect(diagnostics == [Diagnostic(.warning, "two sections have the label `sec-a`; references name the first",
                                           at: SourceLocation(file: "x.md", line: 7, column: 1),
                                           notes: [Diagnostic.Note("the first is here", at: SourceLocation(file: "x.md", line: 5, column: 1))])])
        guard case .prose(let blocks) = notebook.cells.last, case .paragraph(let inlines) = blocks.last,
              let reference = inlines.compactMap({ if case .crossReference(let reference) = $0 { reference } else { nil } }).first else {
            Issue.record("no cross-reference")
            return
        }
        #expect(reference.shownNumber == "1")
    }
}
