@testable import DaftarCharts
import Testing

/// Tables as HTML, Markdown and text, against goldens.
@Suite struct TableTests {
    static let results = Table(caption: "Accuracy after 10 epochs", columns: [
        .init("activation"), .init("accuracy", format: .fixed(3)), .init("Δ vs relu", format: .fixed(3)), .init("note"),
    ], rows: [
        ["sigmoid", 0.912, -0.041, "saturates | slow"],
        ["relu", 0.953, 0, "<baseline>"],
        ["gelu", .estimate(mean: 0.9561, deviation: 0.0042), 0.003, .missing],
    ])

    @Test func htmlIsSemanticWithNumbersRightAlignedAndLeftToRight() throws {
        try Golden.check(Self.results.html + "\n", named: "table.html")
        #expect(Self.results.html.contains("<td class=\"num\"><span dir=\"ltr\">\u{2212}0.041</span></td>"))
        #expect(Self.results.html.contains("<th scope=\"row\"><span dir=\"auto\">sigmoid</span></th>"))
        #expect(Self.results.html.contains("&lt;baseline&gt;"))
    }

    @Test func markdownIsAPipeTableWithAlignment() throws {
        try Golden.check(Self.results.markdown, named: "table.md")
        #expect(Self.results.markdown.contains("| :--- | ---: | ---: | :--- |"))
        #expect(Self.results.markdown.contains("saturates \\| slow"))
    }

    @Test func textLinesUpInColumns() throws {
        try Golden.check(Self.results.text + "\n", named: "table.txt")
        let lines = Self.results.text.split(separator: "\n")
        // The accuracy column's numbers end where its header ends.
        let end = lines[1].range(of: "accuracy")!.upperBound.utf16Offset(in: lines[1])
        for (line, value) in zip(lines[3...], ["0.912", "0.953", "0.004"]) {
            #expect(line.range(of: value)!.upperBound.utf16Offset(in: line) == end, "\(line)")
        }
    }

    @Test func perSeedResultsEndWithMeanAndStandardDeviation() {
        let table = Table.perSeed(metrics: ["loss", "accuracy"], seeds: [1, 2, 3], values: [[0.3, 0.90], [0.4, 0.92], [0.5, 0.94]])
        #expect(table.rows.count == 4)
        #expect(table.text.hasSuffix("mean ± std  0.400 ± 0.100  0.920 ± 0.020"), "\(table.text)")
    }

    @Test func arabicTablesKeepNumbersIsolated() {
        let table = Table(caption: "نتائج", columns: [.init("الدالة"), .init("القيمة", format: .fixed(2))], rows: [["سيغمويد", -0.25]])
        #expect(table.html.contains("<caption><span dir=\"auto\">نتائج</span></caption>"))
        #expect(table.html.contains("<td class=\"num\"><span dir=\"ltr\">\u{2212}0.25</span></td>"))
    }
}

/// Tables in right-to-left pages, and cell text that Markdown or a terminal would misread.
@Suite struct TableTextTests {
    /// Only numbers were isolated, so neutral text such as `[−0.17, ∞)` was reordered by an
    /// Arabic page into `(∞ ,0.17−]`, and English text took the page's direction.
    @Test func everyTextCellHeaderAndCaptionIsIsolated() {
        let table = Table(caption: "Ranges", columns: [.init("الدالة"), .init("range"), .init("القيمة", format: .fixed(2))],
                          rows: [["gelu", "[−0.17, ∞)", -0.25], ["سيغمويد", "(0, 1)", .missing]])
        let html = table.html
        #expect(html.contains("<caption><span dir=\"auto\">Ranges</span></caption>"), "\(html)")
        #expect(html.contains("<th scope=\"col\"><span dir=\"auto\">الدالة</span></th>"))
        #expect(html.contains("<th scope=\"row\"><span dir=\"auto\">gelu</span></th>"))
        #expect(html.contains("<td><span dir=\"ltr\">[−0.17, ∞)</span></td>"), "neutral text runs left to right")
        #expect(html.contains("<td class=\"num\"><span dir=\"ltr\">\u{2212}0.25</span></td>"))
        #expect(html.contains("<td class=\"num\"></td>"), "an empty cell stays empty")
    }

    @Test func markdownEscapesInlineSyntax() {
        let table = Table(columns: [.init("a_b*c"), .init("x")], rows: [["<b>not bold</b> | `code` [link](x) \\ ~s~ &amp;", 1]])
        let markdown = table.markdown
        #expect(markdown.hasPrefix("| a\\_b\\*c | x |"), "\(markdown)")
        #expect(markdown.contains("| \\<b\\>not bold\\</b\\> \\| \\`code\\` \\[link\\](x) \\\\ \\~s\\~ \\&amp; | 1 |"), "\(markdown)")
    }

    @Test func textReplacesNewlinesSoColumnsStayAligned() {
        let table = Table(columns: [.init("name"), .init("value")], rows: [["two\nlines", 1], ["one", 22]])
        let lines = table.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4, "\(table.text)")
        #expect(lines[2] == "two lines      1" && lines[3] == "one           22", "\(table.text)")
    }
}

/// Palette colours for any index.
@Suite struct PaletteTests {
    @Test(arguments: [-1, -8, -9, Int.min, Int.max])
    func negativeAndExtremeColoursWrap(index: Int) {
        let variable = Palette.variable(index)
        #expect(variable.hasPrefix("--daftar-series-"))
        #expect((1...8).contains(Int(variable.dropFirst("--daftar-series-".count))!))
        #expect(Palette.paint("fill", index).contains("fill=\"#"))
        #expect(Palette.variable(-1) == "--daftar-series-8")
        let chart = LineChart(series: [LineSeries("a", x: [0, 1], y: [0, 1], colour: index), LineSeries("b", x: [0, 1], y: [1, 0])])
        #expect(chart.svg.contains("var(--daftar-series-"))
    }
}
