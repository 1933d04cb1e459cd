/// Numbers pandoc's example lists (`(@)`, `(@label)`) across the whole document, each list going
/// on from the last, and replaces an in-text `@label` naming an example by its number, before and
/// after the example as pandoc does. A label used twice is a warning at the second; references
/// name the first, as for figures and tables.
public struct ExampleNumbering: NotebookRewriter {
    /// Each labelled example's number.
    public private(set) var numbers: [String: Int] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    private var count = 0

    public init() {}

    /// The notebook with its examples numbered and their references replaced.
    public mutating func resolve(_ notebook: Notebook) -> Notebook {
        let numbered = rewrite(notebook)
        guard !numbers.isEmpty else { return numbered }
        var references = ExampleReferences(numbers: numbers)
        return references.rewrite(numbered)
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        guard case .list(var list) = block, list.numberStyle == .example else { return [rewritingChildren(of: block)] }
        list.start = count + 1
        for example in list.examples {
            count += 1
            guard !example.label.isEmpty else { continue }
            if numbers[example.label] == nil {
                numbers[example.label] = count
            } else {
                diagnostics.append(Diagnostic(.warning, "two examples have the label `\(example.label)`; references name the first",
                                              at: example.location))
            }
        }
        guard case .list(let rewritten) = rewritingChildren(of: .list(list)) else { return [block] }
        return [.list(rewritten)]
    }
}

/// `@label` in the text, where `label` names an example: its number.
private struct ExampleReferences: NotebookRewriter {
    let numbers: [String: Int]

    mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .citation(let citation) = inline, !citation.isParenthetical, citation.items.count == 1,
              let number = numbers[citation.items[0].key], citation.items[0].suffix.isEmpty else {
            return [rewritingChildren(of: inline)]
        }
        return [.text(String(number))]
    }
}
