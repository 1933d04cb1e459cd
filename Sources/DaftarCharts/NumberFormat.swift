#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a number is written in a table cell or on an axis: a fixed rule, so the same value always
/// gives the same text on every machine (no locale, no float noise, never `-0`).
public enum NumberFormat: Sendable, Hashable {
    /// A fixed number of decimal places: `.fixed(2)` writes 0.25 as `0.25` and 1 as `1.00`.
    ///
    /// A value with 16 or more digits at those places (|value| × 10^places ≥ 9 × 10¹⁵, beyond
    /// what a Double holds exactly: `.fixed(2)` of 1e14) is written in scientific notation with
    /// three more decimals, `1.00000e14`, rather than with digits that are float noise.
    case fixed(Int)
    /// A number of significant digits, trailing zeros dropped: `.significant(3)` writes 0.123456 as `0.123`.
    case significant(Int)
    /// Rounded to a whole number.
    case integer
    /// A fraction as a percentage with decimal places: `.percent(1)` writes 0.1234 as `12.3%`.
    case percent(Int)
    /// Mantissa and power of ten: `.scientific(2)` writes 12345 as `1.23e4`.
    case scientific(Int)
    /// The shortest text that reads back as the same number at 15 significant digits.
    case automatic

    /// The sign written before a negative number.
    public enum Minus: Sendable, Hashable {
        /// `-`, ASCII: for Markdown, plain text and anything a program reads back.
        case hyphen
        /// `−` (U+2212), the typographic minus, as wide as the plus sign: for charts and HTML.
        case typographic

        var text: String { self == .hyphen ? "-" : "\u{2212}" }
    }

    /// `value` written by this rule.
    public func string(_ value: Double, minus: Minus = .hyphen) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : value < 0 ? minus.text + "∞" : "∞" }
        switch self {
        case .fixed(let decimals): return Self.fixed(value, decimals: max(0, decimals), minus: minus)
        case .integer: return Self.fixed(value, decimals: 0, minus: minus)
        case .percent(let decimals):
            // Near the largest Double, value × 100 overflows: the power of ten goes into the exponent.
            guard (value * 100).isFinite else {
                return Self.scientific(value, decimals: min(max(0, decimals) + 3, 14), minus: minus, exponentOffset: 2) + "%"
            }
            return Self.fixed(value * 100, decimals: max(0, decimals), minus: minus) + "%"
        case .significant(let digits): return Self.significant(value, digits: max(1, digits), minus: minus)
        case .automatic: return Self.significant(value, digits: 15, minus: minus)
        case .scientific(let decimals): return Self.scientific(value, decimals: max(0, decimals), minus: minus)
        }
    }

    /// `value` rounded half away from zero to `decimals` places, through integers so that no
    /// binary fraction shows.
    static func fixed(_ value: Double, decimals: Int, minus: Minus) -> String {
        let scale = power(decimals)
        let scaled = (abs(value) * scale).rounded()
        // Too many digits for a Double (or more than it holds at all): scientific, which is exact
        // to its last place for every finite value.
        guard scaled < 9e15 else {
            return value.isFinite ? scientific(value, decimals: min(decimals + 3, 14), minus: minus) : NumberFormat.automatic.string(value, minus: minus)
        }
        let digits = String(UInt64(scaled))
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let whole = padded.dropLast(decimals)
        let fraction = padded.suffix(decimals)
        let body = decimals == 0 ? String(whole) : whole + "." + fraction
        return (value < 0 && scaled != 0 ? minus.text : "") + body
    }

    /// `value` to `digits` significant digits, trailing zeros dropped; exponent notation outside
    /// 10⁻⁵ … 10¹⁵.
    static func significant(_ value: Double, digits: Int, minus: Minus) -> String {
        guard value != 0 else { return "0" }
        let exponent = decimalExponent(of: value)
        guard exponent >= -5, exponent < 15 else { return scientific(value, decimals: digits - 1, minus: minus, trim: true) }
        let decimals = digits - 1 - exponent
        // Fewer digits than the integer part has: round to tens, hundreds….
        if decimals < 0 {
            let unit = power(-decimals)
            return fixed((value / unit).rounded() * unit, decimals: 0, minus: minus)
        }
        var text = fixed(value, decimals: decimals, minus: minus)
        if decimals > 0 {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `value` as `d.ddde±x`, optionally with the mantissa's trailing zeros dropped; the exponent
    /// written is `exponentOffset` more than the value's (a percentage's 2).
    ///
    /// At most 14 decimals: the mantissa's digits must stay below 9 × 10¹⁵ to be written exactly.
    static func scientific(_ value: Double, decimals: Int, minus: Minus, trim: Bool = false, exponentOffset: Int = 0) -> String {
        guard value != 0 else { return "0" }
        guard value.isFinite else { return NumberFormat.automatic.string(value, minus: minus) }
        let decimals = min(max(0, decimals), 14)
        var exponent = decimalExponent(of: value)
        var mantissa = dividedByPowerOfTen(abs(value), exponent)
        // A subnormal's scaled mantissa may fall just under 1.
        if mantissa < 1 {
            exponent -= 1
            mantissa *= 10
        }
        // Rounding may carry the mantissa to 10 (9.996 at two places).
        if (mantissa * power(decimals)).rounded() >= 10 * power(decimals) {
            exponent += 1
            mantissa /= 10
        }
        var text = fixed(mantissa, decimals: decimals, minus: minus)
        if trim, decimals > 0 {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        exponent += exponentOffset
        return (value < 0 ? minus.text : "") + text + "e" + (exponent < 0 ? minus.text : "") + String(abs(exponent))
    }

    /// ⌊log₁₀ |value|⌋, corrected where `log10` rounds across a power of ten; 0 for 0 and for
    /// values that are not finite.
    static func decimalExponent(of value: Double) -> Int {
        let magnitude = abs(value)
        guard magnitude.isFinite, magnitude > 0 else { return 0 }
        var exponent = Int(log10(magnitude).rounded(.down))
        if power(exponent) > magnitude { exponent -= 1 }
        if power(exponent + 1) <= magnitude { exponent += 1 }
        return exponent
    }

    /// 10ⁿ, exact for the integer powers a Double holds exactly; below 10⁻³⁰⁰ in two steps, so that
    /// the subnormal powers down to 10⁻³²³ are not lost to 1 / ∞ = 0.
    static func power(_ n: Int) -> Double {
        if n < -300 { return power(n + 300) / power(300) }
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }

    /// `value` / 10ⁿ, in two steps where 10ⁿ is subnormal or zero (n < −300), so that a subnormal
    /// value's mantissa comes out finite and accurate.
    static func dividedByPowerOfTen(_ value: Double, _ n: Int) -> Double {
        n < -300 ? value * power(300) / power(n + 300) : value / power(n)
    }
}
