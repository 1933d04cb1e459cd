/// A CommonMark block, copied out of cmark's tree into Swift values.
public indirect enum MarkdownBlock: Hashable, Sendable {
    case paragraph([MarkdownInline])
    case heading(MarkdownHeading)
    case blockQuote([MarkdownBlock])
    case list(MarkdownList)
    case codeBlock(MarkdownCodeBlock)
    /// Raw HTML, kept verbatim (dropped by `--safe`).
    case htmlBlock(String)
    case thematicBreak
    /// A pipe or grid table.
    case table(MarkdownTable)
    /// A fenced div (`:::`), Quarto's callouts included.
    case div(MarkdownDiv)
    /// Pandoc's definition list.
    case definitionList(MarkdownDefinitionList)
    /// A raw block (```` ```{=html} ````), kept verbatim for writers of its format (dropped by `--safe`).
    case rawBlock(format: String, text: String)
    /// `[^label]: text`, with its indented continuation; taken out of the flow by `FootnoteNumbering`.
    case footnoteDefinition(FootnoteDefinition)
    /// An image alone in a paragraph, with its description as caption (pandoc's implicit figure).
    case figure(MarkdownFigure)
    /// The notes, numbered, that `FootnoteNumbering` puts at the end of the document.
    case footnotes([Footnote])
    /// The references section that `CitationResolution` makes at the end of a cited notebook.
    case references(ReferenceList)
}

/// An ATX or setext heading.
public struct MarkdownHeading: Hashable, Sendable {
    public var level: Int
    public var content: [MarkdownInline]
    public var location: SourceLocation
    /// The id links and the table of contents use; set by `HeadingIdentifiers`.
    public var id: String? = nil
    /// `{#id .class key=value}` written after the heading's text (taken off its content).
    public var attributes = Attributes()
    /// The section number (`2.1`) when the front matter has `number-sections: true`; set by `SectionNumbering`.
    public var number: String? = nil

    /// Whether a table of contents lists the heading: pandoc's `.unlisted` class says not.
    public var isListed: Bool { !attributes.classes.contains("unlisted") }
}

/// A bullet or ordered list; each item is a list of blocks.
public struct MarkdownList: Hashable, Sendable {
    public var isOrdered: Bool
    /// The first number of an ordered list.
    public var start: Int
    /// A tight list's paragraphs are rendered without `<p>`.
    public var isTight: Bool
    public var items: [[MarkdownBlock]]
    /// Each item's task checkbox (`- [ ]`, `- [x]`): nil for none, else whether it is checked;
    /// empty when no item has one.
    public var tasks: [Bool?] = []
    /// How an ordered list counts (pandoc's `fancy_lists`: `a.`, `iv)`, `(B)`).
    public var numberStyle = ListNumberStyle.decimal
    /// Each item's label and place in an example list; empty for other lists.
    public var examples: [ExampleItem] = []
    /// Where the first item's marker is (nil for lists made by passes).
    public var location: SourceLocation? = nil
}

/// An item of pandoc's example list: its label (`(@label)`, empty for `(@)`) and where its marker is.
public struct ExampleItem: Hashable, Sendable {
    public var label: String
    public var location: SourceLocation
}

/// The numbers of an ordered list, as pandoc names its styles.
public enum ListNumberStyle: Hashable, Sendable {
    case decimal, lowerAlpha, upperAlpha, lowerRoman, upperRoman
    /// `(@)`: pandoc's example list, numbered across the whole document.
    case example
}

/// Fenced or indented code: shown, never run (top-level `swift` fences become code cells instead).
public struct MarkdownCodeBlock: Hashable, Sendable {
    /// The fence's info string; empty for indented code and bare fences.
    public var info: String
    public var code: String
    public var location: SourceLocation
    /// The attributes writers put on the block (id, classes after the language, pairs), as
    /// `AttributeMeanings` resolves the info string's; nil before it runs or when there are none.
    public var attributes: Attributes? = nil
    /// A Quarto cell of another language's `#|` options (it is shown, never run); nil for other fences.
    public var cellOptions: CellOptions? = nil
    /// Quarto's listing caption (`#| lst-cap:`, or `lst-cap="…"` in the fence's attributes); set by `AttributeMeanings`.
    public var caption: String? = nil
    /// The listing's number when it is labelled `lst-…` and captioned; set by `ListingNumbering`.
    public var number: Int? = nil

    /// The label cross-references name the listing by (`lst-…`).
    public var label: String? {
        attributes?.id.flatMap { $0.hasPrefix("lst-") ? $0 : nil }
    }

    /// The info string's first word, which names the language (split at ASCII whitespace, as cmark does).
    public var language: String? {
        let word = info.prefix { !" \t\n\r\u{0B}\u{0C}".contains($0) }
        return word.isEmpty ? nil : String(word)
    }
}
