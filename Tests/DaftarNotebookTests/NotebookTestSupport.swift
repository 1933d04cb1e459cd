@testable import DaftarNotebook

/// Parses Markdown given inline, as a notebook at `path`.
func parse(_ text: String, path: String = "x.md") -> (notebook: Notebook, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let notebook = Notebook.parse(SourceFile(path: path, text: text), diagnostics: &diagnostics)
    return (notebook, diagnostics)
}

/// Every math span of a notebook's prose, in order.
func mathSpans(in notebook: Notebook) -> [MathSpan] {
    notebook.cells.flatMap { cell -> [MathSpan] in
        guard case .prose(let blocks) = cell else { return [] }
        return blocks.flatMap(\.inlinesDeep).compactMap { if case .math(let math) = $0 { math } else { nil } }
    }
}

/// Every inline expression of a notebook's prose, in order.
func expressions(in notebook: Notebook) -> [InlineExpression] {
    notebook.cells.flatMap { cell -> [InlineExpression] in
        guard case .prose(let blocks) = cell else { return [] }
        return blocks.flatMap(\.inlinesDeep).compactMap { if case .expression(let expression) = $0 { expression } else { nil } }
    }
}

extension MarkdownBlock {
    /// All inlines in this block and the blocks inside it, nested inlines included, in order.
    var inlinesDeep: [MarkdownInline] {
        switch self {
        case .paragraph(let content): content.flatMap(\.deep)
        case .heading(let heading): heading.content.flatMap(\.deep)
        case .blockQuote(let blocks): blocks.flatMap(\.inlinesDeep)
        case .list(let list): list.items.flatMap { $0.flatMap(\.inlinesDeep) }
        case .codeBlock, .htmlBlock, .thematicBreak, .rawBlock: []
        case .table(let table):
            ((table.header ?? []) + table.rows.flatMap { $0 }).flatMap { $0.blocks.flatMap(\.inlinesDeep) }
                + (table.caption ?? []).flatMap(\.deep)
        case .div(let div):
            (div.callout?.title ?? []).flatMap(\.deep) + div.blocks.flatMap(\.inlinesDeep) + (div.caption ?? []).flatMap(\.deep)
        case .definitionList(let list):
            list.items.flatMap { $0.term.flatMap(\.deep) + $0.definitions.flatMap { $0.flatMap(\.inlinesDeep) } }
        case .footnoteDefinition(let definition): definition.blocks.flatMap(\.inlinesDeep)
        case .figure(let figure): figure.caption.flatMap(\.deep)
        case .footnotes(let notes): notes.flatMap { $0.blocks.flatMap(\.inlinesDeep) }
        case .references: []
        }
    }
}

extension MarkdownInline {
    var deep: [MarkdownInline] {
        switch self {
        case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
            [self] + content.flatMap(\.deep)
        default: [self]
        }
    }
}
