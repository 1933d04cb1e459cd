import DaftarNotebook

/// Fenced divs as pandoc writes them (`<div id class data-key>`), and Quarto's callouts: a box
/// with an icon and a title, drawn by the page's CSS (`.callout-note` …), a `<details>` when
/// collapsible, so that it folds with no script.
extension ProseRenderer {
    mutating func renderDiv(_ div: MarkdownDiv) {
        cr()
        if div.callout == nil, div.crossReferenceKind == .figure {
            renderFigureDiv(div)
            return
        }
        if div.callout == nil, div.number != nil || div.caption != nil {
            // A table div is a figure whose caption comes first, as Quarto puts table captions.
            html += "<figure\(div.attributes.html)>\n<figcaption>"
            if let number = div.number {
                html += "\(HTMLEscaping.escape(options.tableWord)) \(number)"
                if div.caption != nil { html += ": " }
            }
            renderInlines(div.caption ?? [])
            html += "</figcaption>\n"
            render(div.blocks)
            cr()
            html += "</figure>\n"
            return
        }
        guard let callout = div.callout else {
            html += "<div\(div.attributes.html)>\n"
            render(div.blocks)
            cr()
            html += "</div>\n"
            return
        }
        var attributes = div.attributes
        attributes.classes = ["callout", "callout-\(callout.kind.rawValue)"] + attributes.classes
        if !callout.showsIcon { attributes.classes.append("no-icon") }
        let element = callout.collapse == nil ? "div" : "details"
        let open = callout.collapse == false ? " open" : ""
        html += "<\(element)\(attributes.html)\(open)>\n"
        html += callout.collapse == nil ? "<div class=\"callout-title\">" : "<summary class=\"callout-title\">"
        if let title = callout.title {
            renderInlines(title)
        } else {
            html += HTMLEscaping.escape(options.calloutTitles[callout.kind] ?? callout.kind.rawValue.capitalized)
        }
        html += callout.collapse == nil ? "</div>\n" : "</summary>\n"
        html += "<div class=\"callout-body\">\n"
        render(div.blocks)
        cr()
        html += "</div>\n</\(element)>\n"
    }

    /// Quarto's figure div: its content, side by side in `layout-ncol` columns when asked, then its
    /// caption, "Figure 1: …" or "(a) …" for a subfigure.
    private mutating func renderFigureDiv(_ div: MarkdownDiv) {
        html += "<figure\(div.attributes.html)>\n"
        let columns = div.layoutColumns
        if let columns {
            html += "<div class=\"figure-layout\" style=\"display: grid; gap: 1em; align-items: end; "
                + "grid-template-columns: repeat(\(columns), minmax(0, 1fr));\">\n"
        }
        render(div.blocks)
        cr()
        if columns != nil { html += "</div>\n" }
        if div.number != nil || div.subfigureLetter != nil || div.caption != nil {
            html += "<figcaption>"
            if let number = div.number {
                html += "\(HTMLEscaping.escape(options.figureWord)) \(number)" + (div.caption != nil ? ": " : "")
            } else if let letter = div.subfigureLetter {
                html += "(\(letter))" + (div.caption != nil ? " " : "")
            }
            renderInlines(div.caption ?? [])
            html += "</figcaption>\n"
        }
        html += "</figure>\n"
    }
}
