/// Numbers the tables labelled `tbl-…` (by their caption's `{#tbl-x}`) in document order, as
/// Quarto does; unlabelled tables get no number.
public struct TableNumbering: NotebookRewriter {
    /// Each table's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        let rewritten = rewritingChildren(of: block)
        guard case .table(var table) = rewritten, let label = table.label else { return [rewritten] }
        if numbers[label] != nil {
            diagnostics.append(Diagnostic(.warning, "two tables have the label `\(label)`; references name the first", at: table.location))
            return [.table(table)]
        }
        let number = numbers.count + 1
        numbers[label] = number
        table.number = number
        return [.table(table)]
    }
}
