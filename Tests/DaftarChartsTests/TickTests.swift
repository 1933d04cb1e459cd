@testable import DaftarCharts
import Testing
import DaftarTestSupport

/// Wilkinson's extended ticks over many seeded ranges: they cover the data, step by a nice
/// number, come in a sensible count, and their labels carry no float noise.
@Suite struct TickTests {
    /// Ranges of every magnitude, offset and sign, from a seeded generator.
    static let ranges: [(Double, Double)] = {
        var generator = SplitMix64(seed: 42)
        return (0..<400).map { _ in
            let scale = NumberFormat.power(Int(generator.next() % 13) - 6)
            let low = (generator.uniform() * 20 - 10) * scale
            return (low, low + (generator.uniform() * 9.9 + 0.1) * scale)
        }
    }()

    @Test func ticksCoverMostOfTheRangeWithANiceStepAndAGoodCount() {
        for (low, high) in Self.ranges {
            let ticks = Ticks.linear(low, high, count: 6)
            let context = "range \(low)…\(high): \(ticks.labels)"
            #expect((3...10).contains(ticks.values.count), "\(context)")
            let step = ticks.values[1] - ticks.values[0]
            // The step is 1, 2, 2.5, 3, 4 or 5 times a power of ten.
            let mantissa = step / NumberFormat.power(NumberFormat.decimalExponent(of: step * (1 + 1e-9)))
            #expect([1, 2, 2.5, 3, 4, 5].contains { abs($0 - mantissa) < 1e-9 }, "\(context): step \(step)")
            // Evenly spaced, increasing.
            for (a, b) in zip(ticks.values, ticks.values.dropFirst()) { #expect(abs(b - a - step) <= 1e-9 * abs(step), "\(context)") }
            // The ticks span at least 70% of the data, and the nice domain covers it all.
            #expect(ticks.values.last! - ticks.values.first! >= 0.7 * (high - low), "\(context)")
            let domain = Scale.niceDomain((low, high), kind: .linear, tickCount: 6)
            #expect(domain.lower <= low && domain.upper >= high, "\(context)")
        }
    }

    @Test func labelsAreShortDecimalsThatReadBackAsTheTickValues() {
        for (low, high) in Self.ranges {
            let ticks = Ticks.linear(low, high, count: 6)
            for (value, label) in zip(ticks.values, ticks.labels) {
                let ascii = label.replacingAll("\u{2212}", with: "-")
                let parsed = Double(ascii)
                #expect(parsed != nil && abs(parsed! - value) <= 1e-12 * max(abs(value), 1e-300), "\(label) for \(value)")
                #expect(ascii.count <= 12, "label \(label) is noisy")
                #expect(label != "-0" && label != "\u{2212}0", "negative zero")
            }
            // One number of decimal places on the whole axis.
            let places = ticks.labels.filter { $0 != "0" }.map { $0.split(separator: ".").dropFirst().first?.count ?? 0 }
            #expect(Set(places).count == 1, "\(ticks.labels)")
        }
    }

    @Test(arguments: [
        (0.0, 1.0, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]),
        (-6.0, 6.0, ["−6", "−4", "−2", "0", "2", "4", "6"]),
        (0.1, 0.3, ["0.10", "0.15", "0.20", "0.25", "0.30"]),
        (0.0, 100.0, ["0", "20", "40", "60", "80", "100"]),
    ])
    func familiarRangesGetTheFamiliarTicks(low: Double, high: Double, expected: [String]) {
        #expect(Ticks.linear(low, high, count: 6).labels == expected)
    }

    @Test func aPointRangeStillGetsTicks() {
        let ticks = Ticks.linear(3, 3)
        #expect(ticks.values.count >= 2 && ticks.values.first! <= 3 && ticks.values.last! >= 3)
    }

    @Test func logarithmicTicksArePowersOfTen() {
        #expect(Ticks.logarithmic(0.001, 100).labels == ["0.001", "0.01", "0.1", "1", "10", "100"])
        #expect(Ticks.logarithmic(1e-7, 1, count: 8).labels == ["10⁻⁷", "10⁻⁶", "10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"])
        #expect(Ticks.logarithmic(1e-7, 1, count: 6).labels == ["10⁻⁶", "10⁻⁴", "10⁻²", "10⁰"])
        #expect(Ticks.logarithmic(1, 50).labels == ["1", "2", "5", "10", "20", "50"])
        #expect(Ticks.logarithmic(1e-7, 1, count: 8).values.first == 1e-7)
    }

    @Test func numberFormatsNeverPrintNoiseOrNegativeZero() {
        #expect(NumberFormat.automatic.string(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.fixed(2).string(-0.001) == "0.00")
        #expect(NumberFormat.fixed(2).string(-1.5, minus: .typographic) == "\u{2212}1.50")
        #expect(NumberFormat.significant(3).string(0.000123456) == "0.000123")
        #expect(NumberFormat.significant(3).string(123456) == "123000")
        #expect(NumberFormat.scientific(2).string(12345) == "1.23e4")
        #expect(NumberFormat.scientific(2).string(9.996) == "1.00e1")
        #expect(NumberFormat.percent(1).string(0.1234) == "12.3%")
        #expect(NumberFormat.integer.string(2.5) == "3")
        #expect(NumberFormat.automatic.string(-.infinity) == "-∞")
        // Past 9 × 10¹⁵ units of the last place, fixed places would be float noise: scientific, as documented.
        #expect(NumberFormat.fixed(2).string(1e14) == "1.00000e14")
    }
}

/// Ticks of ranges that are tiny but not empty, and of logarithmic axes over many decades.
@Suite struct TickRangeTests {
    /// A range of 5·10⁻¹³ was taken for a single value and drawn from −1 to 1.
    @Test func aTinyRangeIsNotMistakenForAPoint() {
        let ticks = Ticks.linear(0, 5e-13)
        #expect(ticks.values.first == 0 && ticks.values.last! >= 5e-13 && ticks.values.last! < 1e-12, "\(ticks.labels)")
        let chart = LineChart(series: [LineSeries("a", x: [0, 1, 2], y: [0, 3e-13, 5e-13])])
        #expect(chart.summary.contains("y from 0 to 5e−13"), "\(chart.summary)")
        // Equal values still get an axis around them.
        for value in [0.0, 3, -2e-20, 1e300] {
            let point = Ticks.linear(value, value)
            #expect(point.values.count >= 2 && point.values.first! <= value && point.values.last! >= value, "\(value): \(point.labels)")
        }
    }

    /// Every decade was labelled whatever the tick count: 31 labels over 10⁻³⁰…1.
    @Test(arguments: [(1e-30, 1.0, 6), (1e-300, 1e300, 6), (1e-7, 1, 6), (1e-7, 1, 10), (1, 1e12, 4), (1e-3, 1e3, 2), (1, 1e5, 1)])
    func logarithmicTicksRespectTheTickCount(low: Double, high: Double, count: Int) {
        let ticks = Ticks.logarithmic(low, high, count: count)
        let context = "\(low)…\(high) with \(count): \(ticks.labels)"
        #expect((2...max(2, count)).contains(ticks.values.count), "\(context)")
        #expect(ticks.values.allSatisfy { $0 >= low * (1 - 1e-12) && $0 <= high * (1 + 1e-12) }, "\(context)")
        // Evenly spaced decades.
        let exponents = ticks.values.map { NumberFormat.decimalExponent(of: $0) }
        #expect(Set(zip(exponents, exponents.dropFirst()).map { $1 - $0 }).count <= 1, "\(context)")
    }

    @Test func logarithmicChartsLabelAtMostTheTickCount() {
        let chart = LineChart(series: [LineSeries("a", x: [0, 1], y: [1e-30, 1])], y: Axis(scale: .logarithmic))
        let labels = chart.svg.matches(of: /text-anchor="end">10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)</).count
        #expect((2...6).contains(labels), "\(labels) labels")
    }
}
