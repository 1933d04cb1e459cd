@testable import DaftarKit
import Testing

/// The activation charts and tables, and how charts and tables display.
@Suite struct ChartConvenienceTests {
    @Test func activationChartsPlotTheEngine() {
        let chart = LineChart.activations([.sigmoid, .relu], x: -6...6, samples: 121)
        #expect(chart.series.map(\.name) == ["sigmoid", "relu"])
        #expect(chart.series[0].points.count == 121)
        #expect(chart.series[0].points[60] == Point(x: 0, y: 0.5))
        #expect(chart.referenceLines.isEmpty)
        let derivatives = LineChart.activationDerivatives([.sigmoid, .tanh], x: -6...6)
        #expect(derivatives.series.map(\.name) == ["sigmoid′", "tanh′"])
        #expect(derivatives.series[0].points.map(\.y).max() == 0.25)
        #expect(derivatives.referenceLines.map(\.value) == [0.25])
    }

    @Test func activationTablesTabulateTheEngine() {
        let values = Table.activationValues([.sigmoid, .relu], at: [-1, 0], derivatives: true)
        #expect(values.columns.map(\.title) == ["activation", "f′(−1)", "f′(0)"])
        #expect(values.text.split(separator: "\n").last == "relu        0.0000  0.0000")
        let properties = Table.activationProperties([.gelu, .relu])
        #expect(properties.text.contains("gelu        [−0.17, ∞)"), "\(properties.text)")
        #expect(properties.html.contains("<td class=\"num\"><span dir=\"ltr\">1</span></td>"))
    }

    @Test func aChartShownTwiceGetsTwoIds() {
        let chart = LineChart(title: "Twice", series: [LineSeries("a", x: [0, 1], y: [1, 2])])
        let first = chart.mimeBundle, second = chart.mimeBundle
        #expect(first.representations.map(\.type) == ["image/svg+xml", "text/plain"])
        #expect(first.representations[0].content.contains("id=\"\(chart.contentID)-title\""))
        #expect(second.representations[0].content.contains("id=\"\(chart.contentID)-2-title\""))
        #expect(first.representations[1].content == chart.summary)
    }

    /// Displaying a chart laid it out three times: for its id, its SVG and its summary.
    @Test func aDisplayedChartIsLaidOutOnce() {
        let counter = LayoutCounter()
        let chart = CountingChart(chart: LineChart(title: "Once", series: [LineSeries("a", x: [0, 1], y: [1, 2])]), counter: counter)
        let bundle = ChartIdentifiers.bundle(for: chart)
        #expect(counter.count == 1)
        #expect(bundle.representations[0].content.contains("Once"))
    }

    @Test func tablesDisplayAsHTMLAndText() {
        let table = Table(columns: [.init("x")], rows: [[1]])
        #expect(table.mimeBundle == MIMEBundle([("text/html", table.html), ("text/plain", table.text)]))
    }
}

/// Counts how often a chart is laid out.
final class LayoutCounter: @unchecked Sendable {
    var count = 0
}

/// A line chart that counts its layouts.
struct CountingChart: Chart {
    var chart: LineChart
    var counter: LayoutCounter

    var document: ChartDocument {
        counter.count += 1
        return chart.document
    }
}
