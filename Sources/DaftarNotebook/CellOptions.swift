/// The `//| key: value` options at the top of a code cell, with Quarto's names and defaults.
public struct CellOptions: Hashable, Sendable {
    /// How the cell's code is shown in the report.
    public enum Echo: Hashable, Sendable {
        case shown, hidden, folded
        /// Quarto's `code-fold: show`: folded, but open at first.
        case foldedOpen
    }
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
    /// Quarto's `fig-alt`: the figure's text alternative.
    public var alt: String?
    /// Quarto's `code-summary`: the words on folded code (the page's word for "Code" otherwise).
    public var codeSummary: String?
    /// Quarto's `include: false`: the cell runs, but neither its code nor its output is shown.
    public var include = true
    /// Quarto's `warning: false`: what the cell writes to standard error is not shown.
    public var warning = true
    /// Quarto's `id`: the cell's Jupyter cell id, which `daftar convert --to md` writes to keep a
    /// Jupyter notebook's ids (`CodeCell.jupyterID`).
    public var id: String?

    public init() {}

    /// Where the label's value is written (`label`, or a listing's `lst-label`), for warnings about it.
    public var labelLocation: SourceLocation? {
        entries.last { $0.key == Name.label.rawValue || $0.key == "lst-label" }?.valueLocation
    }

    /// The options Daftar understands, by their Quarto names; reading switches over these, so a
    /// new option is added here once.
    public enum Name: String, CaseIterable, Sendable {
        case label, caption, echo, eval, output, error, timeout, depends
        /// Quarto's names: `fig-cap` and `tbl-cap` are spellings of `caption`, `code-fold` of
        /// `echo: fold`; the others are Quarto's own.
        case figCap = "fig-cap", figAlt = "fig-alt", tblCap = "tbl-cap", codeFold = "code-fold"
        case codeSummary = "code-summary", include, warning, id

        /// The option this one is another spelling of, if it is one.
        public var synonymOf: Name? {
            switch self {
            case .figCap, .tblCap: .caption
            case .codeFold: .echo
            default: nil
            }
        }
    }
}
