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
        /// `\\begin{align}…\\end{align}` written in prose, as LaTeX and MathJax read it: the TeX
        /// keeps the environment, so there is no delimiter of its own.
        case environment = ""

        public var isDisplay: Bool { self != .dollar && self != .backslashParenthesis }
    }

    /// The TeX between the delimiters, verbatim.
    public var tex: String
    public var delimiter: Delimiter
    /// Where the opening delimiter starts.
    public var location: SourceLocation

    public var isDisplay: Bool { delimiter.isDisplay }
    /// The `{#eq-x}` written after display math, which numbers it.
    public var label: String? = nil
    /// What the equation shows at its side, `1` or a `\\tag{…}`'s text; set by `EquationNumbering`.
    public var tag: String? = nil

    /// Where the TeX's byte `offset` is in the notebook, so that a warning about part of a formula
    /// points at that part.
    ///
    /// On the formula's first line the column follows the delimiter; on later lines it counts from
    /// the TeX's line start, which is the file's own for math outside lists and block quotes (in
    /// them, the container's indentation, which the TeX leaves out, is not counted).
    public func location(ofTeXByte offset: Int) -> SourceLocation {
        let before = tex.utf8.prefix(offset)
        guard let lastNewline = before.lastIndex(of: UInt8(ascii: "\n")) else {
            return SourceLocation(file: location.file, line: location.line,
                                  column: location.column + delimiter.rawValue.utf8.count + before.count)
        }
        let lines = before.count { $0 == UInt8(ascii: "\n") }
        return SourceLocation(file: location.file, line: location.line + lines,
                              column: before.distance(from: before.index(after: lastNewline), to: before.endIndex) + 1)
    }
}
