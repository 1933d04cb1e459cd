/// A Swift code cell: a top-level fence whose info string starts with `swift` (or Quarto's `{swift}`).
public struct CodeCell: Hashable, Sendable {
    /// The code without its `//|` option lines.
    public var code: String
    public var options: CellOptions
    /// The opening fence.
    public var location: SourceLocation
    /// The notebook line of the first line of `code`: what `#sourceLocation` will name.
    public var codeLine: Int
    /// The fence's whole info string.
    public var info: String

    /// Whether a fence makes a code cell: its language is `swift` or Quarto's `{swift}`.
    static func isCell(_ block: MarkdownCodeBlock) -> Bool {
        block.language == "swift" || block.language == "{swift}"
    }
}
