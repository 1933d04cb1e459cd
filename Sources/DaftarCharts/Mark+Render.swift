/// Drawing each kind of mark in pixels, dense lines reduced by `Decimation` first.
extension Mark {
    func render(x xs: Scale, y ys: Scale, into svg: inout SVGWriter) {
        switch self {
        case .line(let points, let colour, let dashed, let markers):
            let pixels = points.map { Point(x: xs($0.x), y: ys($0.y)) }
            let data = Self.finiteRuns(pixels).map { PathData.polyline(Decimation.minMaxPerColumn($0)) }.joined()
            svg.raw("<path \(PathData.transform) d=\"\(data)\" fill=\"none\" \(Palette.paint("stroke", colour)) stroke-width=\"20\" stroke-linejoin=\"round\" stroke-linecap=\"round\"\(dashed ? " stroke-dasharray=\"60 40\"" : "")/>")
            if markers { Self.circles(pixels, colour: colour, radius: 3, into: &svg) }
        case .band(let lower, let upper, let colour):
            var data = ""
            for run in Self.finiteRuns(zip(lower, upper).map { (Point(x: xs($0.x), y: ys($0.y)), Point(x: xs($1.x), y: ys($1.y))) }) {
                data += PathData.polyline(Decimation.minMaxPerColumn(run.map(\.1))
                    + Decimation.minMaxPerColumn(run.map(\.0).reversed())) + "z"
            }
            svg.raw("<path \(PathData.transform) d=\"\(data)\" \(Palette.paint("fill", colour)) fill-opacity=\"0.2\"/>")
        case .dots(let points, let colour):
            Self.circles(points.map { Point(x: xs($0.x), y: ys($0.y)) }, colour: colour, radius: 3, into: &svg)
        case .rects(let rects, let colour, let opacity):
            var data = ""
            for rect in rects {
                // Clipped to the frame: a bar of 10⁹ on an axis to 2 ends at its top.
                guard var (left, right, top, bottom) = Scale.pixels(of: rect, x: xs, y: ys) else { continue }
                // A hairline gap between touching bars (histogram bins), when there is room.
                if right - left > 4 { (left, right) = (left + 0.5, right - 0.5) }
                data += "M\(SVGWriter.number(left)) \(SVGWriter.number(top))H\(SVGWriter.number(right))V\(SVGWriter.number(bottom))H\(SVGWriter.number(left))z"
            }
            svg.raw("<path d=\"\(data)\" \(Palette.paint("fill", colour))\(opacity < 1 ? " fill-opacity=\"\(SVGWriter.number(opacity))\"" : "")/>")
        case .cells(let grid):
            Self.renderCells(grid, x: xs, y: ys, into: &svg)
        }
    }

    /// The longest runs of consecutive finite points: where a line has a gap (NaN, ±∞).
    private static func finiteRuns<Element>(_ items: [Element], finite: (Element) -> Bool) -> [[Element]] {
        var runs: [[Element]] = [], current: [Element] = []
        for item in items {
            if finite(item) { current.append(item) } else if !current.isEmpty { runs.append(current); current = [] }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private static func finiteRuns(_ points: [Point]) -> [[Point]] {
        finiteRuns(points) { $0.x.isFinite && $0.y.isFinite }
    }

    private static func finiteRuns(_ pairs: [(Point, Point)]) -> [[(Point, Point)]] {
        finiteRuns(pairs) { $0.0.x.isFinite && $0.0.y.isFinite && $0.1.x.isFinite && $0.1.y.isFinite }
    }

    /// Dots at `pixels`, in one group painted in series `colour`.
    private static func circles(_ pixels: [Point], colour: Int, radius: Double, into svg: inout SVGWriter) {
        svg.raw("<g \(Palette.paint("fill", colour)) fill-opacity=\"0.85\">")
        for pixel in pixels where pixel.x.isFinite && pixel.y.isFinite {
            svg.raw("<circle cx=\"\(SVGWriter.number(pixel.x))\" cy=\"\(SVGWriter.number(pixel.y))\" r=\"\(SVGWriter.number(radius))\"/>")
        }
        svg.raw("</g>")
    }

    /// A heatmap's cells, one path per colour level, each row's neighbouring cells of one level
    /// merged into one rectangle.
    private static func renderCells(_ grid: CellGrid, x xs: Scale, y ys: Scale, into svg: inout SVGWriter) {
        let rows = grid.values.count
        guard rows > 0 else { return }
        let (lower, upper) = grid.colours.domain(of: grid.values)
        var paths = [String](repeating: "", count: ColorScale.levels)
        for (row, values) in grid.values.enumerated() {
            let columns = values.count
            // Cell edges clipped to the frame, like bars: on a logarithmic x from 0, the first
            // column starts at the axis.
            func position(_ scale: Scale, _ range: ClosedRange<Double>, _ index: Int, of count: Int) -> Double {
                scale(scale.clampedToDomain(range.lowerBound + (range.upperBound - range.lowerBound) * Double(index) / Double(count)) ?? .nan)
            }
            let (yTop, yBottom) = (position(ys, grid.y, row + 1, of: rows), position(ys, grid.y, row, of: rows))
            func xAt(_ column: Int) -> Double { position(xs, grid.x, column, of: columns) }
            var column = 0
            while column < columns {
                guard values[column].isFinite, yTop.isFinite, yBottom.isFinite, xAt(column).isFinite else { column += 1; continue }
                let level = grid.colours.level(values[column], lower: lower, upper: upper)
                var end = column + 1
                while end < columns, values[end].isFinite, grid.colours.level(values[end], lower: lower, upper: upper) == level { end += 1 }
                let (left, right) = (xAt(column), xAt(end))
                paths[level] += "M\(SVGWriter.number(left)) \(SVGWriter.number(yTop))H\(SVGWriter.number(right))V\(SVGWriter.number(yBottom))H\(SVGWriter.number(left))z"
                column = end
            }
        }
        svg.raw("<g shape-rendering=\"crispEdges\">")
        for (level, data) in paths.enumerated() where !data.isEmpty {
            svg.raw("<path d=\"\(data)\" fill=\"\(grid.colours.colour(level: level))\"/>")
        }
        svg.raw("</g>")
    }
}
