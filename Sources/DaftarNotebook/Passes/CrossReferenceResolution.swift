/// Gives each `@fig-name` and `@tbl-name` the number of the figure or table it names; a reference to a label nothing has
/// is a warning at its place in the notebook, and stays unresolved (`?@fig-name` in the report,
/// as Quarto shows it).
public struct CrossReferenceResolution: NotebookRewriter {
    /// Target numbers by label.
    let numbers: [String: Int]
    /// What equations and numbered sections show (`1`, a tag, `2.1`), by label.
    var shownNumbers: [String: String] = [:]
    /// The text of each `sec-` heading, by label, for sections that have no number.
    var sectionTitles: [String: String] = [:]
    /// Labels made valid ids (`IdentifierClaims.renamed`), by the label as written.
    var renamedLabels: [String: String] = [:]
    public private(set) var diagnostics: [Diagnostic] = []

    public init(numbers: [String: Int]) {
        self.numbers = numbers
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .crossReference(var reference) = inline else { return [rewritingChildren(of: inline)] }
        reference = resolved(reference)
        reference.group = reference.group.map { resolved($0) }
        return [.crossReference(reference)]
    }

    private mutating func resolved(_ reference: CrossReference) -> CrossReference {
        var reference = reference
        reference.number = numbers[reference.label]
        reference.shownNumber = shownNumbers[reference.label] ?? reference.number.map(String.init)
        reference.targetTitle = sectionTitles[reference.label]
        if reference.shownNumber == nil, reference.targetTitle == nil {
            let what = switch reference.kind {
            case .figure: "no figure (a cell labelled `\(reference.label)`)"
            case .table: "no table (a caption ending `{#\(reference.label)}`, or a cell labelled so)"
            case .equation: "no equation (display math followed by `{#\(reference.label)}`)"
            case .section: "no heading (one ending `{#\(reference.label)}`)"
            case .listing: "no listing (code labelled `\(reference.label)` with a `lst-cap`)"
            }
            diagnostics.append(Diagnostic(.warning, "unknown cross-reference @\(reference.label): \(what) has this label",
                                          at: reference.location, notes: renamingNotes(for: reference.label)))
        }
        return reference
    }

    /// A note for each label that starts with `label` and goes on with a character no id may hold
    /// (a reference stops there): the id it was written as, which a reference can name.
    private func renamingNotes(for label: String) -> [Diagnostic.Note] {
        renamedLabels.filter { original, _ in
            original.hasPrefix(label) && original.unicodeScalars.dropFirst(label.unicodeScalars.count).first.map(AuthorIdentifier.isDisallowed) == true
        }
        .sorted { $0.key < $1.key }
        .map { original, valid in Diagnostic.Note("the label `\(AuthorIdentifier.shown(original))` became the id `\(valid)`; write @\(valid)") }
    }
}
