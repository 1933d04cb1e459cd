import Testing
@testable import DaftarNotebook

/// Deliberately pathological Markdown at full size (the inputs of `Hardening/pathological.py`): nesting
/// past a limit is read as its source text with one warning, and nothing is read a number of times that
/// grows with the input. None of these is timed: read quadratically, each input here would take
/// minutes or hours where a linear reading takes a second or two in a debug build, so a blow-up
/// shows in the test run's own time, and unbounded recursion as a crash.
@Suite struct PathologicalInputTests {
    private let n = 100_000

    private func read(_ markdown: String) -> (notebook: Notebook, blocks: [MarkdownBlock], warnings: [String]) {
        let (notebook, diagnostics) = parse(markdown)
        let blocks = notebook.cells.flatMap { cell -> [MarkdownBlock] in
            if case .prose(let blocks) = cell { blocks } else { [] }
        }
        return (notebook, blocks, diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? ""): \($0.message)" })
    }

    /// Inlines as text, soft breaks as newlines.
    private func text(_ inlines: [MarkdownInline]) -> String {
        inlines.map { if case .softBreak = $0 { "\n" } else { [$0].plainText } }.joined()
    }

    private let blockWarning = "blocks or inlines nest more than \(NestingBudget.maximumDepth) deep here; the rest is shown as text"
    private let reparseWarning = "spans, notes, table cells, terms and captions nest more than \(NestingBudget.maximumLevels) deep here; "
        + "the rest is shown as text"

    @Test func quotesPastTheDepthLimitAreText() {
        let (_, blocks, warnings) = read(String(repeating: "> ", count: n) + "deep\n")
        var content = blocks
        var depth = 0
        while content.count == 1, case .blockQuote(let inner) = content[0] {
            content = inner
            depth += 1
        }
        #expect(depth == NestingBudget.maximumDepth)
        #expect(content == [.paragraph([.text(String(repeating: "> ", count: n - depth) + "deep")])])
        #expect(warnings == ["1:\(2 * depth + 1): " + blockWarning])
    }

    @Test func listsPastTheDepthLimitAreText() {
        let (notebook, blocks, warnings) = read(String(repeating: "- ", count: n) + "deep\n")
        var content = blocks
        var depth = 0
        while content.count == 1, case .list(let list) = content[0], list.items.count == 1 {
            content = list.items[0]
            depth += 1
        }
        #expect(depth == NestingBudget.maximumDepth)
        #expect(content == [.paragraph([.text(String(repeating: "- ", count: n - depth) + "deep")])])
        #expect(warnings == ["1:\(2 * depth + 1): " + blockWarning])
        // Found through every level once (each level's direction computed twice was 2^100 visits).
        #expect(notebook.firstStrongDirection == .ltr)
    }

    @Test func emphasisPastTheDepthLimitIsItsSource() {
        let (_, blocks, warnings) = read(String(repeating: "*a ", count: n) + "b" + String(repeating: " c*", count: n) + "\n")
        guard case .paragraph(var content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        var depth = 0
        while let inner = content.lazy.compactMap({ if case .emphasis(let inner) = $0 { inner } else { nil } }).first {
            content = inner
            depth += 1
        }
        #expect(depth == NestingBudget.maximumDepth)
        let rest = n - depth
        #expect(text(content) == "a " + String(repeating: "*a ", count: rest) + "b" + String(repeating: " c*", count: rest) + " c")
        #expect(warnings == ["1:\(3 * depth + 1): " + blockWarning])
    }

    // Spans and notes are 10,000 deep, not 100,000: each of the sixteen levels read parses all that is
    // inside it again, which a debug build does slowly; read without the limit, 10,000 levels would
    // overflow the stack, and parse a hundred million bytes.
    @Test func spansPastTheNestingLimitAreText() {
        let n = n / 10
        let (_, blocks, warnings) = read(String(repeating: "[", count: n) + "x" + String(repeating: "]{.c}", count: n) + "\n")
        guard case .paragraph(var content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        var depth = 0
        while content.count == 1, case .span(_, let inner) = content[0] {
            content = inner
            depth += 1
        }
        #expect(depth == NestingBudget.maximumLevels)
        let rest = n - depth
        #expect(text(content) == String(repeating: "[", count: rest) + "x" + String(repeating: "]{.c}", count: rest))
        #expect(warnings == ["1:\(depth + 1): " + reparseWarning])
    }

    @Test func inlineNotesPastTheNestingLimitAreText() {
        let n = n / 10
        let (_, blocks, warnings) = read(String(repeating: "^[", count: n) + "x" + String(repeating: "]", count: n) + "\n")
        guard case .paragraph(var content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        var depth = 0
        while content.count == 1, case .footnoteReference(let note) = content[0], case .paragraph(let inner)? = note.blocks.first {
            content = inner
            depth += 1
        }
        #expect(depth == NestingBudget.maximumLevels)
        // The rest is text, though `^[^` reads as a superscript `[`, as in pandoc: every bracket is kept.
        let rest = text(content)
        #expect(rest.count { $0 == "[" } == n - depth && rest.count { $0 == "]" } == n - depth && rest.contains("x"))
        #expect(warnings == ["1:\(2 * depth + 1): " + reparseWarning])
    }

    @Test func alternatingSpansAndNotesShareOneBudget() {
        // A span holding a note holding a span…: each kind's own limit no longer stacks on the other's.
        let m = n / 10
        let (_, blocks, warnings) = read(String(repeating: "[ ^[", count: m) + "x" + String(repeating: "]]{.c}", count: m) + "\n")
        guard case .paragraph(var content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        var kinds: [String] = []
        while case let nodes = content.filter({ $0 != .text(" ") }), nodes.count == 1 {
            if case .span(_, let inner) = nodes[0] {
                kinds.append("span")
                content = inner
            } else if case .footnoteReference(let note) = nodes[0], case .paragraph(let inner)? = note.blocks.first {
                kinds.append("note")
                content = inner
            } else {
                break
            }
        }
        #expect(kinds == Array(repeating: ["span", "note"], count: NestingBudget.maximumLevels / 2).flatMap { $0 })
        let rest = m - NestingBudget.maximumLevels / 2
        #expect(text(content) == String(repeating: "[ ^[", count: rest) + "x" + String(repeating: "]]{.c}", count: rest))
        #expect(warnings == ["1:\(4 * NestingBudget.maximumLevels / 2 + 1): " + reparseWarning])
    }

    @Test func gridTablesInCellsShareTheBudgetWithSpansAndNotes() {
        // A cell's blocks are parsed again too: the table in the cell of the last level is text.
        var lines = ["x"]
        for _ in 0..<(NestingBudget.maximumLevels + 4) {
            let width = lines.map(\.count).max()!
            let border = "+" + String(repeating: "-", count: width + 2) + "+"
            lines = [border] + lines.map { "| " + $0 + String(repeating: " ", count: width - $0.count) + " |" } + [border]
        }
        let (_, blocks, warnings) = read(lines.joined(separator: "\n") + "\n")
        var content = blocks
        var tables = 0
        while content.count == 1, case .table(let table) = content[0], table.rows.count == 1, table.rows[0].count == 1 {
            content = table.rows[0][0].blocks
            tables += 1
        }
        #expect(tables == NestingBudget.maximumLevels + 1)
        guard content.count == 1, case .paragraph(let paragraph) = content[0] else { Issue.record("not one paragraph: \(content.prefix(2))"); return }
        #expect(text(paragraph).hasPrefix("+---") && text(paragraph).contains("| x |"))
        let line = tables + 1, column = 2 * tables + 1
        #expect(warnings == ["\(line):\(column): " + reparseWarning])
    }

    @Test func aSpanNestsHalfAsDeepAsItsParagraph() {
        // Each re-parsed text gets half the depth of the one around it, so that depth does not stack either.
        let depth = NestingBudget.maximumDepth
        let (_, blocks, warnings) = read("[" + String(repeating: "*a ", count: depth) + "b" + String(repeating: " c*", count: depth) + "]{.c}\n")
        guard case .paragraph(let paragraph) = blocks.first, paragraph.count == 1, case .span(_, var content) = paragraph[0] else {
            Issue.record("no span: \(blocks.prefix(1))")
            return
        }
        var levels = 0
        while let inner = content.lazy.compactMap({ if case .emphasis(let inner) = $0 { inner } else { nil } }).first {
            content = inner
            levels += 1
        }
        #expect(levels == depth / 2)
        #expect(warnings == ["1:\(3 * (depth / 2) + 2): blocks or inlines nest more than \(depth / 2) deep here; the rest is shown as text"])
    }

    @Test func divsPastTheDepthLimitAreText() {
        let m = n / 10
        let (_, blocks, warnings) = read(String(repeating: ":::: {.a}\n", count: m) + "x\n" + String(repeating: "::::\n", count: m))
        var content = blocks
        var depth = 0
        while content.count == 1, case .div(let div) = content[0] {
            content = div.blocks
            depth += 1
        }
        #expect(depth == NestingBudget.maximumDepth)
        let rest = m - depth
        guard content.count == 1, case .paragraph(let paragraph) = content[0] else { Issue.record("not one paragraph: \(content.prefix(2))"); return }
        #expect(text(paragraph) == String(repeating: ":::: {.a}\n", count: rest) + "x" + String(repeating: "\n::::", count: rest))
        #expect(warnings == ["\(depth + 1):1: divs nest more than \(depth) deep here; the rest is shown as text"])
    }

    @Test func everyTableCellFindsItsLinkDefinitionAmongTenThousand() {
        // Each cell used to be parsed with every definition of the text after it.
        let m = n / 10
        let rows = (0..<m).map { "| [x][r\($0)] | y |\n" }.joined()
        let definitions = (0..<m).map { "[r\($0)]: /u\($0)\n" }.joined()
        let (_, blocks, warnings) = read("| a | b |\n|---|---|\n" + rows + "\n" + definitions)
        guard case .table(let table) = blocks.first else { Issue.record("no table: \(blocks.prefix(1))"); return }
        #expect(table.rows.count == m)
        #expect(table.rows.enumerated().allSatisfy { index, row in
            row[0].blocks == [.paragraph([.link(destination: "/u\(index)", title: "", content: [.text("x")])])]
        })
        #expect(warnings.isEmpty)
    }

    @Test func aHundredThousandNestedStrikeoutsPairTheFirstCloser() {
        let (_, blocks, _) = read(String(repeating: "~~a ", count: n) + "b" + String(repeating: " c~~", count: n) + "\n")
        guard case .paragraph(let content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        #expect(content == [.strikethrough([.text("a " + String(repeating: "~~a ", count: n - 1) + "b c")]),
                            .text(String(repeating: " c~~", count: n - 1))])
    }

    @Test func aHundredThousandUnclosedGitHubStrikeoutsAreText() {
        // Each opener's closer was searched for to the end of the line.
        let line = String(repeating: "~~a ", count: n)
        let (_, blocks, _) = read("---\nfrom: gfm\n---\n" + line + "\n")
        guard case .paragraph(let content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        #expect(content == [.text(String(line.dropLast()))])
    }

    @Test func aLineOfDollarsIsOneUnclosedMath() {
        let dollars = String(repeating: "$", count: 1_000_000)
        let (_, blocks, warnings) = read(dollars + "\n")
        guard case .paragraph(let content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        #expect(text(content) == dollars)
        #expect(warnings == ["1:1: math is opened here but never closed; it is shown as text"])
    }

    @Test func aHundredThousandUnclosedMathSpansAreText() {
        // Each opener's closer was searched for to the end of the line: most of a megabyte, a hundred thousand times.
        let (_, blocks, warnings) = read(String(repeating: "$b \\\\(c ", count: n) + "\n")
        guard case .paragraph(let content) = blocks.first else { Issue.record("no paragraph"); return }
        let expected = String(String(repeating: "$b \\(c ", count: n).dropLast())
        #expect(text(content) == expected, "differs from the \(text(content).count) characters' start: \(text(content).prefix(40))")
        #expect(warnings.count == n && warnings.allSatisfy { $0.hasSuffix(": math is opened here but never closed; it is shown as text") })
        #expect(warnings.last == "1:\((n - 1) * 8 + 4): math is opened here but never closed; it is shown as text")
    }

    @Test func imagesAmongAHundredThousandMathSpansAreEachPlaced() {
        // Each image's place was found by walking every math span's placeholder before it.
        let unit = "![a](b.png) $x$ "
        let (_, blocks, _) = read(String(repeating: unit, count: n) + "\n")
        guard case .paragraph(let content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        let columns = content.compactMap { if case .attributedImage(let image) = $0 { image.location.column } else { nil } }
        #expect(columns == (0..<n).map { 1 + $0 * unit.utf8.count })
        #expect(content.count { if case .math(let math) = $0 { math.tex == "x" } else { false } } == n)
    }

    @Test func aHundredThousandEqualExpressionsGetDistinctIdentities() {
        // Each repeat's number was found by trying every number before it.
        let (notebook, _, _) = read(String(repeating: "`{swift} 1` ", count: n) + "\n")
        let ids = expressions(in: notebook).map(\.id)
        #expect(ids.count == n && Set(ids).count == n)
        #expect(ids.last.map { $0.rawValue.hasSuffix("-\(n)") } == true)
    }

    @Test func aHundredThousandCrossReferencesOnOneLineAreEachRead() {
        let (_, blocks, _) = read(String(repeating: "@fig-x ", count: n) + "\n")
        guard case .paragraph(let content) = blocks.first else { Issue.record("no paragraph: \(blocks.prefix(1))"); return }
        #expect(content.count { if case .crossReference(let reference) = $0 { reference.label == "fig-x" } else { false } } == n)
    }
}
