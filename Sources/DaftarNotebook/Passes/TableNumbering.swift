/// Numbers the tables labelled `tbl-…` (by their caption's `{#tbl-x}`, a div's `::: {#tbl-x}`, or a code cell's
/// `label: tbl-x`, whose outputs are the table) in document order, as Quarto does; unlabelled tables get no number.
public struct TableNumbering: NotebookRewriter {
    /// Each table's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell, let label = code.options.label, label.hasPrefix("tbl-") else { return rewritingChildren(of: cell) }
        code.tableNumber = number(for: label, at: code.location)
        return .code(code)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        if case .div(var div) = block, let label = div.label {
            // A table div is numbered before the tables inside it, in document order.
            div.number = number(for: label, at: div.location)
            guard case .div(let rewritten) = rewritingChildren(of: .div(div)) else { return [block] }
            return [.div(rewritten)]
        }
        let rewritten = rewritingChildren(of: block)
        guard case .table(var table) = rewritten, let label = table.label else { return [rewritten] }
        table.number = number(for: label, at: table.location)
        return [.table(table)]
    }

    /// The next number, or nil with a warning when the label is taken.
    private mutating func number(for label: String, at location: SourceLocation) -> Int? {
        if numbers[label] != nil {
            diagnostics.append(Diagnostic(.warning, "two tables have the label `\(label)`; references name the first", at: location))
            return nil
        }
        let number = numbers.count + 1
        numbers[label] = number
        return number
    }
}
