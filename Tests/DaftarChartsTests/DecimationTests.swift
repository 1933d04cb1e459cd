@testable import DaftarCharts
import Testing
import DaftarTestSupport

/// Min/max decimation keeps exactly the pixels a line covers, column by column.
@Suite struct DecimationTests {
    /// For each pixel column, the lowest and highest y the polyline reaches inside it, found by
    /// clipping every segment to the column: what a rasteriser would fill.
    static func envelope(_ points: [Point]) -> [Int: (low: Double, high: Double)] {
        var envelope: [Int: (low: Double, high: Double)] = [:]
        func include(_ column: Int, _ y: Double) {
            let current = envelope[column] ?? (y, y)
            envelope[column] = (min(current.low, y), max(current.high, y))
        }
        for point in points { include(Int(point.x.rounded(.down)), point.y) }
        for (a, b) in zip(points, points.dropFirst()) where a.x != b.x {
            let (left, right) = a.x < b.x ? (a, b) : (b, a)
            var boundary = left.x.rounded(.down) + 1
            while boundary <= right.x {
                let y = left.y + (right.y - left.y) * (boundary - left.x) / (right.x - left.x)
                include(Int(boundary) - 1, y)
                include(Int(boundary), y)
                boundary += 1
            }
        }
        return envelope
    }

    @Test(arguments: 0..<25)
    func decimatedLineCoversTheSamePixelsAsTheOriginal(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let count = 200 + Int(generator.next() % 20_000)
        let width = 50 + generator.uniform() * 600
        var y = 0.0
        // A random walk, sometimes doubling back in x (a parametric curve), sometimes smooth.
        let backtracks = seed % 3 == 0
        var x = 0.0
        let points = (0..<count).map { index -> Point in
            y += generator.normal() * (seed % 2 == 0 ? 3 : 0.05)
            x = backtracks ? width * (0.5 + 0.5 * Double(index % 997) / 997 * (index % 2 == 0 ? 1 : 0.9)) : width * Double(index) / Double(count)
            return Point(x: x, y: y)
        }
        let kept = Decimation.minMaxPerColumn(points)
        #expect(kept.first == points.first && kept.last == points.last)
        #expect(kept.count <= points.count)
        if !backtracks { #expect(kept.count <= 4 * (Int(width) + 1), "\(kept.count) points kept for \(Int(width)) columns") }
        let original = Self.envelope(points), reduced = Self.envelope(kept)
        #expect(original.keys.sorted() == reduced.keys.sorted(), "seed \(seed): different columns")
        for (column, range) in original {
            let other = reduced[column]!
            #expect(abs(range.low - other.low) < 1e-9 && abs(range.high - other.high) < 1e-9,
                    "seed \(seed), column \(column): \(range) became \(other)")
        }
        // Order is preserved: the kept points are a subsequence of the original.
        var index = 0
        for point in kept {
            while index < points.count, points[index] != point { index += 1 }
            #expect(index < points.count, "seed \(seed): a kept point is out of order")
        }
    }

    @Test func pathDataIsExactInTenthsAndUsesShortForms() {
        let path = PathData.polyline([Point(x: 10, y: 20), Point(x: 10.5, y: 20), Point(x: 10.5, y: 18.25), Point(x: 12, y: 19)])
        #expect(path == "M100 200h5v-17l15 7", "\(path)")
    }
}
