#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The labelled positions along an axis, with their labels.
///
/// Tick values are kept as an integer times a power of ten, so a label is written from digits
/// and never from a binary fraction: `0.1`, not `0.10000000000000001`.
public struct Ticks: Sendable, Hashable {
    /// The positions, increasing.
    public var values: [Double]
    /// The text shown at each position, numbers left to right and without float noise.
    public var labels: [String]

    /// Ticks for a linear axis over `lower...upper`, about `count` of them, by Wilkinson's extended
    /// algorithm (Talbot, Lin & Hanrahan, "An extension of Wilkinson's algorithm for positioning
    /// tick labels on axes", InfoVis 2010): the labelling that best balances simple steps
    /// (1, 5, 2, 2.5, 4, 3 times a power of ten), coverage of the data, and the wanted density.
    public static func linear(_ lower: Double, _ upper: Double, count: Int = 6) -> Ticks {
        let best = linearLabelling(lower, upper, count: count)
        // Ticks past the largest Double (a range up to 1.7 × 10³⁰⁸ rounded up to 2 × 10³⁰⁸) are dropped.
        let units = (0..<best.count).map { index in best.start + index * best.step }
            .filter { value(units: $0, exponent: best.exponent).isFinite }
        let values = units.map { value(units: $0, exponent: best.exponent) }
        // Very large or small values: mantissas with as many places as the step needs, on every label.
        if best.exponent >= 6 || best.exponent <= -7 {
            let largest = values.map(abs).max() ?? 1
            let places = max(0, NumberFormat.decimalExponent(of: largest) - best.exponent)
            return Ticks(values: values, labels: values.map { NumberFormat.scientific($0, decimals: places, minus: .typographic) })
        }
        let decimals = max(0, -best.exponent)
        return Ticks(values: values, labels: units.map { decimalLabel(units: $0, exponent: best.exponent, decimals: decimals) })
    }

    /// The labelling `linear` writes: Wilkinson's search over `lower...upper`, widened by a tenth
    /// on each side (by 1 around 0) when the bounds are equal to 12 digits.
    static func linearLabelling(_ lower: Double, _ upper: Double, count: Int) -> ExtendedWilkinson.Labelling {
        precondition(lower.isFinite && upper.isFinite, "tick bounds must be finite")
        var (low, high) = (min(lower, upper), max(lower, upper))
        // Equal bounds, or bounds equal to 12 digits (not a tiny range: 0 … 5·10⁻¹³ is one).
        if high - low <= 1e-12 * max(abs(low), abs(high)) {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (max(low - pad, -.greatestFiniteMagnitude), min(high + pad, .greatestFiniteMagnitude))
        }
        return ExtendedWilkinson.search(low, high, wanted: max(2, count))
    }

    /// Ticks for a logarithmic axis over `lower...upper` (both positive): the powers of ten, or
    /// 1, 2 and 5 times them when the range spans less than two decades; at most `count` of them
    /// (at least 2), so over many decades every 2nd, 3rd, 5th, 10th… power whose exponent is a
    /// multiple of that stride.
    public static func logarithmic(_ lower: Double, _ upper: Double, count: Int = 6) -> Ticks {
        precondition(lower > 0 && upper > 0, "a logarithmic axis needs positive bounds")
        let (low, high) = (min(lower, upper), max(lower, upper))
        let first = NumberFormat.decimalExponent(of: low), last = NumberFormat.decimalExponent(of: high)
        let multiples: [Int] = last - first < 2 ? [1, 2, 5] : [1]
        let stride = decadeStride(decades: last - first + 1, count: max(2, count))
        // One style for the whole axis: plain decimals, or powers of ten when any would be long.
        let plain = (-4...5).contains(first) && (-4...5).contains(last)
        var ticks = Ticks(values: [], labels: [])
        for exponent in first...last where exponent % stride == 0 {
            for multiple in multiples {
                let value = Double(multiple) * NumberFormat.power(exponent)
                guard value >= low * (1 - 1e-12), value <= high * (1 + 1e-12) else { continue }
                ticks.values.append(value)
                ticks.labels.append(plain ? decimalLabel(units: multiple, exponent: exponent, decimals: max(0, -exponent))
                                          : powerLabel(multiple: multiple, exponent: exponent))
            }
        }
        // A range inside one decade without a 1, 2 or 5 in it: label its ends instead.
        if ticks.values.count < 2 {
            ticks = Ticks(values: [low, high], labels: [low, high].map { NumberFormat.significant(3).string($0, minus: .typographic) })
        }
        return ticks
    }

    /// The smallest of 1, 2, 3, 5, 10, 20, 30, 50, 100… such that labelling the exponents that are
    /// its multiples among `decades` consecutive ones gives at most `count` labels.
    static func decadeStride(decades: Int, count: Int) -> Int {
        let needed = (decades + count - 1) / count
        var scale = 1
        while true {
            for multiple in [1, 2, 3, 5] where multiple * scale >= needed { return multiple * scale }
            scale *= 10
        }
    }

    /// `units × 10^exponent` as the Double nearest to it (a division for negative exponents, so
    /// that 3 × 10⁻¹ is 0.3 and not 0.30000000000000004).
    static func value(units: Int, exponent: Int) -> Double {
        if exponent >= 0 { return Double(units) * NumberFormat.power(exponent) }
        // Below 10⁻³⁰⁸ the divisor would overflow: divide in two steps, into the subnormals.
        if exponent < -308 { return Double(units) / NumberFormat.power(-exponent - 300) / NumberFormat.power(300) }
        return Double(units) / NumberFormat.power(-exponent)
    }

    /// `units × 10^exponent` written with `decimals` places, from its digits.
    static func decimalLabel(units: Int, exponent: Int, decimals: Int) -> String {
        guard units != 0 else { return decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals) }
        var digits = String(abs(units))
        if exponent > 0 { digits += String(repeating: "0", count: exponent) }
        let places = max(0, -exponent)
        if places > 0 {
            digits = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (units < 0 ? "\u{2212}" : "") + digits
    }

    /// `multiple × 10^exponent` as a power of ten: `10⁻⁶`, `5×10³`.
    static func powerLabel(multiple: Int, exponent: Int) -> String {
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let power = (exponent < 0 ? "⁻" : "") + String(String(abs(exponent)).map { superscripts[Int(String($0))!] })
        return (multiple == 1 ? "" : "\(multiple)×") + "10" + power
    }
}
