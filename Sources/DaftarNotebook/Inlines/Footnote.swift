/// A reference to a note: `[^label]`, or an inline note `^[text]` that carries its own content.
public struct FootnoteReference: Hashable, Sendable {
    /// The label of `[^label]`; nil for an inline note.
    public var label: String?
    /// An inline note's content.
    public var blocks: [MarkdownBlock]
    /// Where the `[` or `^` is.
    public var location: SourceLocation
    /// The note's number, set by `FootnoteNumbering`; nil while unresolved or when no note has the label.
    public var number: Int?
    /// Whether this is the note's first reference, the one its back-link returns to.
    public var isFirst: Bool

    public init(label: String?, blocks: [MarkdownBlock] = [], location: SourceLocation, number: Int? = nil, isFirst: Bool = true) {
        self.label = label
        self.blocks = blocks
        self.location = location
        self.number = number
        self.isFirst = isFirst
    }
}

/// `[^label]: text` and its indented continuation.
public struct FootnoteDefinition: Hashable, Sendable {
    public var label: String
    public var blocks: [MarkdownBlock]
    /// Where the `[` is.
    public var location: SourceLocation

    public init(label: String, blocks: [MarkdownBlock], location: SourceLocation) {
        self.label = label
        self.blocks = blocks
        self.location = location
    }
}

/// One numbered note of the footnotes section.
public struct Footnote: Hashable, Sendable {
    public var number: Int
    public var blocks: [MarkdownBlock]

    public init(number: Int, blocks: [MarkdownBlock]) {
        self.number = number
        self.blocks = blocks
    }
}
