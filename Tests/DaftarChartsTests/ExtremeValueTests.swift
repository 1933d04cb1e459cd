@testable import DaftarCharts
import Foundation
import Testing
import DaftarTestSupport

/// Data no axis expects — zeros and negatives on a logarithmic axis, subnormals, values near the
/// largest Double, points far outside a fixed domain — draws a chart (with gaps or clipped marks)
/// instead of trapping or running for minutes.
@Suite struct ExtremeValueTests {
    /// Every pixel coordinate in `svg`'s path data and attributes is a short finite number.
    static func expectSaneNumbers(_ chart: some Chart, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let svg = chart.svg.replacingAll(chart.contentID, with: "")
        #expect(!svg.contains("nan") && !svg.contains("inf") && !svg.contains("1e15"), "\(context)", sourceLocation: sourceLocation)
        let longest = svg.matches(of: /-?[0-9]+/).map { $0.output.count }.max() ?? 0
        #expect(longest <= 8, "\(context): a coordinate of \(longest) digits", sourceLocation: sourceLocation)
    }

    /// A logarithmic axis with a legend traced its marks for the legend's corner, and log₁₀ 0 = −∞
    /// trapped converting a pixel to an integer; values ≤ 0 are gaps, as NaN is.
    @Test func zeroAndNegativeValuesOnALogarithmicAxisAreGaps() {
        let chart = LineChart(series: [
            LineSeries("a", x: [1, 2, 3, 4, 5], y: [1, 0, 10, -5, 100]),
            LineSeries("b", x: [1, 2, 3, 4, 5], y: [2, 3, 4, 5, 6]),
        ], y: Axis(scale: .logarithmic))
        let svg = chart.svg
        Self.expectSaneNumbers(chart, "log axis with 0 and −5")
        #expect(chart.summary.contains("from 1 to 100, logarithmic"), "\(chart.summary)")
        // Three runs of one point each: 1, 10 and 100.
        let path = svg.firstMatch(of: /<path transform="scale\(.1\)" d="([^"]*)" fill="none" stroke="#E69F00"/)
        #expect(path.map { $0.1.filter { $0 == "M" }.count } == 3, "\(String(describing: path?.1))")
        // Dots and a band with a zero too.
        let scatter = ScatterChart(groups: [ScatterGroup("a", points: [Point(x: 0, y: 1), Point(x: 1, y: 10)]),
                                            ScatterGroup("b", points: [Point(x: 2, y: 3)])], x: Axis(scale: .logarithmic))
        Self.expectSaneNumbers(scatter, "scatter with x = 0 on a log axis")
    }

    /// 10ⁿ underflowed to 0 below 10⁻³⁰⁸, so the mantissa of a subnormal was ∞, and a percentage of
    /// a value near the largest Double overflowed: both trapped.
    @Test(arguments: [
        (NumberFormat.automatic, 1e-310, 1e-310),
        (NumberFormat.significant(3), 5e-324, 5e-324),
        (NumberFormat.scientific(2), 5e-324, 5e-324),
        (NumberFormat.scientific(2), -2.5e-320, -2.5e-320),
        (NumberFormat.automatic, Double.leastNormalMagnitude, Double.leastNormalMagnitude),
        (NumberFormat.significant(6), Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude),
        (NumberFormat.percent(1), 1.79e308, 1.79e310),
        (NumberFormat.fixed(2), 1.79e308, 1.79e308),
        (NumberFormat.fixed(2), 1e-320, 0),
    ])
    func numberFormatsWriteSubnormalsAndHugeValues(format: NumberFormat, value: Double, meaning: Double) throws {
        let text = format.string(value)
        let parsed = try #require(Double(text.replacingAll("%", with: "").replacingAll("e310", with: "e308")), "\(format) wrote \(value) as \(text)")
        let expected = text.hasSuffix("%") ? meaning / 100 : meaning
        #expect(abs(parsed - expected) <= 0.01 * abs(expected), "\(format) wrote \(value) as \(text)")
        #expect(!text.contains("e0e") && !text.contains("inf"), "\(text)")
    }

    @Test func subnormalExponentsAndMantissas() {
        #expect(NumberFormat.scientific(2).string(5e-324) == "4.94e-324")
        #expect(NumberFormat.significant(3).string(1e-310) == "1e-310")
        #expect(NumberFormat.percent(0).string(1.79e308) == "1.790e310%")
        #expect(NumberFormat.decimalExponent(of: 5e-324) == -324)
        #expect(NumberFormat.decimalExponent(of: 1e-310) == -310)
        #expect(NumberFormat.power(-320) > 0)
    }

    @Test func aLogarithmicChartOfSubnormalValuesDraws() {
        let chart = LineChart(series: [LineSeries("tiny", x: [0, 1, 2], y: [1e-320, 1e-315, 1e-300])], y: Axis(scale: .logarithmic))
        Self.expectSaneNumbers(chart, "log chart of subnormals")
    }

    /// The tick search overflowed on ranges near ±1e300 and found nothing (then force-unwrapped
    /// nil) when the squared range underflowed.
    @Test(arguments: [(-1e300, 1e300), (0, 1e200), (1e-170, 3e-170), (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude),
                      (0, 1e-320), (5e-324, 1e-322), (1e307, 1.7e308)])
    func ticksOfHugeAndTinyRangesCoverThem(low: Double, high: Double) {
        let ticks = Ticks.linear(low, high, count: 6)
        let context = "\(low)…\(high): \(ticks.labels)"
        #expect((2...12).contains(ticks.values.count), "\(context)")
        #expect(ticks.values.allSatisfy { $0.isFinite }, "\(context)")
        #expect(zip(ticks.values, ticks.values.dropFirst()).allSatisfy { $0 < $1 }, "\(context)")
        #expect(ticks.values.last! - ticks.values.first! >= 0.5 * (high - low) || (high - low).isInfinite, "\(context)")
        for (value, label) in zip(ticks.values, ticks.labels) {
            let parsed = Double(label.replacingAll("\u{2212}", with: "-"))
            #expect(parsed != nil && abs(parsed! - value) <= 1e-9 * abs(value) + 1e-323, "\(label) for \(value)")
        }
    }

    @Test func chartsOfHugeAndTinyDataDraw() {
        let charts: [(String, any Chart)] = [
            ("±1e300", LineChart(series: [LineSeries("a", x: [0, 1, 2], y: [-1e300, 0, 1e300])])),
            ("0…1e200", LineChart(series: [LineSeries("a", x: [0, 1], y: [0, 1e200])])),
            ("near 1e-170", LineChart(series: [LineSeries("a", x: [0, 1, 2], y: [1e-170, 2e-170, 1.5e-170])])),
            ("histogram 0, 1e300", Histogram(values: [0, 1e300])),
            ("±max", ScatterChart(groups: [ScatterGroup("a", points: [Point(x: -.greatestFiniteMagnitude, y: .greatestFiniteMagnitude),
                                                                       Point(x: .greatestFiniteMagnitude, y: 0)])])),
        ]
        for (name, chart) in charts { Self.expectSaneNumbers(chart, name) }
    }

    /// Pixels of points far outside a fixed domain overflowed `Int`, and a bar of 10⁹ on an axis
    /// to 2 was sampled for the legend 4 pixels at a time, for minutes.
    @Test func marksFarOutsideAFixedDomainAreClampedAndClipped() {
        let line = LineChart(series: [LineSeries("a", x: [0, 0.5, 1], y: [0, 1e20, -1e300]), LineSeries("b", x: [0, 1], y: [0.5, 0.5])],
                             x: Axis(domain: 0...1), y: Axis(domain: 0...1))
        Self.expectSaneNumbers(line, "line to 1e20")
        let clock = ContinuousClock()
        let start = clock.now
        let bars = BarChart(categories: ["a", "b"], series: [BarSeries("x", values: [1, 1e9]), BarSeries("y", values: [2, -1e12])],
                            y: Axis(domain: 0...2))
        Self.expectSaneNumbers(bars, "bars beyond the domain")
        #expect(clock.now - start < .seconds(2), "bars took \(clock.now - start)")
        // Reference lines and annotations outside a fixed domain are left out, not drawn over the axes.
        let outside = LineChart(series: [LineSeries("a", x: [0, 1], y: [0, 1])], x: Axis(domain: 0...1), y: Axis(domain: 0...1),
                                referenceLines: [.horizontal(5, label: "far")], annotations: [Annotation(x: 0.5, y: -3, text: "below")])
        Self.expectSaneNumbers(outside, "reference line outside")
        #expect(!outside.svg.contains(">far<") && !outside.svg.contains(">below<"))
    }

    /// The occupied pixels stay inside the frame whatever the data.
    @Test func occupiedPixelsStayInTheFrame() {
        let plot = BarChart(categories: ["a", "b"], series: [BarSeries("x", values: [1, 1e9]), BarSeries("y", values: [2, 3])],
                            y: Axis(domain: 0...2)).plot
        let frame = Frame(x: 50, y: 20, width: 500, height: 300)
        let (xs, ys) = plot.scales(CartesianPlot.domains([plot]), frame: frame)
        let pixels = plot.occupiedPixels(x: xs, y: ys)
        let grown = Frame(x: frame.x - 1, y: frame.y - 1, width: frame.width + 2, height: frame.height + 2)
        #expect(!pixels.isEmpty && pixels.allSatisfy { grown.contains($0) })
        #expect(pixels.count < 20_000, "\(pixels.count) pixels")
    }

    /// A fixed domain that includes 0 on a logarithmic axis trapped a precondition; its
    /// non-positive part is ignored and the data decide the lower end.
    @Test func aLogarithmicDomainIncludingZeroUsesItsPositivePart() {
        let chart = LineChart(series: [LineSeries("a", x: [1, 2, 3], y: [0.5, 2, 8])], y: Axis(scale: .logarithmic, domain: 0...10))
        Self.expectSaneNumbers(chart, "log domain 0…10")
        #expect(chart.summary.contains("y from 0.1 to 10, logarithmic"), "\(chart.summary)")
        let negative = LineChart(series: [LineSeries("a", x: [1, 2, 3], y: [0.5, 2, 8])], y: Axis(scale: .logarithmic, domain: -5...(-1)))
        #expect(negative.summary.contains("y from 0.1 to 10, logarithmic"), "\(negative.summary)")
        let heatmap = Heatmap(xRange: 0...1, yRange: 0...1, columns: 10, rows: 4, x: Axis(scale: .logarithmic)) { x, y in x + y }
        Self.expectSaneNumbers(heatmap, "heatmap on log x from 0")
        #expect(heatmap.summary.contains("x from 0.1 to 1, logarithmic"), "\(heatmap.summary)")
    }

    /// A one-point run of a line (a lone point between gaps) was `M x y` alone, which no renderer
    /// strokes; a step of a tenth with the round cap draws a dot.
    @Test func aOnePointLineIsDrawnAsADot() throws {
        #expect(PathData.polyline([Point(x: 1, y: 2)]) == "M10 20h1")
        #expect(PathData.polyline([Point(x: 1, y: 2), Point(x: 1.01, y: 2)]) == "M10 20h1")
        // Off the grid lines, which would hide a dot from the pixel count.
        let chart = LineChart(series: [LineSeries("a", x: [0.27, 1, 2.33, 3, 3.71], y: [1.13, .nan, 2.57, .nan, 1.91])])
        let svg = chart.svg
        #expect(svg.contains("stroke-linecap=\"round\""))
        // rsvg-convert paints more with the line's path than without it.
        func painted(_ svg: String) throws -> Int {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("daftar-one-point-\(getpid()).svg")
            try Data(svg.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            return try RSVG.rasterise(file).paintedCount
        }
        let withoutLine = svg.replacing(/d="M[^"]*" fill="none" stroke="#E69F00"/, with: "d=\"\" fill=\"none\" stroke=\"#E69F00\"")
        #expect(withoutLine != svg)
        let (with, without) = (try painted(svg), try painted(withoutLine))
        #expect(with > without, "the three dots are not drawn")
    }
}
