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
            html += "<figure\(attributes(div.attributes))>\n<figcaption>"
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
            html += "<div\(attributes(div.attributes))>\n"
            render(div.blocks)
            cr()
            html += "</div>\n"
            return
        }
        var attributes = div.attributes
        attributes.classes = ["callout", "callout-\(callout.kind.rawValue)"]
            + attributes.classes.filter { $0 != "callout-\(callout.kind.rawValue)" }
        if !callout.showsIcon { attributes.classes.append("no-icon") }
        attributes.keyValues.removeAll { ["title", "collapse", "icon", "appearance"].contains($0.key) }
        let element = callout.collapse == nil ? "div" : "details"
        let open = callout.collapse == false ? " open" : ""
        html += "<\(element)\(self.attributes(attributes))\(open)>\n"
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
        var attributes = div.attributes
        attributes.keyValues.removeAll { $0.key == "layout-ncol" }
        html += "<figure\(self.attributes(attributes))>\n"
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

    /// ` id="…" class="…" data-key="…"`: keys that are not HTML attributes get pandoc's `data-` prefix;
    /// a size joins the author's `style`, and a safe report keeps no `style` of the author's (it
    /// could cover the page).
    func attributes(_ attributes: Attributes) -> String {
        var result = ""
        if let id = attributes.id { result += " id=\"\(HTMLEscaping.escape(id))\"" }
        if !attributes.classes.isEmpty { result += " class=\"\(HTMLEscaping.escape(attributes.classes.joined(separator: " ")))\"" }
        // As pandoc writes a div's size: `width="50%"` is `style="width:50%;"` — a plain length only.
        let isSize = { (pair: Attributes.KeyValue) in (pair.key == "width" || pair.key == "height") && CSSLength.isValid(pair.value) }
        let isStyle = { (pair: Attributes.KeyValue) in pair.key == "style" && !options.safe }
        let style = attributes.keyValues.filter(isSize).map { "\($0.key):\($0.value);" }.joined()
            + attributes.keyValues.filter(isStyle).map(\.value).joined(separator: ";")
        if !style.isEmpty { result += " style=\"\(HTMLEscaping.escape(style))\"" }
        for pair in attributes.keyValues where Self.isAttributeName(pair.key) && !isSize(pair) && !isStyle(pair) {
            let name = Self.htmlAttributes.contains(pair.key) || pair.key.hasPrefix("data-") || pair.key.hasPrefix("aria-")
                ? pair.key : "data-" + pair.key
            result += " \(name)=\"\(HTMLEscaping.escape(pair.value))\""
        }
        return result
    }

    private static let htmlAttributes: Set<String> = ["lang", "dir", "title", "role"]

    private static func isAttributeName(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_") }
    }
}
