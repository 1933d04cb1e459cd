@testable import DaftarCharts
import Testing
import DaftarTestSupport

/// Histogram bins: round edges written exactly, and values on an edge counted in the bin above.
@Suite struct HistogramTests {
    /// Edges computed as `index × 0.1` in binary fell just off 0.3, 0.6, 0.7…, so values on them
    /// landed a bin low: [1, 1, 2, 0, 1, 2, 1, 0, 1, 2].
    @Test func valuesOnInnerEdgesCountInTheBinAbove() {
        let tenths = (0...10).map { Double($0) / 10 }
        let histogram = Histogram(values: tenths, bins: 10)
        #expect(histogram.edges == tenths, "\(histogram.edges)")
        #expect(histogram.counts == [[1, 1, 1, 1, 1, 1, 1, 1, 1, 2]])
        // The same values computed by repeated addition sit a little off the edges.
        let summed = (0...10).map { index in (0..<index).reduce(0.0) { sum, _ in sum + 0.1 } }
        #expect(Histogram(values: summed, bins: 10).counts == [[1, 1, 1, 1, 1, 1, 1, 1, 1, 2]])
    }

    /// Random data on a grid of edges: each value's bin holds it, edge values in the bin above.
    @Test(arguments: 0..<20)
    func everyValueFallsInTheBinThatHoldsIt(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let scale = NumberFormat.power(Int(generator.next() % 7) - 3)
        let step = [0.1, 0.2, 0.25, 0.5, 1][Int(generator.next() % 5)] * scale
        // Half the values exactly on multiples of the step, half anywhere.
        let values = (0..<200).map { index in
            index % 2 == 0 ? Double(Int(generator.next() % 40)) * step : generator.uniform() * 40 * step
        }
        let histogram = Histogram(values: values, bins: 12)
        let edges = histogram.edges, counts = histogram.counts[0]
        #expect(counts.reduce(0, +) == values.count, "seed \(seed)")
        var expected = [Int](repeating: 0, count: counts.count)
        for value in values {
            let bin = edges.indices.dropLast().last { edges[$0] <= value * (1 + 1e-12) + 1e-300 } ?? 0
            expected[min(bin, counts.count - 1)] += 1
        }
        #expect(counts == expected, "seed \(seed), edges \(edges)")
    }
}
