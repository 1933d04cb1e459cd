/// Numbers the figures — code cells labelled `fig-…`, images labelled `{#fig-…}` and Quarto's
/// figure divs `::: {#fig-…}` — in order, as Quarto does; the labelled figures directly inside a
/// figure div are its subfigures, lettered (a), (b)… and referred to as "Figure 1 (b)", as
/// Quarto's `refs.lua` writes them. A label used twice is a warning at the second, which gets no
/// number: references name the first, as they do for tables and equations.
public struct FigureNumbering: NotebookRewriter {
    /// Each figure's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]
    /// What each subfigure's references show (`1 (b)`), by label.
    public private(set) var shownNumbers: [String: String] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    private var count = 0

    public init() {}

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell, let label = code.options.label, label.hasPrefix("fig-") else { return rewritingChildren(of: cell) }
        code.figureNumber = number(for: label, at: code.location)
        return .code(code)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        if case .div(var div) = block, div.crossReferenceKind == .figure, div.subfigureLetter == nil, let label = div.label {
            div.number = number(for: label, at: div.location)
            div.blocks = lettering(div.blocks, parent: div.number)
            guard case .div(let rewritten) = rewritingChildren(of: .div(div)) else { return [block] }
            return [.div(rewritten)]
        }
        let rewritten = rewritingChildren(of: block)
        guard case .figure(var figure) = rewritten, figure.subfigureLetter == nil, let label = figure.label else { return [rewritten] }
        figure.number = number(for: label, at: figure.image.location)
        return [.figure(figure)]
    }

    /// A figure div's blocks with its labelled figures and figure divs lettered as its subfigures.
    private mutating func lettering(_ blocks: [MarkdownBlock], parent: Int?) -> [MarkdownBlock] {
        var count = 0
        return blocks.map { block in
            var block = block
            let label: String?, location: SourceLocation
            switch block {
            case .figure(let figure): (label, location) = (figure.label, figure.image.location)
            case .div(let div) where div.crossReferenceKind == .figure: (label, location) = (div.label, div.location)
            default: return block
            }
            guard let label else { return block }
            guard numbers[label] == nil, shownNumbers[label] == nil else {
                diagnostics.append(Diagnostic(.warning, "two figures have the label `\(label)`; references name the first", at: location))
                return block
            }
            count += 1
            let letter = String(UnicodeScalar(UInt8(ascii: "a") + UInt8((count - 1) % 26)))
            if let parent { shownNumbers[label] = "\(parent) (\(letter))" }
            switch block {
            case .figure(var figure): figure.subfigureLetter = letter; block = .figure(figure)
            case .div(var div): div.subfigureLetter = letter; block = .div(div)
            default: break
            }
            return block
        }
    }

    /// The next number for a new label; nil, with a warning, for one already numbered.
    private mutating func number(for label: String, at location: SourceLocation) -> Int? {
        guard numbers[label] == nil, shownNumbers[label] == nil else {
            diagnostics.append(Diagnostic(.warning, "two figures have the label `\(label)`; references name the first", at: location))
            return nil
        }
        count += 1
        numbers[label] = count
        return count
    }
}
