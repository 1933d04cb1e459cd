@testable import DaftarCharts
import Foundation
import Testing
import DaftarTestSupport

/// What every chart must be: deterministic, uniquely identified, small, accessible, and correct
/// in right-to-left pages.
@Suite struct ChartPropertiesTests {
    @Test func theSameChartGivesTheSameBytes() {
        for (name, chart) in ChartFixtures.all {
            #expect(chart.svg == ChartFixtures.all.first { $0.name == name }!.chart.svg, "\(name)")
        }
    }

    @Test func differentChartsHaveDifferentIdsAndEveryIdIsDeclaredOnce() throws {
        let svgs = ChartFixtures.all.map(\.chart.svg)
        var ids: [String] = []
        for svg in svgs { ids += svg.matches(of: /\bid="([^"]+)"/).map { String($0.1) } }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        #expect(Set(ChartFixtures.all.map(\.chart.contentID)).count == ChartFixtures.all.count)
        // A changed title changes the id; a caller's id is used as given.
        var retitled = ChartFixtures.line
        retitled.title = "Activations again"
        #expect(retitled.contentID != ChartFixtures.line.contentID)
        #expect(ChartFixtures.line.svg(id: "fig-curves").contains("aria-labelledby=\"fig-curves-title fig-curves-desc\""))
        #expect(ChartFixtures.line.svg(id: "2 bad\"id").contains("id=\"c-2-bad-id-title\""))
    }

    @Test func chartsAreAccessibleAndScaleWithThePage() throws {
        for (name, chart) in ChartFixtures.all {
            let svg = chart.svg
            let id = chart.contentID
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), "\(name)")
            #expect(svg.contains(" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""), "\(name)")
            #expect(svg.contains("<title id=\"\(id)-title\">") && svg.contains("<desc id=\"\(id)-desc\">"), "\(name)")
            #expect(svg.contains("font-family=\"inherit\""), "\(name)")
            #expect(!svg.contains(" height=\"") || !svg.hasPrefix("<svg height"), "\(name)")
            #expect(svg.contains("var(--daftar-series-1,#E69F00)") || name == "heatmap.svg", "\(name)")
            #expect(!chart.summary.isEmpty)
        }
        #expect(ChartFixtures.line.summary == "Line chart “Activations”: 4 series (sigmoid, tanh, relu and sigmoid′); x (x) from −6 to 6; y (f(x)) from −1 to 2; a reference line at y = 0.25 (max σ′ = 0.25).")
    }

    /// Five series of 10,000 noisy points each stay under 60 KB.
    @Test func fiveDenseSeriesFitTheSizeBudget() {
        var generator = SplitMix64(seed: 99)
        let x = (0..<10_000).map { Double($0) / 1000 }
        let series = (0..<5).map { index in
            var level = 0.0
            return LineSeries("run \(index)", x: x, y: x.map { value in
                level += 0.02 * generator.normal()
                return exp(-value / Double(index + 1)) + level + 0.05 * generator.normal()
            })
        }
        let svg = LineChart(title: "Five noisy runs", series: series, x: Axis("step"), y: Axis("loss")).svg
        #expect(svg.utf8.count < 60_000, "\(svg.utf8.count) bytes")
        print("five series of 10,000 points: \(svg.utf8.count) bytes")
        try? svg.write(toFile: "/tmp/dense.svg", atomically: true, encoding: .utf8)
    }

    @Test func legendsAvoidTheData() throws {
        // The activations fill the lower right and upper left; the legend must go elsewhere.
        let svg = ChartFixtures.line.svg
        let box = try #require(svg.firstMatch(of: /<rect x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)" height="([0-9.]+)" rx="3"/))
        let plot = ChartFixtures.line.plot
        let domains = CartesianPlot.domains([plot])
        let legend = Frame(x: Double(box.1)!, y: Double(box.2)!, width: Double(box.3)!, height: Double(box.4)!)
        let frameMatch = try #require(svg.firstMatch(of: /<clipPath id="[^"]+"><rect x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)" height="([0-9.]+)"/))
        let frame = Frame(x: Double(frameMatch.1)!, y: Double(frameMatch.2)!, width: Double(frameMatch.3)!, height: Double(frameMatch.4)!)
        let (xs, ys) = plot.scales(domains, frame: frame)
        let covered = plot.occupiedPixels(x: xs, y: ys).filter(legend.contains)
        #expect(covered.isEmpty, "the legend covers \(covered.count) data pixels")
        // When no corner is free (bars fill them), the legend goes below the plot.
        #expect(!ChartFixtures.bar.svg.contains("rx=\"3\""))
        #expect(ChartFixtures.bar.svg.contains(">16 layers</text>"))
    }

    @Test func rightToLeftTextRunsRightToLeftAndNumbersStayLeftToRight() throws {
        let svg = ChartFixtures.rightToLeft.svg
        #expect(svg.contains("direction=\"ltr\">"), "the chart's base direction is left to right")
        #expect(svg.contains("direction=\"rtl\" unicode-bidi=\"embed\" font-size=\"15\" font-weight=\"600\" fill=\"currentColor\">دوال التفعيل</text>"))
        #expect(svg.contains("direction=\"rtl\" unicode-bidi=\"embed\" fill=\"currentColor\">السيغمويد</text>"))
        // Tick labels carry no direction of their own: they inherit the chart's left to right.
        #expect(svg.contains("text-anchor=\"end\">−0.2</text>") == false)
        #expect(svg.contains("text-anchor=\"middle\">−6</text>"))
        // Legend swatches sit on the right of Arabic labels, which start (their right end) 6 units
        // left of the swatch.
        let swatch = try #require(svg.firstMatch(of: /<path d="M([0-9.]+) ([0-9.]+)H[0-9.]+" stroke="#E69F00"[^>]*\/><text x="([0-9.]+)" y="[0-9.]+" direction="rtl" unicode-bidi="embed" fill="currentColor">السيغمويد</))
        #expect(Double(swatch.3)! == Double(swatch.1)! - 6)
    }

    @Test func nonFiniteValuesLeaveGapsNotErrors() {
        let chart = LineChart(series: [LineSeries("log", x: [-1, 0, 1, 2, 3], y: [.nan, -.infinity, 0, 0.69, 1.1])])
        let svg = chart.svg
        #expect(svg.contains("<path d=\"M") && !svg.contains("nan") && !svg.contains("inf"))
    }
}
