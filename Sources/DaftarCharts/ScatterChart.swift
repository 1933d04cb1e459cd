/// Points on two numeric axes, coloured by class (a classifier's data set, say).
public struct ScatterChart: Chart {
    public var title: String?
    /// One group of points per class, each in its own colour.
    public var groups: [ScatterGroup]
    public var x: Axis
    public var y: Axis
    public var referenceLines: [ReferenceLine]
    public var annotations: [Annotation]
    /// Replaces the generated description.
    public var description: String?
    public var width: Double
    public var height: Double

    public init(title: String? = nil, groups: [ScatterGroup], x: Axis = Axis(), y: Axis = Axis(),
                referenceLines: [ReferenceLine] = [], annotations: [Annotation] = [], description: String? = nil,
                width: Double = 640, height: Double = 400) {
        self.title = title
        self.groups = groups
        self.x = x
        self.y = y
        self.referenceLines = referenceLines
        self.annotations = annotations
        self.description = description
        self.width = width
        self.height = height
    }

    /// Points with a class index each, grouped by class; class `k` is named `classNames[k]`
    /// (default "class k").
    public init(title: String? = nil, points: [Point], classes: [Int], classNames: [String] = [],
                x: Axis = Axis(), y: Axis = Axis(), width: Double = 640, height: Double = 400) {
        precondition(points.count == classes.count, "one class per point")
        let groups = Set(classes).sorted().map { label in
            ScatterGroup(label < classNames.count ? classNames[label] : "class \(label)",
                         points: zip(points, classes).filter { $0.1 == label }.map(\.0), colour: label)
        }
        self.init(title: title, groups: groups, x: x, y: y, width: width, height: height)
    }

    var plot: CartesianPlot {
        var plot = CartesianPlot(title: title, x: x, y: y, referenceLines: referenceLines, annotations: annotations)
        plot.marks = groups.enumerated().map { Mark.dots(points: $1.points, colour: $1.colour ?? $0) }
        if groups.count > 1 {
            plot.legend = LegendEntry.entries(groups) { _ in .dot }
        }
        return plot
    }

    public var document: ChartDocument {
        ChartLayout.single(plot, title: title, kind: "Scatter chart", description: description, width: width, height: height)
    }
}

/// The points of one class in a scatter chart (or over a heatmap).
public struct ScatterGroup: Sendable {
    public var name: String
    public var points: [Point]
    /// The palette index to draw in; by default the group's position.
    public var colour: Int?

    public init(_ name: String, points: [Point], colour: Int? = nil) {
        self.name = name
        self.points = points
        self.colour = colour
    }
}
