extension Array where Element == MarkdownBlock {
    /// The inline `{swift}` expressions in these blocks, in document order.
    public var inlineExpressions: [InlineExpression] {
        flatMap { block -> [InlineExpression] in
            switch block {
            case .paragraph(let content): content.inlineExpressions
            case .heading(let heading): heading.content.inlineExpressions
            case .blockQuote(let blocks): blocks.inlineExpressions
            case .list(let list): list.items.flatMap(\.inlineExpressions)
            case .codeBlock, .htmlBlock, .thematicBreak: []
            case .table(let table):
                (table.caption ?? []).inlineExpressions
                    + ((table.header ?? []) + table.rows.flatMap { $0 }).flatMap(\.blocks.inlineExpressions)
            case .div(let div):
                (div.callout?.title ?? []).inlineExpressions + div.blocks.inlineExpressions + (div.caption ?? []).inlineExpressions
            case .definitionList(let list):
                list.items.flatMap { $0.term.inlineExpressions + $0.definitions.flatMap(\.inlineExpressions) }
            case .rawBlock: []
            case .footnoteDefinition(let definition): definition.blocks.inlineExpressions
            case .figure(let figure): figure.caption.inlineExpressions
            case .footnotes(let notes): notes.flatMap(\.blocks.inlineExpressions)
            case .references: []
            }
        }
    }
}

extension Array where Element == MarkdownInline {
    /// The inline `{swift}` expressions here and in nested inlines, in order.
    public var inlineExpressions: [InlineExpression] {
        flatMap { inline -> [InlineExpression] in
            switch inline {
            case .expression(let expression): [expression]
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                content.inlineExpressions
            case .strikethrough(let content), .subscripted(let content), .superscripted(let content), .span(_, let content):
                content.inlineExpressions
            case .attributed(let inline, _): [inline].inlineExpressions
            case .attributedImage(let image): image.description.inlineExpressions
            case .footnoteReference(let reference): reference.blocks.inlineExpressions
            default: []
            }
        }
    }
}

extension Notebook {
    /// Every inline expression of the notebook's prose, in document order: the order in which
    /// they are evaluated and numbered.
    public var inlineExpressions: [InlineExpression] {
        cells.flatMap { cell -> [InlineExpression] in
            if case .prose(let blocks) = cell { blocks.inlineExpressions } else { [] }
        }
    }
}

extension Notebook {
    /// Whether running the notebook would do anything: a code cell to evaluate or an inline
    /// expression, in a notebook whose front matter does not say `execute: {eval: false}`.
    public var hasCodeToRun: Bool {
        guard frontMatter.execute.eval != false else { return false }
        return !inlineExpressions.isEmpty || cells.contains { cell in
            if case .code(let code) = cell { code.options.eval } else { false }
        }
    }
}
