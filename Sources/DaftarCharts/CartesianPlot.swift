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
            let fitted = Scale.niceDomain(extent.orDefault(axis.scale), kind: axis.scale, tickCount: axis.tickCount)
            guard let fixed = axis.domain else { return fitted }
            // A bound no axis can show gives way to the data's: ±∞, and on a logarithmic axis
            // zero and negatives (see `Axis.domain`).
            let upper = fixed.upperBound.isFinite && (axis.scale == .linear || fixed.upperBound > 0) ? fixed.upperBound : fitted.upper
            guard fixed.lowerBound.isFinite, axis.scale == .linear || fixed.lowerBound > 0 else {
                return (fitted.lower < upper ? fitted.lower : (axis.scale == .linear ? upper - 1 : upper / 10), upper)
            }
            return (fixed.lowerBound, upper)
        }
        let x = first.categories.isEmpty ? domain(first.x, xExtent) : (0, Double(first.categories.count))
        return (x, domain(first.y, yExtent))
    }

    /// The pixel scales for `frame`.
    func scales(_ domains: (x: (lower: Double, upper: Double), y: (lower: Double, upper: Double)), frame: Frame) -> (x: Scale, y: Scale) {
        (Scale(kind: x.scale, domain: domains.x, range: (frame.x, frame.maxX)),
         Scale(kind: y.scale, domain: domains.y, range: (frame.maxY, frame.y)))
    }

    /// Pixel positions inside the frame that the marks cover, sampled at most 4 px apart along
    /// lines, for finding the emptiest corner for the legend.
    func occupiedPixels(x xs: Scale, y ys: Scale) -> [Point] {
        var pixels: [Point] = []
        let frame = Frame(x: min(xs.range.start, xs.range.end), y: min(ys.range.start, ys.range.end),
                          width: abs(xs.range.end - xs.range.start), height: abs(ys.range.end - ys.range.start))
        func trace(_ points: [Point]) {
            var previous: Point?
            for point in points {
                let pixel = Point(x: xs(point.x), y: ys(point.y))
                // A gap: NaN, ±∞, or a value the logarithmic axis cannot show.
                guard pixel.x.isFinite, pixel.y.isFinite else { previous = nil; continue }
                // Samples along the segment where it crosses the frame (all of it, mostly).
                if let previous, let (entry, exit) = frame.clip(from: previous, to: pixel) {
                    let steps = Int((max(abs(pixel.x - previous.x), abs(pixel.y - previous.y)) / 4).rounded(.up))
                    let (first, last) = (max(1, Int((entry * Double(steps)).rounded(.up))), min(steps - 1, Int((exit * Double(steps)).rounded(.down))))
                    for step in stride(from: first, through: last, by: 1) {
                        let t = Double(step) / Double(steps)
                        pixels.append(Point(x: previous.x + (pixel.x - previous.x) * t, y: previous.y + (pixel.y - previous.y) * t))
                    }
                }
                if frame.contains(pixel) { pixels.append(pixel) }
                previous = pixel
            }
        }
        func fill(_ rect: DataRect) {
            guard let (left, right, top, bottom) = Scale.pixels(of: rect, x: xs, y: ys) else { return }
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
            case .dots(let points, _): pixels += points.map { Point(x: xs($0.x), y: ys($0.y)) }.filter(frame.contains)
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

    /// The part of the segment from `start` to `end` inside the frame, as the interval of its
    /// parameter t (0 at `start`, 1 at `end`); nil when it misses the frame (Liang–Barsky).
    func clip(from start: Point, to end: Point) -> (entry: Double, exit: Double)? {
        let (dx, dy) = (end.x - start.x, end.y - start.y)
        var (entry, exit) = (0.0, 1.0)
        for (p, q) in [(-dx, start.x - x), (dx, maxX - start.x), (-dy, start.y - y), (dy, maxY - start.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else if p < 0 {
                entry = max(entry, q / p)
            } else {
                exit = min(exit, q / p)
            }
        }
        return entry <= exit ? (entry, exit) : nil
    }
}

/// A heatmap's key: the colour ramp beside the plot, with ticks for the values it stands for.
struct ColourKey: Sendable {
    var title: String?
    var colours: ColorScale
    var lower: Double
    var upper: Double
}
