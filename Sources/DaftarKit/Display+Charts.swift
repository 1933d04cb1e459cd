import Synchronization

/// Charts display as inline SVG, with their description as the text for terminals and `--safe`
/// reports; each gets an id no other chart in this run has, even when the same chart is shown twice.
extension LineChart: Displayable {
    public var mimeBundle: MIMEBundle { ChartIdentifiers.bundle(for: self) }
}

extension ScatterChart: Displayable {
    public var mimeBundle: MIMEBundle { ChartIdentifiers.bundle(for: self) }
}

extension BarChart: Displayable {
    public var mimeBundle: MIMEBundle { ChartIdentifiers.bundle(for: self) }
}

extension Histogram: Displayable {
    public var mimeBundle: MIMEBundle { ChartIdentifiers.bundle(for: self) }
}

extension Heatmap: Displayable {
    public var mimeBundle: MIMEBundle { ChartIdentifiers.bundle(for: self) }
}

extension SmallMultiples: Displayable {
    public var mimeBundle: MIMEBundle { ChartIdentifiers.bundle(for: self) }
}

/// Tables display as HTML, with aligned plain text for terminals and for `--safe` reports (which
/// drop HTML; the report's CommonMark has no tables, so Markdown would show as pipes).
extension Table: Displayable {
    public var mimeBundle: MIMEBundle { MIMEBundle([("text/html", html), ("text/plain", text)]) }
}

/// The chart ids used so far in this program, so that a chart shown again gets `-2`, `-3` after its
/// content-derived id: still the same bytes on every run, never two equal ids on one page.
enum ChartIdentifiers {
    private static let used = Mutex<[String: Int]>([:])

    /// `chart` as SVG under an id unused so far, and its summary as text, from one layout.
    static func bundle(for chart: some Chart) -> MIMEBundle {
        let document = chart.document
        let base = document.contentID
        let count = used.withLock { used in
            used[base, default: 0] += 1
            return used[base]!
        }
        let svg = document.svg(id: count == 1 ? base : "\(base)-\(count)")
        return MIMEBundle([("image/svg+xml", svg), ("text/plain", document.summary)])
    }
}
