/// Lays out a whole chart around one plot or a grid of plots: title, tick label margins, axis
/// titles, legend and colour key, then writes the SVG body.
enum ChartLayout {
    static let titleHeight = 30.0

    /// One plot filling the chart; `kind` starts the description ("Line chart").
    static func single(_ plot: CartesianPlot, title: String?, kind: String, description: String?, width: Double, height: Double) -> ChartDocument {
        let domains = CartesianPlot.domains([plot])
        let ticks = plot.ticks(domains)
        let labelWidth = ticks.y.labels.map { TextMetrics.width($0, fontSize: 11) }.max() ?? 0
        let left = 8 + (plot.y.title == nil ? 0 : 20) + labelWidth + 6
        let top: Double = title == nil ? 12 : titleHeight + 8
        let bottom: Double = 8 + 18 + (plot.x.title == nil ? 0 : 20)
        let right: Double = 16 + (plot.colourKey == nil ? 0 : 86)
        let frame = Frame(x: left, y: top, width: max(40, width - left - right), height: max(40, height - top - bottom))
        var totalHeight = height

        let legend = Legend(entries: plot.legend)
        var legendCorner: Point?
        var legendRowsTop: Double?
        if !legend.entries.isEmpty {
            let (xs, ys) = plot.scales(domains, frame: frame)
            legendCorner = legend.corner(in: frame, occupied: plot.occupiedPixels(x: xs, y: ys))
            if legendCorner == nil {
                legendRowsTop = height - 4
                totalHeight += Double(legend.rows(width: frame.width).count) * Legend.rowHeight + 6
            }
        }

        var svg = SVGWriter()
        let id = String(ChartDocument.idToken)
        svg.raw("<defs><clipPath id=\"\(id)-clip\"><rect x=\"\(SVGWriter.number(frame.x))\" y=\"\(SVGWriter.number(frame.y))\" width=\"\(SVGWriter.number(frame.width))\" height=\"\(SVGWriter.number(frame.height))\"/></clipPath></defs>")
        if let title { svg.label(title, x: width / 2, y: 22, anchor: .middle, attributes: "font-size=\"15\" font-weight=\"600\" fill=\"currentColor\"") }
        plot.render(in: frame, domains: domains, clipID: id + "-clip", labels: .both, into: &svg)
        axisTitles(x: plot.x.title, y: plot.y.title, frame: frame, xTitleY: frame.maxY + 38, into: &svg)
        if let legendCorner { legend.renderBox(at: legendCorner, into: &svg) }
        if let legendRowsTop { legend.renderRows(left: frame.x, top: legendRowsTop, width: frame.width, into: &svg) }
        if let key = plot.colourKey { renderColourKey(key, frame: frame, into: &svg) }

        let summary = description ?? "\(kind)\(title.map { " “\($0)”" } ?? ""): " + plotSummary(plot, domains: domains) + "."
        return ChartDocument(title: title, summary: summary, width: width, height: totalHeight, body: svg.text)
    }

    /// What the plot's axes and named marks are, for its description.
    static func plotSummary(_ plot: CartesianPlot, domains: (x: (lower: Double, upper: Double), y: (lower: Double, upper: Double))) -> String {
        var parts: [String] = []
        if !plot.legend.isEmpty { parts.append("\(plot.legend.count) series (\(Describe.list(plot.legend.map(\.label))))") }
        if plot.categories.isEmpty {
            parts.append(Describe.axis("x", plot.x, domains.x))
        } else {
            parts.append("categories \(Describe.list(plot.categories))" + (plot.x.title.map { " (\($0))" } ?? ""))
        }
        parts.append(Describe.axis("y", plot.y, domains.y))
        for line in plot.referenceLines {
            let axis = line.orientation == .horizontal ? "y" : "x"
            parts.append("a reference line at \(axis) = \(NumberFormat.automatic.string(line.value, minus: .typographic))" + (line.label.map { " (\($0))" } ?? ""))
        }
        return parts.joined(separator: "; ")
    }

    /// The x axis title centred under the frame, the y axis title turned along the left edge.
    static func axisTitles(x: String?, y: String?, frame: Frame, xTitleY: Double, into svg: inout SVGWriter) {
        if let x { svg.label(x, x: frame.midX, y: xTitleY, anchor: .middle, attributes: "fill=\"currentColor\"") }
        if let y { svg.label(y, x: -frame.midY, y: 16, anchor: .middle, attributes: "transform=\"rotate(-90)\" fill=\"currentColor\"") }
    }

    /// A heatmap's colour ramp to the right of the frame, with its ticks and title.
    static func renderColourKey(_ key: ColourKey, frame: Frame, into svg: inout SVGWriter) {
        let id = String(ChartDocument.idToken)
        let (left, width) = (frame.maxX + 14, 14.0)
        var stops = ""
        for index in 0...8 {
            let fraction = Double(index) / 8
            stops += "<stop offset=\"\(SVGWriter.number(fraction * 100))%\" stop-color=\"\(key.colours.colour(at: fraction))\"/>"
        }
        svg.raw("<defs><linearGradient id=\"\(id)-ramp\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">\(stops)</linearGradient></defs>")
        svg.raw("<rect x=\"\(SVGWriter.number(left))\" y=\"\(SVGWriter.number(frame.y))\" width=\"\(SVGWriter.number(width))\" height=\"\(SVGWriter.number(frame.height))\" fill=\"url(#\(id)-ramp)\" stroke=\"currentColor\" stroke-opacity=\"0.3\"/>")
        let ticks = Ticks.linear(key.lower, key.upper, count: 5)
        svg.raw("<g fill=\"currentColor\" font-size=\"11\">")
        for (value, label) in zip(ticks.values, ticks.labels) where value >= key.lower - 1e-12 && value <= key.upper + 1e-12 {
            let y = frame.maxY - (value - key.lower) / (key.upper - key.lower) * frame.height
            svg.label(label, x: left + width + 5, y: y + 4, anchor: .left)
        }
        svg.raw("</g>")
        if let title = key.title {
            svg.label(title, x: -frame.midY, y: frame.maxX + 82, anchor: .middle, attributes: "transform=\"rotate(-90)\" fill=\"currentColor\"")
        }
    }
}
