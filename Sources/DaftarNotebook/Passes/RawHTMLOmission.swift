import DaftarKernelProtocol

/// `--safe`: the notebook's raw HTML leaves the document before any writer sees it. HTML blocks,
/// inline HTML and `{=html}` raw blocks become cmark's `<!-- raw HTML omitted -->` (what cmark
/// writes without `--unsafe`), and cell outputs lose their HTML and SVG representations (a
/// display keeps the next one it has, as Jupyter chooses), so that every writer gets the same
/// safe document.
public struct RawHTMLOmission: NotebookRewriter {
    /// What stands where raw HTML was.
    public static let omitted = "<!-- raw HTML omitted -->"

    public init() {}

    /// The notebook without raw HTML. A page whose direction an omitted `<div dir="rtl">` gave
    /// keeps it, as its index entry does.
    public mutating func rewrite(_ notebook: Notebook) -> Notebook {
        var omitted = notebook
        omitted.cells = notebook.cells.map { rewrite(cell: $0) }
        if omitted.direction != notebook.direction { omitted.frontMatter.explicitDirection = notebook.direction }
        return omitted
    }

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell, var result = code.result else { return rewritingChildren(of: cell) }
        result.outputs = result.outputs.map(Self.omittingRawHTML)
        code.result = result
        return .code(code)
    }

    /// An output without HTML or SVG representations (text and Markdown outputs are written as text,
    /// or read as Markdown without raw HTML).
    public static func omittingRawHTML(from output: CellOutput) -> CellOutput {
        guard case .display(let bundle) = output else { return output }
        return .display(MIMEBundle(bundle.representations.filter { $0.type != .html && $0.type != .svg }))
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        switch block {
        case .htmlBlock: [.htmlBlock(Self.omitted)]
        case .rawBlock(let format, _) where format == "html": [.rawBlock(format: format, text: Self.omitted)]
        default: [rewritingChildren(of: block)]
        }
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .html = inline else { return [rewritingChildren(of: inline)] }
        return [.html(Self.omitted)]
    }
}
