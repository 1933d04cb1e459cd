#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How values are distributed: counts in equal bins whose edges fall on round numbers, several
/// data sets overlaid translucently on the same bins.
public struct Histogram: Chart {
    public var title: String?
    public var datasets: [HistogramData]
    /// About how many bins; by default Sturges' rule, ⌈log₂ n⌉ + 1, for the largest data set.
    public var bins: Int?
    /// The interval binned; by default the data's. Values outside it are not counted.
    public var range: ClosedRange<Double>?
    public var x: Axis
    public var y: Axis
    public var referenceLines: [ReferenceLine]
    /// Replaces the generated description.
    public var description: String?
    public var width: Double
    public var height: Double

    public init(title: String? = nil, datasets: [HistogramData], bins: Int? = nil, range: ClosedRange<Double>? = nil,
                x: Axis = Axis(), y: Axis = Axis("count"), referenceLines: [ReferenceLine] = [], description: String? = nil,
                width: Double = 640, height: Double = 400) {
        self.title = title
        self.datasets = datasets
        self.bins = bins
        self.range = range
        self.x = x
        self.y = y
        self.y.scale = .linear
        self.referenceLines = referenceLines
        self.description = description
        self.width = width
        self.height = height
    }

    /// A histogram of one data set.
    public init(title: String? = nil, values: [Double], bins: Int? = nil, range: ClosedRange<Double>? = nil,
                x: Axis = Axis(), y: Axis = Axis("count"), width: Double = 640, height: Double = 400) {
        self.init(title: title, datasets: [HistogramData("values", values: values)], bins: bins, range: range,
                  x: x, y: y, width: width, height: height)
    }

    /// The bin edges: multiples of a nice step covering the range, each the Double nearest to
    /// its decimal value (0.3, not 3 × 0.1), as tick values are.
    public var edges: [Double] { binning.edges }

    /// The number of values in each bin, per data set; a value on an inner edge counts in the
    /// bin above it, the top edge in the last bin. "On" allows 10⁻⁹ of a bin's width below the
    /// edge, so that 0.1 + 0.2 + 0.3 (0.6 less 10⁻¹⁶) counts from 0.6 as 0.6 does.
    public var counts: [[Int]] {
        let (edges, step) = binning
        let (lower, bins) = (edges[0], edges.count - 1)
        let tolerance = 1e-9
        return datasets.map { data in
            var counts = [Int](repeating: 0, count: bins)
            for value in data.values where value.isFinite {
                // In bin widths from the first edge (each term divided apart where the difference overflows).
                let offset = value - lower
                let position = (offset.isFinite ? offset / step : value / step - lower / step) + tolerance
                guard position >= 0, position <= Double(bins) + 2 * tolerance else { continue }
                counts[min(bins - 1, Int(position.rounded(.down)))] += 1
            }
            return counts
        }
    }

    /// The edges, and the step between them.
    private var binning: (edges: [Double], step: Double) {
        var extent = Extent()
        if let range {
            extent.include(range.lowerBound)
            extent.include(range.upperBound)
        } else {
            for data in datasets { for value in data.values { extent.include(value) } }
        }
        let (lower, upper) = extent.orDefault(.linear)
        let largest = datasets.map(\.values.count).max() ?? 0
        let wanted = bins ?? min(60, max(5, Int(log2(Double(max(largest, 1))).rounded(.up)) + 1))
        // The step in integer units of a power of ten, like the ticks, so each edge is exact.
        let labelling = Ticks.linearLabelling(lower, upper, count: wanted + 1)
        func edge(_ index: Int) -> Double { Ticks.value(units: index * labelling.step, exponent: labelling.exponent) }
        let step = edge(1)
        var first = Int((lower / step).rounded(.down)), last = Int((upper / step).rounded(.up))
        while edge(first) > lower { first -= 1 }
        while edge(first + 1) <= lower { first += 1 }
        while edge(last) < upper { last += 1 }
        while last - 1 > first, edge(last - 1) >= upper { last -= 1 }
        return ((first...max(first + 1, last)).map(edge), step)
    }

    var plot: CartesianPlot {
        var plot = CartesianPlot(title: title, x: x, y: y, referenceLines: referenceLines, yIncludesZero: true)
        let edges = self.edges
        for (index, counts) in counts.enumerated() {
            let rects = counts.enumerated().filter { $0.element > 0 }.map { bin, count in
                DataRect(x0: edges[bin], x1: edges[bin + 1], y0: 0, y1: Double(count))
            }
            plot.marks.append(.rects(rects, colour: datasets[index].colour ?? index, opacity: datasets.count > 1 ? 0.55 : 0.9))
        }
        if datasets.count > 1 {
            plot.legend = LegendEntry.entries(datasets) { _ in .area }
        }
        return plot
    }

    public var document: ChartDocument {
        ChartLayout.single(plot, title: title, kind: "Histogram", description: description, width: width, height: height)
    }
}

/// One data set of a histogram.
public struct HistogramData: Sendable {
    public var name: String
    public var values: [Double]
    /// The palette index to draw in; by default the data set's position.
    public var colour: Int?

    public init(_ name: String, values: [Double], colour: Int? = nil) {
        self.name = name
        self.values = values
        self.colour = colour
    }
}
