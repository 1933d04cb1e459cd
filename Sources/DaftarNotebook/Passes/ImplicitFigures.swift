/// Pandoc's implicit figures: a paragraph holding only an image with a description becomes a
/// figure captioned by that description.
public struct ImplicitFigures: NotebookRewriter {
    public init() {}

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        guard case .paragraph(let content) = block, content.count == 1, case .attributedImage(let image) = content[0],
              !image.description.isEmpty else { return [rewritingChildren(of: block)] }
        return [.figure(MarkdownFigure(image: image, caption: image.description))]
    }
}
