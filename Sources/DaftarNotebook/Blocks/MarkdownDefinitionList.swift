/// Pandoc's definition list: terms of one line, each followed by definitions that start with `:`
/// or `~`.
public struct MarkdownDefinitionList: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var term: [MarkdownInline]
        public var definitions: [[MarkdownBlock]]
        /// Without a blank line before or between its definitions, their paragraphs are rendered without `<p>`.
        public var isTight: Bool

        public init(term: [MarkdownInline], definitions: [[MarkdownBlock]], isTight: Bool) {
            self.term = term
            self.definitions = definitions
            self.isTight = isTight
        }
    }

    public var items: [Item]

    public init(items: [Item]) {
        self.items = items
    }
}
