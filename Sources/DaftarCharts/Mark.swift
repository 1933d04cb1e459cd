/// What a plot draws, in data units; charts are made of these.
enum Mark: Sendable {
    /// A polyline; non-finite points break it into pieces.
    case line(points: [Point], colour: Int, dashed: Bool, markers: Bool)
    /// The area between two lines sharing their x values (mean ± std over seeds).
    case band(lower: [Point], upper: [Point], colour: Int)
    /// Dots, one per point.
    case dots(points: [Point], colour: Int)
    /// Filled rectangles (bars, histogram bins).
    case rects([DataRect], colour: Int, opacity: Double)
    /// A grid of coloured cells (a heatmap).
    case cells(CellGrid)
}

/// An axis-aligned rectangle in data units.
struct DataRect: Sendable {
    var x0: Double, x1: Double, y0: Double, y1: Double
}

/// A heatmap's values over a rectangle of the plane, row 0 at the bottom.
struct CellGrid: Sendable {
    var values: [[Double]]
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>
    var colours: ColorScale
}

/// One entry of a legend: a label and the mark it names.
struct LegendEntry: Sendable {
    enum Swatch: Sendable { case line(dashed: Bool), dot, area }

    var label: String
    var colour: Int
    var swatch: Swatch

    /// One entry per series, each in its own colour or its position's.
    static func entries(_ series: [some NamedSeries], swatch: (Int) -> Swatch) -> [LegendEntry] {
        series.enumerated().map { LegendEntry(label: $1.name, colour: $1.colour ?? $0, swatch: swatch($0)) }
    }
}

/// A named series of a chart, drawn in a palette colour (its own, or its position's).
protocol NamedSeries {
    var name: String { get }
    var colour: Int? { get }
}

extension LineSeries: NamedSeries {}
extension ScatterGroup: NamedSeries {}
extension BarSeries: NamedSeries {}
extension HistogramData: NamedSeries {}

extension Mark {
    /// Widens `x` and `y` to hold this mark.
    func extend(x: inout Extent, y: inout Extent, xScale: ScaleKind, yScale: ScaleKind) {
        func include(_ points: [Point]) {
            for point in points where point.x.isFinite && point.y.isFinite {
                x.include(point.x, kind: xScale)
                y.include(point.y, kind: yScale)
            }
        }
        switch self {
        case .line(let points, _, _, _), .dots(let points, _): include(points)
        case .band(let lower, let upper, _): include(lower); include(upper)
        case .rects(let rects, _, _):
            for rect in rects {
                x.include(rect.x0, kind: xScale); x.include(rect.x1, kind: xScale)
                y.include(rect.y0, kind: yScale); y.include(rect.y1, kind: yScale)
            }
        case .cells(let grid):
            x.include(grid.x.lowerBound, kind: xScale); x.include(grid.x.upperBound, kind: xScale)
            y.include(grid.y.lowerBound, kind: yScale); y.include(grid.y.upperBound, kind: yScale)
        }
    }
}
