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

    /// The pixel position of `value`.
    func callAsFunction(_ value: Double) -> Double {
        let fraction: Double
        switch kind {
        case .linear: fraction = (value - domain.lower) / (domain.upper - domain.lower)
        case .logarithmic: fraction = (log10(value) - log10(domain.lower)) / (log10(domain.upper) - log10(domain.lower))
        }
        return range.start + fraction * (range.end - range.start)
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
            let lower = NumberFormat.power(NumberFormat.decimalExponent(of: extent.lower))
            let upperExponent = NumberFormat.decimalExponent(of: extent.upper)
            let upper = NumberFormat.power(upperExponent) == extent.upper ? extent.upper : NumberFormat.power(upperExponent + 1)
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
