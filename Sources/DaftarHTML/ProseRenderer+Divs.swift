import DaftarNotebook

/// Fenced divs as pandoc writes them (`<div id class data-key>`), and Quarto's callouts: a box
/// with an icon and a title, drawn by the page's CSS (`.callout-note` …), a `<details>` when
/// collapsible, so that it folds with no script.
extension ProseRenderer {
    mutating func renderDiv(_ div: MarkdownDiv) {
        cr()
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
}
