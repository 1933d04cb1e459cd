/// Numbers the code listings — code labelled `lst-…` with a caption (Quarto's `lst-label` and
/// `lst-cap`), a shown cell's or a fence's — in document order, as Quarto does; a hidden cell is
/// none. Labels are unique by now (`IdentifierClaims`).
public struct ListingNumbering: NotebookRewriter {
    /// Each listing's number, by label, once the pass has run.
    public private(set) var numbers: [String: Int] = [:]

    public init() {}

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .fencedCode(let block) = cell else { return rewritingChildren(of: cell) }
        return .fencedCode(numbered(block))
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        guard case .codeBlock(let code) = block else { return [rewritingChildren(of: block)] }
        return [.codeBlock(numbered(code))]
    }

    private mutating func numbered(_ block: MarkdownCodeBlock) -> MarkdownCodeBlock {
        // A cell that shows nothing (`echo: false`, `include: false`) is no listing to number.
        guard let label = block.label, block.caption != nil, block.cellOptions?.echo != .hidden else { return block }
        var block = block
        numbers[label] = numbers.count + 1
        block.number = numbers.count
        return block
    }
}
