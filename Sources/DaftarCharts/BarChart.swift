/// Bars per category, grouped side by side when there are several series (one value per
/// category each); bars start at zero.
public struct BarChart: Chart {
    public var title: String?
    public var categories: [String]
    public var series: [BarSeries]
    /// The category axis: only its title is used.
    public var x: Axis
    /// The value axis, always linear (bars are lengths from zero).
    public var y: Axis
    public var referenceLines: [ReferenceLine]
    /// Replaces the generated description.
    public var description: String?
    public var width: Double
    public var height: Double

    public init(title: String? = nil, categories: [String], series: [BarSeries], x: Axis = Axis(), y: Axis = Axis(),
                referenceLines: [ReferenceLine] = [], description: String? = nil, width: Double = 640, height: Double = 400) {
        precondition(series.allSatisfy { $0.values.count == categories.count }, "each bar series needs one value per category")
        self.title = title
        self.categories = categories
        self.series = series
        self.x = x
        self.y = y
        self.y.scale = .linear
        self.referenceLines = referenceLines.filter { $0.orientation == .horizontal }
        self.description = description
        self.width = width
        self.height = height
    }

    var plot: CartesianPlot {
        var plot = CartesianPlot(title: title, x: x, y: y, categories: categories, referenceLines: referenceLines, yIncludesZero: true)
        let groupWidth = 0.8, barWidth = 0.8 / Double(max(series.count, 1))
        for (index, bars) in series.enumerated() {
            let rects = bars.values.enumerated().filter { $0.element.isFinite }.map { category, value in
                let left = Double(category) + (1 - groupWidth) / 2 + Double(index) * barWidth
                return DataRect(x0: left, x1: left + barWidth, y0: 0, y1: value)
            }
            plot.marks.append(.rects(rects, colour: bars.colour ?? index, opacity: 1))
        }
        if series.count > 1 {
            plot.legend = LegendEntry.entries(series) { _ in .area }
        }
        return plot
    }

    public var document: ChartDocument {
        ChartLayout.single(plot, title: title, kind: "Bar chart", description: description, width: width, height: height)
    }
}

/// One series of a bar chart: a value per category.
public struct BarSeries: Sendable {
    public var name: String
    public var values: [Double]
    /// The palette index to draw in; by default the series' position.
    public var colour: Int?

    public init(_ name: String, values: [Double], colour: Int? = nil) {
        self.name = name
        self.values = values
        self.colour = colour
    }
}
