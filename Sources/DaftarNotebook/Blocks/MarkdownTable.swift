/// A pipe or grid table, as pandoc reads them: alignments, an optional header, rows of cells and
/// pandoc's caption (`: Caption {#tbl-x}`).
public struct MarkdownTable: Hashable, Sendable {
    public enum Alignment: String, Hashable, Sendable {
        case none, left, center, right
    }

    /// One cell: blocks, which for a pipe table is at most one paragraph of inlines.
    public struct Cell: Hashable, Sendable {
        public var blocks: [MarkdownBlock]

        public init(_ blocks: [MarkdownBlock]) {
            self.blocks = blocks
        }

        /// A cell of numbers: its text has a digit and no right-to-left letter (Arabic-Indic digits
        /// are numbers), so that right-to-left text keeps `1, 2` or `-0.5` in their order.
        public var isNumeric: Bool {
            let text = blocks.compactMap { block -> String? in
                if case .paragraph(let content) = block { content.plainText } else { nil }
            }.joined()
            var hasDigit = false
            for scalar in text.unicodeScalars {
                if scalar.properties.numericType == .decimal { hasDigit = true; continue }
                if scalar.properties.isAlphabetic, TextDirection.strongDirection(of: scalar) == .rtl { return false }
            }
            return hasDigit
        }
    }

    public var alignments: [Alignment]
    /// Nil for a grid table without a header.
    public var header: [Cell]?
    public var rows: [[Cell]]
    /// The caption's inlines, without `:` or `Table:` and without its attributes.
    public var caption: [MarkdownInline]?
    /// The caption's `{#tbl-x}`: its id is the label cross-references use.
    public var attributes: Attributes
    /// The table's first line.
    public var location: SourceLocation
    /// The table's number when it is labelled `tbl-…`; set by `TableNumbering`.
    public var number: Int?
    /// Each column's share of the text's width in percent, one decimal, from Quarto's
    /// `tbl-colwidths="[35,65]"`; set (and the key taken off) by `AttributeMeanings`.
    public var columnWidths: [Double]?

    public init(alignments: [Alignment], header: [Cell]?, rows: [[Cell]], caption: [MarkdownInline]? = nil,
                attributes: Attributes = Attributes(), location: SourceLocation) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.caption = caption
        self.attributes = attributes
        self.location = location
    }

    /// The label cross-references name the table by (`tbl-…`).
    public var label: String? {
        attributes.id.flatMap { $0.hasPrefix("tbl-") ? $0 : nil }
    }
}
