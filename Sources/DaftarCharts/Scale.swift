#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How data values map to positions along an axis.
public enum ScaleKind: Sendable, Hashable {
    /// Equal differences, equal distances.
    case linear
    /// Equal ratios, equal distances (base 10); values must be positive.
    case logarithmic
}

/// A map from a data interval to a pixel interval, with the ticks that label it.
struct Scale: Sendable {
    var kind: ScaleKind
    var domain: (lower: Double, upper: Double)
    var range: (start: Double, end: Double)

    /// How far outside the chart a position may lie: marks beyond the frame are hidden by its clip
    /// path, and positions this small stay exact in the path data's integer tenths.
    static let pixelLimit = 1e5

    /// The pixel position of `value`, within ±`pixelLimit`; NaN for a value the scale cannot
    /// place (NaN, ±∞, and zero or negatives on a logarithmic scale), so that a line has a gap there.
    func callAsFunction(_ value: Double) -> Double {
        guard value.isFinite, kind == .linear || value > 0 else { return .nan }
        let fraction: Double
        switch kind {
        case .linear:
            let width = domain.upper - domain.lower
            // Halved where the domain's width overflows (−1.7e308 … 1.7e308).
            fraction = width.isFinite ? (value - domain.lower) / width : (value / 2 - domain.lower / 2) / (domain.upper / 2 - domain.lower / 2)
        case .logarithmic: fraction = (log10(value) - log10(domain.lower)) / (log10(domain.upper) - log10(domain.lower))
        }
        let pixel = range.start + fraction * (range.end - range.start)
        return pixel.isNaN ? .nan : min(Self.pixelLimit, max(-Self.pixelLimit, pixel))
    }

    /// `value` moved into the domain: a rectangle's edge beyond it is drawn at the frame's edge
    /// (zero and negatives at a logarithmic axis's lower end); nil for NaN.
    func clampedToDomain(_ value: Double) -> Double? {
        guard !value.isNaN else { return nil }
        let (low, high) = (min(domain.lower, domain.upper), max(domain.lower, domain.upper))
        return min(high, max(low, value))
    }

    /// The pixel extent of `rect` clipped to the domain, left ≤ right and top ≤ bottom; nil when
    /// a corner is NaN.
    static func pixels(of rect: DataRect, x xs: Scale, y ys: Scale) -> (left: Double, right: Double, top: Double, bottom: Double)? {
        guard let x0 = xs.clampedToDomain(rect.x0), let x1 = xs.clampedToDomain(rect.x1),
              let y0 = ys.clampedToDomain(rect.y0), let y1 = ys.clampedToDomain(rect.y1) else { return nil }
        let (left, right) = (xs(x0), xs(x1)), (top, bottom) = (ys(y0), ys(y1))
        return (min(left, right), max(left, right), min(top, bottom), max(top, bottom))
    }

    /// The ticks of this scale's domain.
    func ticks(count: Int) -> Ticks {
        switch kind {
        case .linear: Ticks.linear(domain.lower, domain.upper, count: count)
        case .logarithmic: Ticks.logarithmic(domain.lower, domain.upper, count: count)
        }
    }

    /// The domain for data spanning `extent`: widened to the ticks just outside it, so the axis
    /// starts and ends on a label (a logarithmic one on powers of ten).
    static func niceDomain(_ extent: (lower: Double, upper: Double), kind: ScaleKind, tickCount: Int) -> (lower: Double, upper: Double) {
        switch kind {
        case .linear:
            let ticks = Ticks.linear(extent.lower, extent.upper, count: tickCount)
            guard let first = ticks.values.first, let last = ticks.values.last else { return extent }
            let step = ticks.values.count > 1 ? ticks.values[1] - first : 1
            let lower = first <= extent.lower ? first : first - step, upper = last >= extent.upper ? last : last + step
            // A step past the largest Double stops at the data instead.
            return (lower.isFinite ? lower : extent.lower, upper.isFinite ? upper : extent.upper)
        case .logarithmic:
            var lower = NumberFormat.power(NumberFormat.decimalExponent(of: extent.lower))
            let upperExponent = NumberFormat.decimalExponent(of: extent.upper)
            // A single value gets the decade above it too.
            var upper = NumberFormat.power(upperExponent) == extent.upper && extent.upper > lower
                ? extent.upper : NumberFormat.power(upperExponent + 1)
            // Past the Doubles (10⁻³²⁴ is 0, 10³⁰⁹ is ∞) the axis stops at the data.
            if !(lower > 0) { lower = extent.lower }
            if !upper.isFinite { upper = extent.upper }
            return (lower, upper)
        }
    }
}

/// The data interval an axis covers, merged over everything drawn on it.
struct Extent: Sendable {
    var lower = Double.infinity
    var upper = -Double.infinity

    var isEmpty: Bool { lower > upper }

    /// Widens the extent to hold `value` (ignoring NaN and infinities, and non-positive values on
    /// a logarithmic axis).
    mutating func include(_ value: Double, kind: ScaleKind = .linear) {
        guard value.isFinite, kind == .linear || value > 0 else { return }
        lower = min(lower, value)
        upper = max(upper, value)
    }

    mutating func include(_ other: Extent) {
        lower = min(lower, other.lower)
        upper = max(upper, other.upper)
    }

    /// The extent, or `0...1` (`1...10` for a logarithmic axis) when nothing was drawn.
    func orDefault(_ kind: ScaleKind) -> (lower: Double, upper: Double) {
        isEmpty ? (kind == .linear ? (0, 1) : (1, 10)) : (lower, upper)
    }
}
