/// Values over a rectangle of the plane as colours, with a colour key: a classifier's decision
/// regions, or per-layer activation histograms over training steps. Points can be drawn over it.
public struct Heatmap: Chart {
    public var title: String?
    /// The cells, `values[row][column]`; row 0 is at the bottom (lowest y), column 0 at the left.
    public var values: [[Double]]
    /// The interval of x the columns span, and of y the rows span.
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    public var x: Axis
    public var y: Axis
    public var colours: ColorScale
    /// The title of the colour key: what the colours stand for.
    public var valueTitle: String?
    /// Points drawn over the cells, coloured by group (a data set over its decision regions).
    public var overlay: [ScatterGroup]
    /// Replaces the generated description.
    public var description: String?
    public var width: Double
    public var height: Double

    public init(title: String? = nil, values: [[Double]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                x: Axis = Axis(), y: Axis = Axis(), colours: ColorScale = .viridis, valueTitle: String? = nil,
                overlay: [ScatterGroup] = [], description: String? = nil, width: Double = 640, height: Double = 400) {
        self.title = title
        self.values = values
        self.xRange = xRange
        self.yRange = yRange
        self.x = x
        self.y = y
        self.colours = colours
        self.valueTitle = valueTitle
        self.overlay = overlay
        self.description = description
        self.width = width
        self.height = height
    }

    /// `function(x, y)` on a `columns` × `rows` grid of cell centres over the two intervals.
    public init(title: String? = nil, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, columns: Int = 60, rows: Int = 40,
                x: Axis = Axis(), y: Axis = Axis(), colours: ColorScale = .viridis, valueTitle: String? = nil,
                overlay: [ScatterGroup] = [], width: Double = 640, height: Double = 400, _ function: (Double, Double) -> Double) {
        let values = (0..<rows).map { row in
            let yValue = yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * (Double(row) + 0.5) / Double(rows)
            return (0..<columns).map { column in
                function(xRange.lowerBound + (xRange.upperBound - xRange.lowerBound) * (Double(column) + 0.5) / Double(columns), yValue)
            }
        }
        self.init(title: title, values: values, xRange: xRange, yRange: yRange, x: x, y: y, colours: colours,
                  valueTitle: valueTitle, overlay: overlay, width: width, height: height)
    }

    var plot: CartesianPlot {
        var fixedX = x, fixedY = y
        fixedX.domain = fixedX.domain ?? xRange
        fixedY.domain = fixedY.domain ?? yRange
        var plot = CartesianPlot(title: title, x: fixedX, y: fixedY)
        plot.marks = [.cells(CellGrid(values: values, x: xRange, y: yRange, colours: colours))]
        plot.marks += overlay.enumerated().map { Mark.dots(points: $1.points, colour: $1.colour ?? $0) }
        if !overlay.isEmpty {
            plot.legend = LegendEntry.entries(overlay) { _ in .dot }
        }
        var (lower, upper) = colours.domain(of: values)
        if upper <= lower { (lower, upper) = (lower - 0.5, upper + 0.5) }
        plot.colourKey = ColourKey(title: valueTitle, colours: colours, lower: lower, upper: upper)
        return plot
    }

    public var document: ChartDocument {
        let columns = values.map(\.count).max() ?? 0
        let plot = self.plot
        let key = plot.colourKey!
        let described = description ?? "Heatmap\(title.map { " “\($0)”" } ?? ""): \(values.count) rows × \(columns) columns of "
            + (valueTitle ?? "values") + " from \(NumberFormat.significant(3).string(key.lower, minus: .typographic)) to "
            + "\(NumberFormat.significant(3).string(key.upper, minus: .typographic)); "
            + ChartLayout.plotSummary(plot, domains: CartesianPlot.domains([plot])) + "."
        return ChartLayout.single(plot, title: title, kind: "Heatmap", description: described, width: width, height: height)
    }
}
