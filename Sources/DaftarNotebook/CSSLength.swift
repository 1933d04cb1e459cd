/// A `width` or `height` an author wrote, accepted as CSS only when it is a plain length
/// (`50%`, `300px`, `2.5em`): anything else could smuggle more declarations into a `style`.
enum CSSLength {
    private static let units = ["px", "%", "em", "rem", "vw", "vh", "ch", "ex", "cm", "mm", "in", "pt", "pc"]

    static func isValid(_ value: String) -> Bool {
        let number = units.first { value.hasSuffix($0) }.map { String(value.dropLast($0.count)) } ?? value
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
