/// Numbers the notes in the order of their first reference, takes the definitions out of the
/// flow and puts the notes in a `.footnotes` block at the end of the document, as pandoc does.
/// A reference to a label nothing defines, and a definition nothing refers to, are warnings.
public struct FootnoteNumbering: NotebookRewriter {
    private var definitions: [String: FootnoteDefinition] = [:]
    private var numbers: [String: Int] = [:]
    private var notes: [Footnote] = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// The notebook with its notes numbered and gathered at its end.
    public mutating func resolve(_ notebook: Notebook) -> Notebook {
        var collector = DefinitionCollector()
        collector.walk(notebook)
        for definition in collector.definitions {
            if definitions[definition.label] != nil {
                diagnostics.append(Diagnostic(.warning, "a second note is labelled `\(definition.label)`; references use the first",
                                              at: definition.location))
            } else {
                definitions[definition.label] = definition
            }
        }
        var resolved = rewrite(notebook)
        // Notes that refer to other notes: their references are numbered after the text's.
        var index = 0
        while index < notes.count {
            notes[index].blocks = rewrite(blocks: notes[index].blocks)
            index += 1
        }
        for definition in collector.definitions where numbers[definition.label] == nil && definitions[definition.label] == definition {
            diagnostics.append(Diagnostic(.warning, "the note `[^\(definition.label)]` is never referred to; it is not shown",
                                          at: definition.location))
        }
        if !notes.isEmpty { resolved.cells.append(.prose([.footnotes(notes)])) }
        return resolved
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        if case .footnoteDefinition = block { return [] }
        return [rewritingChildren(of: block)]
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .footnoteReference(var reference) = inline, reference.number == nil else { return [rewritingChildren(of: inline)] }
        guard let label = reference.label else {
            let number = notes.count + 1
            notes.append(Footnote(number: number, blocks: []))
            notes[number - 1].blocks = rewrite(blocks: reference.blocks)
            reference.number = number
            reference.blocks = []
            return [.footnoteReference(reference)]
        }
        if let number = numbers[label] {
            reference.number = number
            reference.isFirst = false
        } else if let definition = definitions[label] {
            let number = notes.count + 1
            numbers[label] = number
            notes.append(Footnote(number: number, blocks: definition.blocks))
            reference.number = number
        } else {
            diagnostics.append(Diagnostic(.warning, "no note is labelled `\(label)` (a line `[^\(label)]: …` defines one); the reference is shown as text",
                                          at: reference.location))
        }
        return [.footnoteReference(reference)]
    }

    private struct DefinitionCollector: NotebookWalker {
        var definitions: [FootnoteDefinition] = []

        mutating func visit(block: MarkdownBlock) {
            if case .footnoteDefinition(let definition) = block { definitions.append(definition) }
        }
    }
}
