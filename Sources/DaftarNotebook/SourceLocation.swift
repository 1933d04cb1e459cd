/// A position in a notebook's source: 1-based line, and 1-based column counted in UTF-8 bytes.
///
/// Columns are bytes, as clang, swiftc and cmark count them, so that Daftar's diagnostics and the
/// compiler's agree about the same line of Arabic text. A 0 line or column means "unknown".
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file as the user named it (relative paths stay relative: reports carry no machine's path).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
