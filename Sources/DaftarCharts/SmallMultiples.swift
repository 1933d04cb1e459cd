/// A grid of charts of one kind sharing both axes, so that panels compare at a glance: tick
/// labels on the outer edges only, one pair of axis titles, one legend.
public struct SmallMultiples: Chart {
    public var title: String?
    /// How many panels a row holds.
    public var columns: Int
    /// Replaces the generated description.
    public var description: String?
    public var width: Double
    /// The height of each panel's plot area.
    public var panelHeight: Double
    var panels: [CartesianPlot]
    let kind: String

    /// Line charts side by side; axes, legend and titles come from the first.
    public init(title: String? = nil, charts: [LineChart], columns: Int = 2, description: String? = nil, width: Double = 640, panelHeight: Double = 150) {
        self.init(title: title, panels: charts.map(\.plot), kind: "line charts", columns: columns, description: description, width: width, panelHeight: panelHeight)
    }

    /// Histograms side by side (per-layer distributions, say), on bins of their own.
    public init(title: String? = nil, charts: [Histogram], columns: Int = 2, description: String? = nil, width: Double = 640, panelHeight: Double = 150) {
        self.init(title: title, panels: charts.map(\.plot), kind: "histograms", columns: columns, description: description, width: width, panelHeight: panelHeight)
    }

    /// Scatter charts side by side.
    public init(title: String? = nil, charts: [ScatterChart], columns: Int = 2, description: String? = nil, width: Double = 640, panelHeight: Double = 150) {
        self.init(title: title, panels: charts.map(\.plot), kind: "scatter charts", columns: columns, description: description, width: width, panelHeight: panelHeight)
    }

    init(title: String?, panels: [CartesianPlot], kind: String, columns: Int, description: String?, width: Double, panelHeight: Double) {
        precondition(!panels.isEmpty, "small multiples need at least one chart")
        self.title = title
        self.panels = panels
        self.kind = kind
        self.columns = max(1, min(columns, panels.count))
        self.description = description
        self.width = width
        self.panelHeight = panelHeight
    }

    public var document: ChartDocument {
        let first = panels[0]
        let domains = CartesianPlot.domains(panels)
        let labelWidth = first.ticks(domains).y.labels.map { TextMetrics.width($0, fontSize: 11) }.max() ?? 0
        let left = 8 + (first.y.title == nil ? 0 : 20) + labelWidth + 6
        let top = title == nil ? 4 : ChartLayout.titleHeight
        let panelTitle = 22.0, gap = 14.0, right = 12.0
        let rows = (panels.count + columns - 1) / columns
        let panelWidth = (width - left - right - gap * Double(columns - 1)) / Double(columns)
        let gridBottom = top + Double(rows) * (panelTitle + panelHeight) + Double(rows - 1) * gap
        let legend = Legend(entries: first.legend)
        let legendTop = gridBottom + 26 + (first.x.title == nil ? 0 : 20)
        let legendRows = legend.entries.isEmpty ? 0 : legend.rows(width: width - left - right).count
        let height = legendTop + Double(legendRows) * Legend.rowHeight + (legendRows > 0 ? 6 : 0)

        var svg = SVGWriter()
        let id = String(ChartDocument.idToken)
        var frames: [Frame] = []
        svg.raw("<defs>")
        for index in panels.indices {
            let (row, column) = (index / columns, index % columns)
            let frame = Frame(x: left + Double(column) * (panelWidth + gap), y: top + panelTitle + Double(row) * (panelTitle + panelHeight + gap),
                              width: panelWidth, height: panelHeight)
            frames.append(frame)
            svg.raw("<clipPath id=\"\(id)-clip\(index)\"><rect x=\"\(SVGWriter.number(frame.x))\" y=\"\(SVGWriter.number(frame.y))\" width=\"\(SVGWriter.number(frame.width))\" height=\"\(SVGWriter.number(frame.height))\"/></clipPath>")
        }
        svg.raw("</defs>")
        if let title { svg.label(title, x: width / 2, y: 22, anchor: .middle, attributes: "font-size=\"15\" font-weight=\"600\" fill=\"currentColor\"") }
        for (index, panel) in panels.enumerated() {
            let frame = frames[index]
            var labels: CartesianPlot.TickLabels = []
            if index % columns == 0 { labels.insert(.y) }
            if index + columns >= panels.count { labels.insert(.x) }
            if let panelTitle = panel.title {
                svg.label(panelTitle, x: frame.midX, y: frame.y - 7, anchor: .middle, attributes: "font-weight=\"600\" fill=\"currentColor\"")
            }
            panel.render(in: frame, domains: domains, clipID: "\(id)-clip\(index)", labels: labels, into: &svg)
        }
        let grid = Frame(x: left, y: top, width: width - left - right, height: gridBottom - top)
        ChartLayout.axisTitles(x: first.x.title, y: first.y.title, frame: grid, xTitleY: gridBottom + 38, into: &svg)
        if legendRows > 0 { legend.renderRows(left: left, top: legendTop, width: width - left - right, into: &svg) }

        let names = panels.compactMap(\.title)
        let summary = description ?? "Small multiples\(title.map { " “\($0)”" } ?? ""): \(panels.count) \(kind) in \(rows) × \(columns) panels"
            + (names.isEmpty ? "" : " (\(Describe.list(names)))") + ", sharing their axes; " + ChartLayout.plotSummary(first, domains: domains) + "."
        return ChartDocument(title: title, summary: summary, width: width, height: height, body: svg.text)
    }
}
