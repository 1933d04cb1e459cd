/// The drawing inside two numeric axes — marks, reference lines, annotations and a legend —
/// shared by line, scatter, bar, histogram and heatmap charts and by each panel of small multiples.
struct CartesianPlot: Sendable {
    var title: String?
    var x: Axis
    var y: Axis
    /// Category names along x (bar charts): category i spans x = i … i + 1.
    var categories: [String] = []
    var marks: [Mark] = []
    var referenceLines: [ReferenceLine] = []
    var annotations: [Annotation] = []
    var legend: [LegendEntry] = []
    /// A heatmap's colour key.
    var colourKey: ColourKey?
    /// Bars start at zero, so the y axis must show it.
    var yIncludesZero = false

    /// The data intervals the axes must show: every mark, reference line and annotation.
    func extents() -> (x: Extent, y: Extent) {
        var xExtent = Extent(), yExtent = Extent()
        for mark in marks { mark.extend(x: &xExtent, y: &yExtent, xScale: x.scale, yScale: y.scale) }
        for line in referenceLines {
            switch line.orientation {
            case .horizontal: yExtent.include(line.value, kind: y.scale)
            case .vertical: xExtent.include(line.value, kind: x.scale)
            }
        }
        for annotation in annotations {
            xExtent.include(annotation.x, kind: x.scale)
            yExtent.include(annotation.y, kind: y.scale)
        }
        if yIncludesZero { yExtent.include(0) }
        return (xExtent, yExtent)
    }

    /// The axis intervals shared by `plots`: the first plot's fixed domains where it has them, else
    /// every plot's data widened to nice ticks; categories span 0 … count.
    static func domains(_ plots: [CartesianPlot]) -> (x: (lower: Double, upper: Double), y: (lower: Double, upper: Double)) {
        let first = plots[0]
        var xExtent = Extent(), yExtent = Extent()
        for plot in plots {
            let extents = plot.extents()
            xExtent.include(extents.x)
            yExtent.include(extents.y)
        }
        func domain(_ axis: Axis, _ extent: Extent) -> (lower: Double, upper: Double) {
            if let fixed = axis.domain { return (fixed.lowerBound, fixed.upperBound) }
            return Scale.niceDomain(extent.orDefault(axis.scale), kind: axis.scale, tickCount: axis.tickCount)
        }
        let x = first.categories.isEmpty ? domain(first.x, xExtent) : (0, Double(first.categories.count))
        return (x, domain(first.y, yExtent))
    }

    /// The pixel scales for `frame`.
    func scales(_ domains: (x: (lower: Double, upper: Double), y: (lower: Double, upper: Double)), frame: Frame) -> (x: Scale, y: Scale) {
        (Scale(kind: x.scale, domain: domains.x, range: (frame.x, frame.maxX)),
         Scale(kind: y.scale, domain: domains.y, range: (frame.maxY, frame.y)))
    }

    /// Pixel positions the marks cover, sampled at most 4 px apart along lines, for finding the
    /// emptiest corner for the legend.
    func occupiedPixels(x xs: Scale, y ys: Scale) -> [Point] {
        var pixels: [Point] = []
        func trace(_ points: [Point]) {
            var previous: Point?
            for point in points {
                guard point.x.isFinite, point.y.isFinite else { previous = nil; continue }
                let pixel = Point(x: xs(point.x), y: ys(point.y))
                if let previous {
                    let steps = Int((max(abs(pixel.x - previous.x), abs(pixel.y - previous.y)) / 4).rounded(.up))
                    for step in 1..<max(steps, 1) {
                        let t = Double(step) / Double(steps)
                        pixels.append(Point(x: previous.x + (pixel.x - previous.x) * t, y: previous.y + (pixel.y - previous.y) * t))
                    }
                }
                pixels.append(pixel)
                previous = pixel
            }
        }
        func fill(_ rect: DataRect) {
            let (left, right) = (min(xs(rect.x0), xs(rect.x1)), max(xs(rect.x0), xs(rect.x1)))
            let (top, bottom) = (min(ys(rect.y0), ys(rect.y1)), max(ys(rect.y0), ys(rect.y1)))
            var py = top
            while py <= bottom {
                var px = left
                while px <= right { pixels.append(Point(x: px, y: py)); px += 4 }
                py += 4
            }
        }
        for mark in marks {
            switch mark {
            case .line(let points, _, _, _): trace(points)
            case .band(let lower, let upper, _): trace(lower); trace(upper)
            case .dots(let points, _): for point in points { pixels.append(Point(x: xs(point.x), y: ys(point.y))) }
            case .rects(let rects, _, _): for rect in rects { fill(rect) }
            case .cells(let grid):
                fill(DataRect(x0: grid.x.lowerBound, x1: grid.x.upperBound, y0: grid.y.lowerBound, y1: grid.y.upperBound))
            }
        }
        return pixels
    }
}

/// A rectangle in the chart's coordinates (viewBox units, y down).
struct Frame: Sendable {
    var x: Double, y: Double, width: Double, height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }

    func contains(_ point: Point) -> Bool {
        point.x >= x && point.x <= maxX && point.y >= y && point.y <= maxY
    }
}

/// A heatmap's key: the colour ramp beside the plot, with ticks for the values it stands for.
struct ColourKey: Sendable {
    var title: String?
    var colours: ColorScale
    var lower: Double
    var upper: Double
}
