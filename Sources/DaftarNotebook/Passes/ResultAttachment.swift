/// Puts each result where it belongs, by identity: a cell's outputs on the cell, an expression's
/// value on the expression.
public struct ResultAttachment: NotebookRewriter {
    let results: NotebookResults

    public init(_ results: NotebookResults) {
        self.results = results
    }

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell else { return rewritingChildren(of: cell) }
        code.result = results.result(for: code.id)
        return .code(code)
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .expression(var expression) = inline else { return [rewritingChildren(of: inline)] }
        expression.value = results.inlineValues[expression.id]
        return [.expression(expression)]
    }
}
