/// Gives every attribute its meaning before any writer sees it: the keys Quarto reads as a node's
/// own (a callout's `title`, `collapse`, `icon`, `appearance`; a figure div's `layout-ncol`; an
/// image's `fig-alt`; a table's `tbl-colwidths`) leave the attributes for typed fields, and the rest take the form every writer
/// writes (`Attributes.resolved(safe:)`: custom keys as `data-key`, sizes in `style`).
public struct AttributeMeanings: NotebookRewriter {
    /// The notebook is not trusted: the author's `style` stays custom data.
    let safe: Bool

    public init(safe: Bool) {
        self.safe = safe
    }

    public mutating func rewrite(cell: Cell) -> Cell {
        guard case .fencedCode(let block) = cell else { return rewritingChildren(of: cell) }
        var shown = resolved(block)
        // A cell's `#| label:` (or `lst-label`) is the id of its code, unless the fence gives one.
        if let label = block.cellOptions?.label, shown.attributes?.id == nil {
            shown.attributes = shown.attributes ?? Attributes()
            shown.attributes?.id = label
        }
        return .fencedCode(shown)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        switch rewritingChildren(of: block) {
        case .heading(var heading):
            heading.attributes = heading.attributes.resolved(safe: safe)
            return [.heading(heading)]
        case .codeBlock(let code):
            return [.codeBlock(resolved(code))]
        case .div(var div):
            if let callout = div.callout {
                div.attributes.classes.removeAll { $0 == "callout-\(callout.kind.rawValue)" }
                div.attributes.keyValues.removeAll { Callout.keys.contains($0.key) }
            }
            if div.crossReferenceKind == .figure, let columns = div.attributes["layout-ncol"].flatMap(Int.init) {
                div.layoutColumns = columns > 1 ? columns : nil
                div.attributes.keyValues.removeAll { $0.key == "layout-ncol" }
            }
            div.attributes = div.attributes.resolved(safe: safe)
            return [.div(div)]
        case .table(var table):
            table.columnWidths = Self.columnWidths(table.attributes["tbl-colwidths"], columns: table.alignments.count)
            table.attributes.keyValues.removeAll { $0.key == "tbl-colwidths" }
            table.attributes = table.attributes.resolved(safe: safe)
            return [.table(table)]
        case .figure(var figure):
            figure.image = resolved(figure.image)
            return [.figure(figure)]
        case let other:
            return [other]
        }
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        switch rewritingChildren(of: inline) {
        case .span(let attributes, let content):
            return [.span(attributes.resolved(safe: safe), content)]
        case .attributed(let inner, let attributes):
            return [.attributed(inner, attributes.resolved(safe: safe))]
        case .attributedImage(let image):
            return [.attributedImage(resolved(image))]
        case let other:
            return [other]
        }
    }

    /// The image with `fig-alt` as its text alternative and its size as writers write it.
    private func resolved(_ image: MarkdownImage) -> MarkdownImage {
        var image = image
        if let alt = image.attributes["fig-alt"] { image.altText = alt }
        image.attributes.keyValues.removeAll { $0.key == "fig-alt" }
        image.attributes = image.attributes.resolvedForImage(safe: safe)
        return image
    }

    /// The block with the attributes of its info string, the language class taken off (it names
    /// the language), and its listing caption: the cell's `lst-cap`, else the fence's.
    private func resolved(_ block: MarkdownCodeBlock) -> MarkdownCodeBlock {
        var block = block
        block.caption = block.cellOptions?.caption ?? block.infoAttributes?["lst-cap"]
        guard var attributes = block.infoAttributes else { return block }
        if !attributes.classes.isEmpty { attributes.classes.removeFirst() }
        attributes.keyValues.removeAll { $0.key == "lst-cap" }
        block.attributes = attributes.resolved(safe: safe)
        return block
    }

    /// Quarto's `tbl-colwidths="[35,65]"` as percentages of the table, one decimal; nil unless it
    /// gives one non-negative number per column with a positive sum.
    static func columnWidths(_ spec: String?, columns: Int) -> [Double]? {
        guard let spec else { return nil }
        let numbers = spec.filter { $0 != "[" && $0 != "]" && $0 != " " }.split(separator: ",").compactMap { Double($0) }
        let total = numbers.reduce(0, +)
        guard numbers.count == columns, total > 0, numbers.allSatisfy({ $0 >= 0 }) else { return nil }
        return numbers.map { ($0 / total * 1000).rounded() / 10 }
    }
}
