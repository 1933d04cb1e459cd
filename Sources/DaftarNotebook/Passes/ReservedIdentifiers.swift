/// The ids a report gives what the document does not name itself, as pandoc names them: the title
/// block, the table of contents, the notes and their references, the references section and each
/// entry in it. An author's id or a generated heading id must not take one of them.
public struct ReservedIdentifiers: Sendable {
    /// The page's own names, in every report.
    private static let pageNames: Set<String> = ["title-block-header", "TOC", "toc-title"]
    /// How many notes the notebook has (`FootnoteNumbering` gathered them).
    private let noteCount: Int
    /// The notebook's bibliography keys, whose entries are `ref-<key>`; nil without a bibliography.
    private let citationKeys: Set<String>?

    /// The ids reserved in `notebook`, once its notes are numbered.
    public init(for notebook: Notebook) {
        var notes = NoteCount()
        notes.walk(notebook)
        noteCount = notes.count
        citationKeys = notebook.bibliography.map { Set($0.entries.map(\.key)) }
    }

    /// Whether a writer may give `id` to something of its own: the title block or the contents;
    /// with notes, `footnotes`, `fn3` and `fnref3` (a note and its first reference); with a
    /// bibliography, `refs`, `references` and `ref-key` for each of its keys.
    public func contains(_ id: String) -> Bool {
        if Self.pageNames.contains(id) || (noteCount > 0 && id == "footnotes") { return true }
        for prefix in ["fnref", "fn"] where id.hasPrefix(prefix) {
            let digits = id.dropFirst(prefix.count)
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits), number >= 1, number <= noteCount { return true }
        }
        guard let citationKeys else { return false }
        return id == "refs" || id == "references" || (id.hasPrefix("ref-") && citationKeys.contains(String(id.dropFirst(4))))
    }
}

/// The notes of a notebook whose notes are numbered.
private struct NoteCount: NotebookWalker {
    var count = 0

    mutating func visit(block: MarkdownBlock) {
        if case .footnotes(let notes) = block { count += notes.count }
    }
}
