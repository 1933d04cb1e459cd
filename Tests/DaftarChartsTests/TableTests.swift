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
        #expect(Self.results.html.contains("<th scope=\"row\">sigmoid</th>"))
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
        #expect(table.html.contains("<caption>نتائج</caption>"))
        #expect(table.html.contains("<td class=\"num\"><span dir=\"ltr\">\u{2212}0.25</span></td>"))
    }
}
