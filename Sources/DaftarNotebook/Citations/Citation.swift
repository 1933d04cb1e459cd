/// A citation as pandoc reads it: `[see @doe99, p. 3; @roe04]` (parenthetical), `@doe99` (in the
/// text) or `[-@doe99]` (the year alone). A key with a cross-reference prefix (`fig-`, `tbl-`,
/// `eq-`, `sec-`) is a `CrossReference` instead, as Quarto reads it.
public struct Citation: Hashable, Sendable {
    /// One cited work with what is written around its key.
    public struct Item: Hashable, Sendable {
        public var key: String
        /// Text before the key (`see`).
        public var prefix: String
        /// Text after the key, the locator included (`, p. 3`).
        public var suffix: String
        /// `-@key`: the author is left out, as after "Glorot and Bengio say".
        public var suppressesAuthor: Bool
        /// Where the `@` is.
        public var location: SourceLocation

        public init(key: String, prefix: String = "", suffix: String = "", suppressesAuthor: Bool = false, location: SourceLocation) {
            self.key = key
            self.prefix = prefix
            self.suffix = suffix
            self.suppressesAuthor = suppressesAuthor
            self.location = location
        }
    }

    public var items: [Item]
    /// Written in brackets; `@key` alone is an in-text citation.
    public var isParenthetical: Bool
    /// The citation as written, shown as it is when the notebook has no bibliography.
    public var source: String
    /// What the reader sees, made by `CitationResolution`; nil while unresolved.
    public var rendering: Rendering?

    public init(items: [Item], isParenthetical: Bool, source: String, rendering: Rendering? = nil) {
        self.items = items
        self.isParenthetical = isParenthetical
        self.source = source
        self.rendering = rendering
    }

    /// A resolved citation: text and links to entries of the references section.
    public struct Rendering: Hashable, Sendable {
        public enum Piece: Hashable, Sendable {
            case text(String)
            /// Text that links to the entry with this key (`#ref-key`, as pandoc names it).
            case reference(key: String, text: String)
        }

        public var pieces: [Piece]

        public init(_ pieces: [Piece]) {
            self.pieces = pieces
        }

        public var plainText: String {
            pieces.map { piece in
                switch piece {
                case .text(let text), .reference(_, let text): text
                }
            }.joined()
        }
    }
}

/// The references section: one entry per cited work, formatted, in the style's order.
public struct ReferenceList: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        /// The work's key; the entry's id is `ref-` and the key.
        public var key: String
        /// `[1]` in a numeric style, nil in an author–date one.
        public var label: String?
        public var content: [MarkdownInline]

        public init(key: String, label: String? = nil, content: [MarkdownInline]) {
            self.key = key
            self.label = label
            self.content = content
        }
    }

    /// The section's heading ("References", "المراجع").
    public var title: String
    public var entries: [Entry]
    /// Whether the style is numeric (pandoc's `csl-bib-body` with `csl-left-margin` labels).
    public var isNumeric: Bool
    /// Whether the author placed the list with a `::: {#refs}` div (and wrote its heading), as pandoc allows.
    public var isPlacedByAuthor = false

    public init(title: String, entries: [Entry], isNumeric: Bool) {
        self.title = title
        self.entries = entries
        self.isNumeric = isNumeric
    }
}
