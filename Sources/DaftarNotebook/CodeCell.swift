/// A code cell: in a Markdown notebook a top-level fence whose info string starts with `swift`
/// (or Quarto's `{swift}`), which runs; in a Jupyter notebook a code cell of its kernel's
/// language, shown with the outputs the notebook holds.
public struct CodeCell: Hashable, Sendable {
    /// The cell's identity: its `label`, else its Jupyter cell id, else a name made from its code (see `NodeID`).
    public var id: NodeID
    /// A Jupyter notebook's cell `id` (nbformat 4.5), or the `id` option (Quarto's), when valid
    /// and unique: the cell's identity when it has no label, and its anchor in the report
    /// (`cell-id=…`, as nbconvert writes it), so that both stay when the cell is edited; nil once
    /// another cell's label or an earlier cell holds it.
    public var jupyterID: String?
    /// The code without its `//|` option lines.
    public var code: String
    public var options: CellOptions
    /// The opening fence.
    public var location: SourceLocation
    /// The notebook line of the first line of `code`: what `#sourceLocation` will name.
    public var codeLine: Int
    /// The fence's whole info string.
    public var info: String
    /// The language the code is written in: `swift`, or a Jupyter notebook's kernel language.
    public var language = "swift"
    /// The figure's number when the cell is a figure (`fig-` label); set by `FigureNumbering`.
    public var figureNumber: Int?
    /// The table's number when the cell is a table (`tbl-` label, as Quarto's computed tables); set by `TableNumbering`.
    public var tableNumber: Int?
    /// What running the cell produced; set by `ResultAttachment` when the notebook has results.
    public var result: CellResult?

    public init(id: NodeID, code: String, options: CellOptions, location: SourceLocation, codeLine: Int, info: String) {
        self.id = id
        self.code = code
        self.options = options
        self.location = location
        self.codeLine = codeLine
        self.info = info
    }

    /// The notebook lines the code spans (one line for empty code).
    public var codeLines: Range<Int> {
        let lineCount = code.split(separator: "\n", omittingEmptySubsequences: false).count
        return codeLine..<codeLine + max(lineCount, 1)
    }
}

extension MarkdownCodeBlock {
    /// Whether the fence is a code cell when it stands at the top level: its language is `swift`
    /// or Quarto's `{swift}`.
    public var isSwiftCell: Bool {
        language.map(Self.swiftLanguages.contains) ?? false
    }

    /// The fence languages that name Swift: `swift`, and Quarto's `{swift}`.
    public static let swiftLanguages: Set<String> = ["swift", "{swift}"]
}
