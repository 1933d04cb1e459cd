import DaftarNotebook

/// Cross-references, citations, the references section, numbered equations and heading extras,
/// written as pandoc and Quarto write them.
extension ProseRenderer {
    /// `<a href="#fig-x" class="cross-ref">Figure 1</a>`; a group of one kind as "Figures 1 and 2",
    /// each number a link; `[-@fig-x]` the number alone; an unknown label Quarto's `?@fig-x`.
    mutating func renderCrossReference(_ reference: CrossReference) {
        let all = [reference] + reference.group
        var words = options.crossReferenceWords
        // The figure and table words of the page's captions, in every language they have.
        words.singular[.figure] = options.figureWord
        words.singular[.table] = options.tableWord
        func link(_ reference: CrossReference, text: String) -> String {
            "<a href=\"#\(HTMLEscaping.escape(reference.label))\" class=\"cross-ref\">\(text)</a>"
        }
        func shown(_ reference: CrossReference) -> String? {
            reference.shownNumber ?? reference.targetTitle
        }
        func missing(_ reference: CrossReference) -> String {
            "<strong class=\"cross-ref-missing\">?@\(HTMLEscaping.escape(reference.label))</strong>"
        }
        if all.count > 1, all.allSatisfy({ $0.kind == reference.kind && $0.shownNumber != nil }), !reference.suppressesPrefix {
            let numbers = all.map { link($0, text: HTMLEscaping.escape($0.shownNumber!)) }
            html += HTMLEscaping.escape(words.plural[reference.kind] ?? "") + " " + words.list(numbers)
            return
        }
        let pieces = all.map { reference -> String in
            guard let text = shown(reference) else { return missing(reference) }
            if reference.suppressesPrefix || reference.shownNumber == nil { return link(reference, text: HTMLEscaping.escape(text)) }
            return link(reference, text: HTMLEscaping.escape((words.singular[reference.kind] ?? "") + " " + text))
        }
        html += words.list(pieces)
    }

    /// pandoc's `<span class="citation" data-cites="…">` around the resolved text, each author or
    /// number linking to its entry; an unresolved citation as it was written.
    mutating func renderCitation(_ citation: Citation) {
        guard let rendering = citation.rendering else {
            html += HTMLEscaping.escape(citation.source)
            return
        }
        let keys = citation.items.map(\.key).joined(separator: " ")
        html += "<span class=\"citation\" data-cites=\"\(HTMLEscaping.escape(keys))\">"
        // In right-to-left text each cited name keeps its own direction ("Glorot و Bengio 2010" reads
        // as one left-to-right unit), as signed numbers do.
        let direction = options.isolateSignedNumbers ? " dir=\"auto\"" : ""
        for piece in rendering.pieces {
            switch piece {
            case .text(let text):
                html += HTMLEscaping.escape(text)
            case .reference(let key, let text):
                html += "<a href=\"#\(HTMLEscaping.escape(ReservedIdentifiers.referenceID(key)))\" role=\"doc-biblioref\"\(direction)>\(HTMLEscaping.escape(text))</a>"
            }
        }
        html += "</span>"
    }

    /// The references section: pandoc's `<div id="refs" class="references csl-bib-body">`, after a heading.
    mutating func renderReferences(_ list: ReferenceList) {
        cr()
        if !list.isPlacedByAuthor {
            html += "<section id=\"references\" class=\"references-section\" role=\"doc-bibliography\">\n"
            html += "<h2 class=\"unnumbered\">\(HTMLEscaping.escape(list.title))</h2>\n"
        }
        html += "<div id=\"refs\" class=\"references csl-bib-body\(list.isNumeric ? "" : " hanging-indent")\" role=\"list\">\n"
        for entry in list.entries {
            // `dir="auto"`: an entry in Latin script reads left to right on an Arabic page, and the reverse.
            html += "<div id=\"\(HTMLEscaping.escape(ReservedIdentifiers.referenceID(entry.key)))\" class=\"csl-entry\" role=\"listitem\" dir=\"auto\">"
            if let label = entry.label {
                html += "<div class=\"csl-left-margin\">\(HTMLEscaping.escape(label))</div><div class=\"csl-right-inline\">"
                renderInlines(entry.content)
                html += "</div>"
            } else {
                renderInlines(entry.content)
            }
            html += "</div>\n"
        }
        html += list.isPlacedByAuthor ? "</div>\n" : "</div>\n</section>\n"
    }

    /// A numbered display equation: the `<math>` and its number side by side (MathML Core has no
    /// `mlabeledtr`), the number at the end of the line — the right, or the left in right-to-left text.
    func equationHTML(_ math: String, tag: String, label: String?, block: Bool) -> String {
        let element = block ? "div" : "span"
        let id = label.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        return "<\(element) class=\"equation\"\(id)>\(math)<span class=\"equation-number\">(\(HTMLEscaping.escape(tag)))</span></\(element)>"
    }

    /// `<span class="header-section-number">2.1</span> ` before a numbered heading's text.
    func sectionNumberHTML(_ heading: MarkdownHeading) -> String {
        heading.number.map { "<span class=\"header-section-number\">\(HTMLEscaping.escape($0))</span> " } ?? ""
    }
}

/// The look of what this file writes.
enum ReferenceStyle {
    static let css = """

    .equation { display: flex; align-items: center; gap: 1em; margin: 1em 0; }
    .equation > math[display="block"] { flex: 1 1 auto; margin: 0; min-width: 0; }
    .equation-number { flex: none; direction: ltr; unicode-bidi: isolate; }
    .header-section-number { margin-inline-end: 0.35em; }
    .citation a, a.cross-ref { text-decoration: none; }
    .references-section { margin-top: 2.5em; border-top: 1px solid var(--border); }
    .csl-bib-body .csl-entry { margin: 0.5em 0; }
    .csl-bib-body.hanging-indent .csl-entry { padding-inline-start: 2em; text-indent: -2em; }
    .csl-bib-body:not(.hanging-indent) .csl-entry { display: flex; gap: 0.75em; }
    .csl-left-margin { flex: none; min-width: 2.5em; }
    """
}
