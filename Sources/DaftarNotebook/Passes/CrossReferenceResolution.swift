/// Gives each `@fig-name` and `@tbl-name` the number of the figure or table it names; a reference to a label nothing has
/// is a warning at its place in the notebook, and stays unresolved (`?@fig-name` in the report,
/// as Quarto shows it).
public struct CrossReferenceResolution: NotebookRewriter {
    /// Target numbers by label.
    let numbers: [String: Int]
    public private(set) var diagnostics: [Diagnostic] = []

    public init(numbers: [String: Int]) {
        self.numbers = numbers
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .crossReference(var reference) = inline else { return [rewritingChildren(of: inline)] }
        reference.number = numbers[reference.label]
        if reference.number == nil {
            let what = switch reference.kind {
            case .figure: "no figure (a cell labelled `\(reference.label)`)"
            case .table: "no table (a caption ending `{#\(reference.label)}`)"
            default: "nothing"
            }
            diagnostics.append(Diagnostic(.warning, "unknown cross-reference @\(reference.label): \(what) has this label",
                                          at: reference.location))
        }
        return [.crossReference(reference)]
    }
}
