/// TeX math found in prose, with the delimiters the author used.
public struct MathSpan: Hashable, Sendable {
    /// How the math was delimited; decides inline versus display.
    public enum Delimiter: String, Hashable, Sendable {
        /// `$…$`, pandoc's rules: no space inside either `$`, closing `$` not before a digit.
        case dollar = "$"
        /// `$$…$$`.
        case doubleDollar = "$$"
        /// `\\(…\\)`, as the founding document writes inline math.
        case backslashParenthesis = "\\\\("
        /// `\\[…\\]`.
        case backslashBracket = "\\\\["

        public var isDisplay: Bool { self == .doubleDollar || self == .backslashBracket }
    }

    /// The TeX between the delimiters, verbatim.
    public var tex: String
    public var delimiter: Delimiter
    /// Where the opening delimiter starts.
    public var location: SourceLocation

    public var isDisplay: Bool { delimiter.isDisplay }
}
