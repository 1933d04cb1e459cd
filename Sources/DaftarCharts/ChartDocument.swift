/// A chart as SVG: anything that renders to an inline `<svg>` and can say in words what it shows.
public protocol Chart: Sendable {
    /// The chart laid out: its SVG under any id, its content id and its summary. Each access lays
    /// the chart out again, so a caller that needs more than one of them keeps the document.
    var document: ChartDocument { get }
}

extension Chart {
    /// The chart as an inline `<svg>` element; `id` (unique on the page) prefixes the ids of its
    /// elements, and by default is derived from the chart's content.
    public func svg(id: String?) -> String { document.svg(id: id) }
    /// The chart as an inline `<svg>` element with its content-derived id.
    public var svg: String { svg(id: nil) }
    /// The id `svg(id: nil)` uses: `daftar-chart-` and a hash of the chart's content.
    public var contentID: String { document.contentID }
    /// What the chart shows, in a sentence or two: its `<desc>`, and its text for the terminal.
    public var summary: String { document.summary }
}

/// The `<svg>` element around a chart's drawing: viewBox, accessible title and description, and
/// ids resolved to the chart's own.
public struct ChartDocument: Sendable {
    /// Where ids go in `body` before the chart's id is known; `Markup.escape` replaces it in any
    /// text, so only the layout can put it there.
    static let idToken: Character = "\u{1}"

    var title: String?
    /// What the chart shows, in a sentence or two: its `<desc>`, and its text for the terminal.
    public internal(set) var summary: String
    var width: Double
    var height: Double
    /// The drawing, with `idToken` where the chart's id belongs.
    var body: String

    /// The id derived from everything the chart shows: `daftar-chart-` and a hash.
    public var contentID: String {
        ChartID.derived(from: (title ?? "") + "\u{0}" + summary + "\u{0}\(width)x\(height)\u{0}" + body)
    }

    /// The complete `<svg>` element, its ids prefixed by `id` (sanitised), or by `contentID`.
    public func svg(id: String?) -> String {
        let chartID = id.map(Self.sanitised) ?? contentID
        let resolved = body.split(separator: Self.idToken, omittingEmptySubsequences: false).joined(separator: chartID)
        let label = title.map { Markup.escape($0) } ?? "Chart"
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))\""
            + " width=\"100%\" role=\"img\" aria-labelledby=\"\(chartID)-title \(chartID)-desc\" class=\"daftar-chart\""
            + " font-family=\"inherit\" font-size=\"12\" direction=\"ltr\">"
            + "<title id=\"\(chartID)-title\">\(label)</title><desc id=\"\(chartID)-desc\">\(Markup.escape(summary))</desc>"
            + resolved + "</svg>"
    }

    /// `id` with anything but ASCII letters, digits, `-` and `_` replaced by `-`, so it is a valid
    /// id and URL fragment.
    static func sanitised(_ id: String) -> String {
        let cleaned = String(id.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "-"
        })
        return cleaned.first?.isLetter == true ? cleaned : "c-" + cleaned
    }
}

/// Words for descriptions: an axis's interval, a list of names.
enum Describe {
    /// `x (label) from −6 to 6`.
    static func axis(_ name: String, _ axis: Axis, _ domain: (lower: Double, upper: Double)) -> String {
        let title = axis.title.map { " (\($0))" } ?? ""
        let scale = axis.scale == .logarithmic ? ", logarithmic" : ""
        return "\(name)\(title) from \(NumberFormat.significant(4).string(domain.lower, minus: .typographic)) to \(NumberFormat.significant(4).string(domain.upper, minus: .typographic))\(scale)"
    }

    /// `a, b and c`.
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
