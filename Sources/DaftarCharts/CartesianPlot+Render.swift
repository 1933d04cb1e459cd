/// Drawing a plot into a frame: grid, marks (clipped to the frame), axes, ticks, reference lines
/// and annotations. Titles and legends belong to the layout around it.
extension CartesianPlot {
    /// Which tick labels a plot shows: small multiples label only their outer edges.
    struct TickLabels: OptionSet, Sendable {
        let rawValue: Int
        static let x = TickLabels(rawValue: 1)
        static let y = TickLabels(rawValue: 2)
        static let both: TickLabels = [.x, .y]
    }

    /// The tick values and labels of both axes that fall inside `domains`.
    func ticks(_ domains: (x: (lower: Double, upper: Double), y: (lower: Double, upper: Double))) -> (x: Ticks, y: Ticks) {
        func inside(_ ticks: Ticks, _ domain: (lower: Double, upper: Double)) -> Ticks {
            let slack = (domain.upper - domain.lower) * 1e-9
            let kept = ticks.values.indices.filter { ticks.values[$0] >= domain.lower - slack && ticks.values[$0] <= domain.upper + slack }
            return Ticks(values: kept.map { ticks.values[$0] }, labels: kept.map { ticks.labels[$0] })
        }
        let xTicks = categories.isEmpty
            ? inside(Scale(kind: x.scale, domain: domains.x, range: (0, 1)).ticks(count: x.tickCount), domains.x)
            : Ticks(values: categories.indices.map { Double($0) + 0.5 }, labels: categories)
        let yTicks = inside(Scale(kind: y.scale, domain: domains.y, range: (0, 1)).ticks(count: y.tickCount), domains.y)
        return (xTicks, yTicks)
    }

    /// Draws the plot into `frame`, its marks clipped by the clip path `clipID`.
    func render(in frame: Frame, domains: (x: (lower: Double, upper: Double), y: (lower: Double, upper: Double)),
                clipID: String, labels: TickLabels, into svg: inout SVGWriter) {
        let (xs, ys) = scales(domains, frame: frame)
        let (xTicks, yTicks) = ticks(domains)
        var grid = ""
        for value in yTicks.values { grid += "M\(SVGWriter.number(frame.x)) \(SVGWriter.number(ys(value)))H\(SVGWriter.number(frame.maxX))" }
        if categories.isEmpty {
            for value in xTicks.values { grid += "M\(SVGWriter.number(xs(value))) \(SVGWriter.number(frame.y))V\(SVGWriter.number(frame.maxY))" }
        }
        svg.raw("<path d=\"\(grid)\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.13\"/>")
        svg.raw("<g clip-path=\"url(#\(clipID))\">")
        for mark in marks { mark.render(x: xs, y: ys, into: &svg) }
        svg.raw("</g>")
        svg.raw("<path d=\"M\(SVGWriter.number(frame.x)) \(SVGWriter.number(frame.y))V\(SVGWriter.number(frame.maxY))H\(SVGWriter.number(frame.maxX))\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/>")
        renderReferenceLines(frame: frame, x: xs, y: ys, into: &svg)
        renderAnnotations(frame: frame, x: xs, y: ys, into: &svg)
        svg.raw("<g fill=\"currentColor\" font-size=\"11\">")
        if labels.contains(.y) {
            for (value, label) in zip(yTicks.values, yTicks.labels) {
                svg.label(label, x: frame.x - 6, y: ys(value) + 4, anchor: .right)
            }
        }
        if labels.contains(.x) {
            for (value, label) in zip(xTicks.values, xTicks.labels) {
                svg.label(label, x: xs(value), y: frame.maxY + 16, anchor: .middle)
            }
        }
        svg.raw("</g>")
    }

    /// Dashed lines across the frame, each label just above its line's right end (a vertical
    /// line's beside its top). A line outside a fixed domain is left out, as the marks are clipped.
    private func renderReferenceLines(frame: Frame, x xs: Scale, y ys: Scale, into svg: inout SVGWriter) {
        guard !referenceLines.isEmpty else { return }
        svg.raw("<g fill=\"currentColor\" stroke=\"currentColor\" font-size=\"11\">")
        for line in referenceLines {
            switch line.orientation {
            case .horizontal:
                let y = ys(line.value)
                guard y >= frame.y - 0.5, y <= frame.maxY + 0.5 else { continue }
                svg.raw("<path d=\"M\(SVGWriter.number(frame.x)) \(SVGWriter.number(y))H\(SVGWriter.number(frame.maxX))\" stroke-opacity=\"0.7\" stroke-dasharray=\"4 3\"/>")
                if let label = line.label { svg.label(label, x: frame.maxX - 4, y: y - 4, anchor: .right, attributes: "stroke=\"none\"") }
            case .vertical:
                let x = xs(line.value)
                guard x >= frame.x - 0.5, x <= frame.maxX + 0.5 else { continue }
                svg.raw("<path d=\"M\(SVGWriter.number(x)) \(SVGWriter.number(frame.y))V\(SVGWriter.number(frame.maxY))\" stroke-opacity=\"0.7\" stroke-dasharray=\"4 3\"/>")
                if let label = line.label { svg.label(label, x: x + 4, y: frame.y + 12, anchor: .left, attributes: "stroke=\"none\"") }
            }
        }
        svg.raw("</g>")
    }

    /// A ring at each annotated point with its text beside it, on the side with more room; a
    /// point outside a fixed domain is left out.
    private func renderAnnotations(frame: Frame, x xs: Scale, y ys: Scale, into svg: inout SVGWriter) {
        guard !annotations.isEmpty else { return }
        svg.raw("<g fill=\"currentColor\" font-size=\"11\">")
        let slack = Frame(x: frame.x - 0.5, y: frame.y - 0.5, width: frame.width + 1, height: frame.height + 1)
        for annotation in annotations {
            let (x, y) = (xs(annotation.x), ys(annotation.y))
            guard slack.contains(Point(x: x, y: y)) else { continue }
            svg.raw("<circle cx=\"\(SVGWriter.number(x))\" cy=\"\(SVGWriter.number(y))\" r=\"3.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>")
            let onRight = x < frame.x + frame.width * 0.7
            svg.label(annotation.text, x: onRight ? x + 7 : x - 7, y: y - 7, anchor: onRight ? .left : .right)
        }
        svg.raw("</g>")
    }
}
