import Foundation
import Testing

/// Charts and tables as a notebook shows them: `display` of a chart puts an inline SVG in the
/// report, of a table a semantic `<table>`; `--safe` keeps their text.
@Suite struct ChartNotebookTests {
    @Test func aCellDisplaysAChartAndATable() throws {
        let folder = try TemporaryFolder(purpose: "charts")
        defer { folder.remove() }
        try folder.write("""
            ---
            title: Charts
            ---

            ```swift
            let chart = LineChart.activations([.sigmoid, .tanh, .relu, .gelu, .silu], x: -6...6)
            display(chart)
            display(chart)
            display(Table.activationValues([.sigmoid, .relu], at: [-1, 0, 1]))
            ```

            """, to: "x.md")
        let result = try folder.daftar("render", "--quiet", "x.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let report = mainContent(of: try folder.read("out/x.html"))
        #expect(report.contains("<div class=\"cell-output cell-output-display\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 400\""))
        #expect(report.contains("<title id=\"daftar-chart-"), "\(report.prefix(2000))")
        #expect(report.contains("-2-title\">Activations</title>"), "the second display of the same chart gets its own ids")
        #expect(report.contains("<table class=\"daftar-table\">"))
        #expect(report.contains("<tr><th scope=\"row\"><span dir=\"auto\">sigmoid</span></th><td class=\"num\"><span dir=\"ltr\">0.2689</span></td>"))

        let safe = try folder.daftar("render", "--quiet", "--safe", "x.md", "-o", "safe")
        #expect(safe.status == 0, "\(safe.stderr)")
        let safeReport = mainContent(of: try folder.read("safe/x.html"))
        #expect(!safeReport.contains("<svg") && !safeReport.contains("<table"))
        #expect(safeReport.contains("Line chart “Activations”: 5 series (sigmoid, tanh, relu, gelu and silu)"))
        #expect(safeReport.contains("activation   f(−1)    f(0)    f(1)\n----------  ------  ------  ------\nsigmoid     0.2689  0.5000  0.7311"), "\(safeReport)")
    }
}
