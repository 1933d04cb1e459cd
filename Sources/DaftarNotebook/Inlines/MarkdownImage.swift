/// An image as the reader finds it, `![description](source "title"){attributes}`, and what
/// `ImageResources` makes of it: the file's bytes embedded as a `data:` URI.
public struct MarkdownImage: Hashable, Sendable {
    public var source: String
    public var title: String
    public var description: [MarkdownInline]
    public var attributes: Attributes
    /// Where the `!` is.
    public var location: SourceLocation
    /// The `data:` URI of a local file, set by `ImageResources`; writers use it instead of `source`.
    public var embedded: String?

    public init(source: String, title: String, description: [MarkdownInline], attributes: Attributes = Attributes(),
                location: SourceLocation, embedded: String? = nil) {
        self.source = source
        self.title = title
        self.description = description
        self.attributes = attributes
        self.location = location
        self.embedded = embedded
    }

    /// Quarto's `fig-alt`, taken out of `attributes` by `AttributeMeanings`: what a screen reader
    /// says instead of the description's text.
    public var altText: String?
}

/// An image alone in its paragraph, captioned by its description; numbered when labelled `#fig-…`.
public struct MarkdownFigure: Hashable, Sendable {
    public var image: MarkdownImage
    public var caption: [MarkdownInline]
    /// The figure's number, set by `FigureNumbering` when its image's id starts with `fig-`.
    public var number: Int?
    /// `a`, `b`… for a labelled figure inside a figure div (a subfigure); set by `FigureNumbering`.
    public var subfigureLetter: String? = nil

    public init(image: MarkdownImage, caption: [MarkdownInline], number: Int? = nil) {
        self.image = image
        self.caption = caption
        self.number = number
    }

    /// The label cross-references name the figure by (`fig-…`).
    public var label: String? {
        image.attributes.id.flatMap { $0.hasPrefix("fig-") ? $0 : nil }
    }
}
