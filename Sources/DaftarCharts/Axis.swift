/// One axis of a chart: its title, scale, and optionally a fixed interval instead of one that
/// fits the data.
public struct Axis: Sendable {
    /// The axis title, shown beside the axis (any script; it is drawn in its own direction).
    public var title: String?
    /// Linear or logarithmic.
    public var scale: ScaleKind
    /// The interval shown; nil fits the data, widened to the nearest ticks. Marks beyond it are
    /// clipped at the frame; reference lines and annotations beyond it are left out.
    ///
    /// A logarithmic axis shows only positive values: a lower bound ≤ 0 gives way to the data's
    /// (the power of ten at or below the smallest positive value, or a tenth of the upper bound
    /// when that is not below it), and a domain with no positive part is ignored. An infinite
    /// bound gives way to the data's too.
    public var domain: ClosedRange<Double>?
    /// About how many ticks to label.
    public var tickCount: Int

    public init(_ title: String? = nil, scale: ScaleKind = .linear, domain: ClosedRange<Double>? = nil, tickCount: Int = 6) {
        self.title = title
        self.scale = scale
        self.domain = domain
        self.tickCount = tickCount
    }
}

/// A straight line across the plot at a fixed value, with a label: the bound σ′ ≤ ¼, a
/// baseline, a threshold.
public struct ReferenceLine: Sendable {
    /// Which axis the line is fixed on.
    public enum Orientation: Sendable { case horizontal, vertical }

    public var orientation: Orientation
    /// The y of a horizontal line, the x of a vertical one.
    public var value: Double
    public var label: String?

    /// A horizontal line at `y`.
    public static func horizontal(_ y: Double, label: String? = nil) -> ReferenceLine {
        ReferenceLine(orientation: .horizontal, value: y, label: label)
    }

    /// A vertical line at `x`.
    public static func vertical(_ x: Double, label: String? = nil) -> ReferenceLine {
        ReferenceLine(orientation: .vertical, value: x, label: label)
    }
}

/// A labelled point on the plot: a small ring at (`x`, `y`) with `text` beside it.
public struct Annotation: Sendable {
    public var x: Double
    public var y: Double
    public var text: String

    public init(x: Double, y: Double, text: String) {
        (self.x, self.y, self.text) = (x, y, text)
    }
}
