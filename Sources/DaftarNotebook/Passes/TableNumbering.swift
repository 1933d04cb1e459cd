/// Numbers the tables labelled `tbl-…` (by their caption's `{#tbl-x}`, a div's `::: {#tbl-x}`, or a code cell's
/// `label: tbl-x`, whose outputs are the table) in document order, as Quarto does; unlabelled tables get no number.
/// Labels are unique by now (`IdentifierClaims`).
public struct TableNumbering: NotebookRewriter {
    /// Each table's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]

    public init() {}

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell, let label = code.options.label, label.hasPrefix("tbl-") else { return rewritingChildren(of: cell) }
        code.tableNumber = number(for: label)
        return .code(code)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        if case .div(var div) = block, div.crossReferenceKind == .table, let label = div.label {
            // A table div is numbered before the tables inside it, in document order.
            div.number = number(for: label)
            guard case .div(let rewritten) = rewritingChildren(of: .div(div)) else { return [block] }
            return [.div(rewritten)]
        }
        let rewritten = rewritingChildren(of: block)
        guard case .table(var table) = rewritten, let label = table.label else { return [rewritten] }
        table.number = number(for: label)
        return [.table(table)]
    }

    /// The next number.
    private mutating func number(for label: String) -> Int {
        numbers[label] = numbers.count + 1
        return numbers.count
    }
}
