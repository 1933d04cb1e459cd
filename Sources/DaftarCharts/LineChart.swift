/// Lines over a numeric x axis: many series, optional markers, shaded bands (mean ± std over
/// seeds), reference lines and annotations.
public struct LineChart: Chart {
    public var title: String?
    public var series: [LineSeries]
    public var x: Axis
    public var y: Axis
    public var referenceLines: [ReferenceLine]
    public var annotations: [Annotation]
    /// Replaces the generated description (the SVG's `<desc>` and the text shown in terminals).
    public var description: String?
    /// The chart's size in viewBox units; it scales to the page's width, keeping this shape.
    public var width: Double
    public var height: Double

    public init(title: String? = nil, series: [LineSeries], x: Axis = Axis(), y: Axis = Axis(),
                referenceLines: [ReferenceLine] = [], annotations: [Annotation] = [], description: String? = nil,
                width: Double = 640, height: Double = 400) {
        self.title = title
        self.series = series
        self.x = x
        self.y = y
        self.referenceLines = referenceLines
        self.annotations = annotations
        self.description = description
        self.width = width
        self.height = height
    }

    var plot: CartesianPlot {
        var plot = CartesianPlot(title: title, x: x, y: y, referenceLines: referenceLines, annotations: annotations)
        for (index, line) in series.enumerated() {
            let colour = line.colour ?? index
            if let band = line.band {
                plot.marks.append(.band(lower: zip(line.points, band.lower).map { Point(x: $0.x, y: $1) },
                                        upper: zip(line.points, band.upper).map { Point(x: $0.x, y: $1) }, colour: colour))
            }
        }
        for (index, line) in series.enumerated() {
            plot.marks.append(.line(points: line.points, colour: line.colour ?? index, dashed: line.dashed, markers: line.markers))
        }
        if series.count > 1 || series.contains(where: { $0.band != nil }) {
            plot.legend = LegendEntry.entries(series) { .line(dashed: series[$0].dashed) }
        }
        return plot
    }

    public var document: ChartDocument {
        ChartLayout.single(plot, title: title, kind: "Line chart", description: description, width: width, height: height)
    }
}

/// One line of a line chart.
public struct LineSeries: Sendable {
    /// The name shown in the legend.
    public var name: String
    /// The points in drawing order; a non-finite y leaves a gap.
    public var points: [Point]
    /// A shaded band around the line, one lower and one upper value per point.
    public var band: (lower: [Double], upper: [Double])?
    /// Draws a dot at each point (for a few points, not for dense curves).
    public var markers: Bool
    public var dashed: Bool
    /// The palette index to draw in (0 is orange); by default the series' position.
    public var colour: Int?

    public init(_ name: String, points: [Point], band: (lower: [Double], upper: [Double])? = nil,
                markers: Bool = false, dashed: Bool = false, colour: Int? = nil) {
        precondition(band.map { $0.lower.count == points.count && $0.upper.count == points.count } ?? true,
                     "a band needs one lower and one upper value per point")
        self.name = name
        self.points = points
        self.band = band
        self.markers = markers
        self.dashed = dashed
        self.colour = colour
    }

    /// A line through (`x[i]`, `y[i]`).
    public init(_ name: String, x: [Double], y: [Double], markers: Bool = false, dashed: Bool = false, colour: Int? = nil) {
        precondition(x.count == y.count, "x and y must have the same length")
        self.init(name, points: zip(x, y).map { Point(x: $0, y: $1) }, markers: markers, dashed: dashed, colour: colour)
    }

    /// `function` sampled at `samples` evenly spaced points of `interval`, both ends included.
    public init(_ name: String, over interval: ClosedRange<Double>, samples: Int = 601, dashed: Bool = false,
                colour: Int? = nil, _ function: (Double) -> Double) {
        let xs = LineSeries.grid(interval, samples: samples)
        self.init(name, x: xs, y: xs.map(function), dashed: dashed, colour: colour)
    }

    /// The mean over `runs` (one array of y values per seed) with a band of ± one sample standard
    /// deviation: how a result varies from seed to seed.
    public static func meanAndDeviation(_ name: String, x: [Double], runs: [[Double]], colour: Int? = nil) -> LineSeries {
        precondition(!runs.isEmpty && runs.allSatisfy { $0.count == x.count }, "each run needs one value per x")
        let statistics = x.indices.map { index in Statistics(runs.map { $0[index] }) }
        return LineSeries(name, points: zip(x, statistics).map { Point(x: $0, y: $1.mean) },
                          band: (statistics.map { $0.mean - $0.standardDeviation }, statistics.map { $0.mean + $0.standardDeviation }),
                          colour: colour)
    }

    /// `samples` evenly spaced values from the interval's lower to its upper bound.
    static func grid(_ interval: ClosedRange<Double>, samples: Int) -> [Double] {
        let count = max(2, samples)
        let step = (interval.upperBound - interval.lowerBound) / Double(count - 1)
        return (0..<count).map { $0 == count - 1 ? interval.upperBound : interval.lowerBound + Double($0) * step }
    }
}
