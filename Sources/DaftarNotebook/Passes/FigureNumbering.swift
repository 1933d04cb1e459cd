/// Numbers the figures — code cells labelled `fig-…` and images labelled `{#fig-…}` — in order,
/// as Quarto does. A label used twice is a warning at the second, which gets no number:
/// references name the first, as they do for tables and equations.
public struct FigureNumbering: NotebookRewriter {
    /// Each figure's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell, let label = code.options.label, label.hasPrefix("fig-") else { return rewritingChildren(of: cell) }
        code.figureNumber = number(for: label, at: code.location)
        return .code(code)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        let rewritten = rewritingChildren(of: block)
        guard case .figure(var figure) = rewritten, let label = figure.label else { return [rewritten] }
        figure.number = number(for: label, at: figure.image.location)
        return [.figure(figure)]
    }

    /// The next number for a new label; nil, with a warning, for one already numbered.
    private mutating func number(for label: String, at location: SourceLocation) -> Int? {
        guard numbers[label] == nil else {
            diagnostics.append(Diagnostic(.warning, "two figures have the label `\(label)`; references name the first", at: location))
            return nil
        }
        numbers[label] = numbers.count + 1
        return numbers[label]
    }
}
