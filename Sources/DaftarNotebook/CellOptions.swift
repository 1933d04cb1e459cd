/// The `//| key: value` options at the top of a code cell, with Quarto's names and defaults.
public struct CellOptions: Hashable, Sendable {
    /// How the cell's code is shown in the report.
    public enum Echo: Hashable, Sendable { case shown, hidden, folded }
    /// How the cell's output is shown in the report.
    public enum Output: Hashable, Sendable { case shown, hidden, asIs }

    /// A cross-reference label; a `fig-` prefix makes the cell a numbered figure.
    public var label: String?
    public var caption: String?
    public var echo: Echo = .shown
    /// Whether the cell runs at all.
    public var eval = true
    public var output: Output = .shown
    /// Whether the cell is allowed to fail.
    public var error = false
    /// Seconds the cell may run.
    public var timeout: Double?
    /// Files the cell reads, whose change must invalidate frozen results.
    public var depends: [String] = []
    /// Every option as written, known or not.
    public var entries: [MetadataEntry] = []

    public init() {}

    /// The options Daftar understands, by their Quarto names; reading switches over these, so a
    /// new option is added here once.
    public enum Name: String, CaseIterable, Sendable {
        case label, caption, echo, eval, output, error, timeout, depends
    }
}
