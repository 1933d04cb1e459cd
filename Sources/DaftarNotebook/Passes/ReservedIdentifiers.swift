/// The ids a report gives what the document does not name itself, as pandoc names them: the title
/// block, the table of contents, the notes and their references, the references section and each
/// entry in it. An author's id or a generated heading id must not take one of them.
public struct ReservedIdentifiers: Sendable {
    /// The page's own names, in every report.
    private static let pageNames: Set<String> = ["title-block-header", "TOC", "toc-title"]
    /// How many notes the notebook has (`FootnoteNumbering` gathered them).
    private let noteCount: Int
    /// The ids of the notebook's bibliography entries (`referenceID`); nil without a bibliography.
    private let referenceIDs: Set<String>?

    /// The ids reserved in `notebook`, once its notes are numbered.
    public init(for notebook: Notebook) {
        var notes = NoteCount()
        notes.walk(notebook)
        noteCount = notes.count
        referenceIDs = notebook.bibliography.map { Set($0.entries.map { Self.referenceID($0.key) }) }
    }

    /// The id of the references' entry for `key`: pandoc's `ref-key`, made valid as an author's id
    /// is (`AuthorIdentifier`: a CSL-JSON key may hold spaces).
    public static func referenceID(_ key: String) -> String {
        AuthorIdentifier.valid("ref-" + key) ?? "ref-"
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
        guard let referenceIDs else { return false }
        return id == "refs" || id == "references" || referenceIDs.contains(id)
    }
}

/// The notes of a notebook whose notes are numbered.
private struct NoteCount: NotebookWalker {
    var count = 0

    mutating func visit(block: MarkdownBlock) {
        if case .footnotes(let notes) = block { count += notes.count }
    }
}
