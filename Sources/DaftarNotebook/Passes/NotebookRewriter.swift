/// A pass over a notebook that may replace any cell, block or inline: what every step between
/// reading and writing is made of (identities, figure numbers, cross-references, results, heading
/// ids), after swift-markdown's `MarkupRewriter` and pandoc's filters.
///
/// Each method's default keeps the node and rewrites its children; a pass overrides the methods
/// for the nodes it cares about and calls `rewritingChildren(of:)` where it wants to go deeper.
/// Nodes are visited in document order.
public protocol NotebookRewriter {
    mutating func rewrite(cell: Cell) -> Cell
    mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock]
    mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline]
}

extension NotebookRewriter {
    public mutating func rewrite(cell: Cell) -> Cell { rewritingChildren(of: cell) }
    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] { [rewritingChildren(of: block)] }
    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] { [rewritingChildren(of: inline)] }

    /// The notebook with every cell rewritten.
    public mutating func rewrite(_ notebook: Notebook) -> Notebook {
        var notebook = notebook
        notebook.cells = notebook.cells.map { rewrite(cell: $0) }
        return notebook
    }

    public mutating func rewrite(blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        blocks.flatMap { rewrite(block: $0) }
    }

    public mutating func rewrite(inlines: [MarkdownInline]) -> [MarkdownInline] {
        inlines.flatMap { rewrite(inline: $0) }
    }

    /// A prose cell with its blocks rewritten; other cells as they are.
    public mutating func rewritingChildren(of cell: Cell) -> Cell {
        guard case .prose(let blocks) = cell else { return cell }
        return .prose(rewrite(blocks: blocks))
    }

    public mutating func rewritingChildren(of block: MarkdownBlock) -> MarkdownBlock {
        switch block {
        case .paragraph(let content):
            return .paragraph(rewrite(inlines: content))
        case .heading(var heading):
            heading.content = rewrite(inlines: heading.content)
            return .heading(heading)
        case .blockQuote(let blocks):
            return .blockQuote(rewrite(blocks: blocks))
        case .list(var list):
            list.items = list.items.map { rewrite(blocks: $0) }
            return .list(list)
        case .codeBlock, .htmlBlock, .thematicBreak, .rawBlock:
            return block
        case .table(var table):
            // Document order: the header, the rows, then the caption (which pandoc writes after the table).
            table.header = table.header.map { rewrite(cells: $0) }
            table.rows = table.rows.map { rewrite(cells: $0) }
            table.caption = table.caption.map { rewrite(inlines: $0) }
            return .table(table)
        case .div(var div):
            if let title = div.callout?.title { div.callout?.title = rewrite(inlines: title) }
            div.blocks = rewrite(blocks: div.blocks)
            if let caption = div.caption { div.caption = rewrite(inlines: caption) }
            return .div(div)
        case .definitionList(var list):
            list.items = list.items.map { item in
                var item = item
                item.term = rewrite(inlines: item.term)
                item.definitions = item.definitions.map { rewrite(blocks: $0) }
                return item
            }
            return .definitionList(list)
        case .footnoteDefinition(var definition):
            definition.blocks = rewrite(blocks: definition.blocks)
            return .footnoteDefinition(definition)
        case .figure(var figure):
            figure.caption = rewrite(inlines: figure.caption)
            return .figure(figure)
        case .footnotes(let notes):
            return .footnotes(notes.map { Footnote(number: $0.number, blocks: rewrite(blocks: $0.blocks)) })
        case .references(var list):
            list.entries = list.entries.map { entry in
                var entry = entry
                entry.content = rewrite(inlines: entry.content)
                return entry
            }
            return .references(list)
        }
    }

    private mutating func rewrite(cells: [MarkdownTable.Cell]) -> [MarkdownTable.Cell] {
        cells.map { MarkdownTable.Cell(rewrite(blocks: $0.blocks)) }
    }

    public mutating func rewritingChildren(of inline: MarkdownInline) -> MarkdownInline {
        switch inline {
        case .emphasis(let content):
            return .emphasis(rewrite(inlines: content))
        case .strong(let content):
            return .strong(rewrite(inlines: content))
        case .link(let destination, let title, let content):
            return .link(destination: destination, title: title, content: rewrite(inlines: content))
        case .image(let source, let title, let description):
            return .image(source: source, title: title, description: rewrite(inlines: description))
        case .text, .softBreak, .lineBreak, .code, .html, .math, .expression, .crossReference:
            return inline
        case .strikethrough(let content):
            return .strikethrough(rewrite(inlines: content))
        case .subscripted(let content):
            return .subscripted(rewrite(inlines: content))
        case .superscripted(let content):
            return .superscripted(rewrite(inlines: content))
        case .span(let attributes, let content):
            return .span(attributes, rewrite(inlines: content))
        case .attributed(let inner, let attributes):
            // The wrapped link's or code's children; the wrapper stays whatever a pass does to them.
            return .attributed(rewritingChildren(of: inner), attributes)
        case .attributedImage(var image):
            image.description = rewrite(inlines: image.description)
            return .attributedImage(image)
        case .footnoteReference(var reference):
            reference.blocks = rewrite(blocks: reference.blocks)
            return .footnoteReference(reference)
        case .citation:
            return inline
        }
    }
}

/// A pass that only looks: `visit` sees every cell, block and inline in document order.
public protocol NotebookWalker: NotebookRewriter {
    mutating func visit(cell: Cell)
    mutating func visit(block: MarkdownBlock)
    mutating func visit(inline: MarkdownInline)
}

extension NotebookWalker {
    public mutating func visit(cell: Cell) {}
    public mutating func visit(block: MarkdownBlock) {}
    public mutating func visit(inline: MarkdownInline) {}

    public mutating func rewrite(cell: Cell) -> Cell {
        visit(cell: cell)
        return rewritingChildren(of: cell)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        visit(block: block)
        return [rewritingChildren(of: block)]
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        visit(inline: inline)
        return [rewritingChildren(of: inline)]
    }

    /// Visits every node of `notebook`.
    public mutating func walk(_ notebook: Notebook) {
        _ = rewrite(notebook)
    }
}
