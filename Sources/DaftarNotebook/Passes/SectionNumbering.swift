/// Numbers sections when the front matter says `number-sections: true` (`2.1`), as Quarto does,
/// counting from the document's highest heading level; `.unnumbered` headings are skipped. Every
/// heading with a `#sec-` id is a cross-reference target: its number when numbered, else its text.
/// Labels are unique by now (`IdentifierClaims`).
public struct SectionNumbering: NotebookRewriter {
    let numbersSections: Bool
    private var topLevel: Int
    private var counters: [Int] = []
    /// Each section's number, by label (numbered sections only).
    public private(set) var numbers: [String: String] = [:]
    /// Each `sec-` heading's text, by label.
    public private(set) var titles: [String: String] = [:]

    public init(numbersSections: Bool, topLevel: Int) {
        self.numbersSections = numbersSections
        self.topLevel = topLevel
    }

    /// The pass for `notebook`: its `number-sections` and its highest heading level.
    public init(for notebook: Notebook) {
        var levels = HeadingLevels()
        levels.walk(notebook)
        self.init(numbersSections: notebook.frontMatter["number-sections"] == .bool(true), topLevel: levels.lowest ?? 1)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        guard case .heading(var heading) = block else { return [rewritingChildren(of: block)] }
        if numbersSections, !heading.attributes.classes.contains("unnumbered"), heading.level >= topLevel {
            let depth = heading.level - topLevel + 1
            while counters.count < depth { counters.append(0) }
            counters = Array(counters.prefix(depth))
            counters[depth - 1] += 1
            heading.number = counters.map(String.init).joined(separator: ".")
        }
        if let id = heading.attributes.id, id.hasPrefix("sec-") {
            titles[id] = heading.content.plainText
            if let number = heading.number { numbers[id] = number }
        }
        return [.heading(heading)]
    }
}

private struct HeadingLevels: NotebookWalker {
    var lowest: Int?

    mutating func visit(block: MarkdownBlock) {
        guard case .heading(let heading) = block else { return }
        lowest = min(lowest ?? heading.level, heading.level)
    }
}
