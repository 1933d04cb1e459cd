/// Numbers the figures — code cells labelled `fig-…` and images labelled `{#fig-…}` — in order,
/// as Quarto does. Labels are unique by now (`IdentifierClaims`).
public struct FigureNumbering: NotebookRewriter {
    /// Each figure's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]

    public init() {}

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell, let label = code.options.label, label.hasPrefix("fig-") else { return rewritingChildren(of: cell) }
        code.figureNumber = number(for: label)
        return .code(code)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        let rewritten = rewritingChildren(of: block)
        guard case .figure(var figure) = rewritten, let label = figure.label else { return [rewritten] }
        figure.number = number(for: label)
        return [.figure(figure)]
    }

    /// The next number.
    private mutating func number(for label: String) -> Int {
        numbers[label] = numbers.count + 1
        return numbers.count
    }
}
