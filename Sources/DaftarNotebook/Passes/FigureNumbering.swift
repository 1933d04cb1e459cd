/// Numbers the figures — code cells labelled `fig-…` — in order, as Quarto does.
public struct FigureNumbering: NotebookRewriter {
    /// Each figure's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]

    public init() {}

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell, let label = code.options.label, label.hasPrefix("fig-") else { return rewritingChildren(of: cell) }
        let number = numbers[label] ?? numbers.count + 1
        numbers[label] = number
        code.figureNumber = number
        return .code(code)
    }

    /// An image figure labelled `#fig-…` takes the next number too, in document order.
    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        let rewritten = rewritingChildren(of: block)
        guard case .figure(var figure) = rewritten, let label = figure.label else { return [rewritten] }
        let number = numbers[label] ?? numbers.count + 1
        numbers[label] = number
        figure.number = number
        return [.figure(figure)]
    }
}
