/// Numbers the figures — code cells labelled `fig-…`, images labelled `{#fig-…}` and Quarto's
/// figure divs `::: {#fig-…}` — in order, as Quarto does; the labelled figures directly inside a
/// figure div are its subfigures, lettered (a), (b)… and referred to as "Figure 1 (b)", as
/// Quarto's `refs.lua` writes them. Labels are unique by now (`IdentifierClaims`).
public struct FigureNumbering: NotebookRewriter {
    /// Each figure's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]
    /// What each subfigure's references show (`1 (b)`), by label.
    public private(set) var shownNumbers: [String: String] = [:]

    public init() {}

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell, let label = code.options.label, label.hasPrefix("fig-") else { return rewritingChildren(of: cell) }
        code.figureNumber = number(for: label)
        return .code(code)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        if case .div(var div) = block, div.crossReferenceKind == .figure, div.subfigureLetter == nil, let label = div.label {
            div.number = number(for: label)
            div.blocks = lettering(div.blocks, parent: div.number)
            guard case .div(let rewritten) = rewritingChildren(of: .div(div)) else { return [block] }
            return [.div(rewritten)]
        }
        let rewritten = rewritingChildren(of: block)
        guard case .figure(var figure) = rewritten, figure.subfigureLetter == nil, let label = figure.label else { return [rewritten] }
        figure.number = number(for: label)
        return [.figure(figure)]
    }

    /// A figure div's blocks with its labelled figures and figure divs lettered as its subfigures.
    private mutating func lettering(_ blocks: [MarkdownBlock], parent: Int?) -> [MarkdownBlock] {
        var count = 0
        return blocks.map { block in
            var block = block
            let label: String?
            switch block {
            case .figure(let figure): label = figure.label
            case .div(let div) where div.crossReferenceKind == .figure: label = div.label
            default: return block
            }
            guard let label else { return block }
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

    /// The next number.
    private mutating func number(for label: String) -> Int {
        numbers[label] = numbers.count + 1
        return numbers.count
    }
}
