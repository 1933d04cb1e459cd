/// Resolves citations against the notebook's bibliography, as pandoc's citeproc does: each
/// citation gets its text and links (`CitationStyle`), an unknown key is a warning at its `@`, and
/// the cited works are listed in a references section at the end of the notebook. Without a
/// bibliography citations stay as written, unresolved.
public struct CitationResolution: NotebookRewriter {
    let style: CitationStyle
    public private(set) var diagnostics: [Diagnostic] = []

    /// Resolves `notebook`'s citations; what could not be resolved is appended to `diagnostics`.
    public static func resolve(_ notebook: Notebook, diagnostics: inout [Diagnostic]) -> Notebook {
        guard let bibliography = notebook.bibliography else { return notebook }
        var collector = CitedKeys()
        collector.walk(notebook)
        var keys = collector.keys
        for key in nociteKeys(notebook, bibliography: bibliography, diagnostics: &diagnostics) where !keys.contains(key) {
            keys.append(key)
        }
        let known = keys.filter { bibliography[$0] != nil }
        for key in known {
            _ = AuthorIdentifier.checked("ref-" + key, at: bibliography[key]?.location, diagnostics: &diagnostics)
        }
        let style = CitationStyle(
            kind: notebook.citationStyle, terms: CitationTerms(languageTag: notebook.wordsLanguage),
            cited: known.compactMap { bibliography[$0] })
        var pass = CitationResolution(style: style)
        var resolved = pass.rewrite(notebook)
        diagnostics += pass.diagnostics
        if !known.isEmpty {
            var placement = ReferencesPlacement(list: style.referenceList())
            resolved = placement.rewrite(resolved)
            if !placement.placed { resolved.cells.append(.prose([.references(style.referenceList())])) }
        }
        return resolved
    }

    /// pandoc's `nocite:` — works listed in the references without being cited (`@*`: every work
    /// of the bibliography), after the cited ones; an unknown key is a warning at the value.
    private static func nociteKeys(_ notebook: Notebook, bibliography: Bibliography, diagnostics: inout [Diagnostic]) -> [String] {
        guard let entry = notebook.frontMatter.metadata.first(where: { $0.key == "nocite" }) else { return [] }
        let text = if case .list(let items) = entry.value { items.compactMap(\.text).joined(separator: " ") } else { entry.value.text ?? "" }
        var keys: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0.isNewline }) where word.first == "@" {
            let key = String(word.dropFirst().drop { $0 == "{" }.prefix { $0 != "}" })
            if key == "*" {
                keys += bibliography.entries.map(\.key)
            } else if bibliography[key] != nil {
                keys.append(key)
            } else {
                diagnostics.append(Diagnostic(.warning, "unknown citation @\(key) in `nocite`: the bibliography has no entry with this key",
                                              at: entry.valueLocation))
            }
        }
        return keys
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .citation(var citation) = inline else { return [rewritingChildren(of: inline)] }
        for item in citation.items where style.entry(item.key) == nil {
            diagnostics.append(Diagnostic(.warning, "unknown citation @\(item.key): the bibliography has no entry with this key", at: item.location))
        }
        citation.rendering = style.render(citation)
        return [.citation(citation)]
    }
}

/// The keys cited in a notebook, in order of first citation.
private struct CitedKeys: NotebookWalker {
    var keys: [String] = []
    private var seen: Set<String> = []

    mutating func visit(inline: MarkdownInline) {
        guard case .citation(let citation) = inline else { return }
        for item in citation.items where seen.insert(item.key).inserted { keys.append(item.key) }
    }
}

/// Puts the references section where the author's `::: {#refs}` div is, as pandoc does.
private struct ReferencesPlacement: NotebookRewriter {
    var list: ReferenceList
    var placed = false

    mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        guard !placed, case .div(let div) = block, div.attributes.id == "refs" else { return [rewritingChildren(of: block)] }
        placed = true
        var list = list
        list.isPlacedByAuthor = true
        return [.references(list)]
    }
}
