#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a number is written in a table cell or on an axis: a fixed rule, so the same value always
/// gives the same text on every machine (no locale, no float noise, never `-0`).
public enum NumberFormat: Sendable, Hashable {
    /// A fixed number of decimal places: `.fixed(2)` writes 0.25 as `0.25` and 1 as `1.00`.
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
        case .percent(let decimals): return Self.fixed(value * 100, decimals: max(0, decimals), minus: minus) + "%"
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
        guard scaled < 9e15 else { return scientific(value, decimals: min(decimals + 3, 15), minus: minus) }
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

    /// `value` as `d.ddde±x`, optionally with the mantissa's trailing zeros dropped.
    static func scientific(_ value: Double, decimals: Int, minus: Minus, trim: Bool = false) -> String {
        guard value != 0 else { return "0" }
        var exponent = decimalExponent(of: value)
        var mantissa = abs(value) / power(exponent)
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
        return (value < 0 ? minus.text : "") + text + "e" + (exponent < 0 ? minus.text : "") + String(abs(exponent))
    }

    /// ⌊log₁₀ |value|⌋, corrected where `log10` rounds across a power of ten.
    static func decimalExponent(of value: Double) -> Int {
        var exponent = Int(log10(abs(value)).rounded(.down))
        if power(exponent) > abs(value) { exponent -= 1 }
        if power(exponent + 1) <= abs(value) { exponent += 1 }
        return exponent
    }

    /// 10ⁿ, exact for the integer powers a Double holds exactly.
    static func power(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }
}
