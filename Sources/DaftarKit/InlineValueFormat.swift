#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How an inline expression's value reads in prose: floating-point numbers to the precision of
/// their type, so `0.1 + 0.2` reads `0.3` and not `0.30000000000000004`; anything else as its
/// `description`.
public enum InlineValueFormat {
    public static func text(for value: Any) -> String {
        switch value {
        case let double as Double: formatted(double, significantDigits: 15)
        case let float as Float: formatted(Double(float), significantDigits: 7)
        default: String(describing: value)
        }
    }

    /// `%.{digits}g`: the shortest of fixed and exponent notation, trailing zeros dropped.
    private static func formatted(_ value: Double, significantDigits: Int32) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([significantDigits, value]) { vsnprintf(&buffer, buffer.count, "%.*g", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
