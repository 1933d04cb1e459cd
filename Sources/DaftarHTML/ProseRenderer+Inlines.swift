import DaftarNotebook

/// Pandoc's inlines beyond CommonMark as pandoc writes them: `<del>`, `<sub>`, `<sup>`, spans,
/// attributes on links and code, images with their size and embedded data, note references.
extension ProseRenderer {
    mutating func renderExtendedInline(_ inline: MarkdownInline) {
        switch inline {
        case .strikethrough(let content): wrap("del", content)
        case .subscripted(let content): wrap("sub", content)
        case .superscripted(let content): wrap("sup", content)
        case .span(let attributes, let content):
            html += "<span\(attributes.html)>"
            renderInlines(content)
            html += "</span>"
        case .attributed(.link(let destination, let title, let content), let attributes):
            html += "<a href=\"\(url(destination))\""
            if !title.isEmpty { html += " title=\"\(HTMLEscaping.escape(title))\"" }
            html += "\(attributes.html)>"
            renderInlines(content)
            html += "</a>"
        case .attributed(.code(let code), let attributes):
            html += "<code\(attributes.html)>\(HTMLEscaping.escape(code))</code>"
        case .attributed(let inner, _):
            renderInlines([inner])
        case .attributedImage(let image):
            html += imageTag(image)
        case .footnoteReference(let reference):
            guard let number = reference.number else {
                html += HTMLEscaping.escape(reference.label.map { "[^\($0)]" } ?? "")
                return
            }
            let id = reference.isFirst ? " id=\"fnref\(number)\"" : ""
            html += "<a href=\"#fn\(number)\" class=\"footnote-ref\"\(id) role=\"doc-noteref\"><sup>\(number)</sup></a>"
        default:
            break
        }
    }

    private mutating func wrap(_ element: String, _ content: [MarkdownInline]) {
        html += "<\(element)>"
        renderInlines(content)
        html += "</\(element)>"
    }

    /// `<img>` as cmark writes it (`src`, `alt`, `title`), then the attributes as `AttributeMeanings`
    /// resolved them (a size in pixels as `width="300"`, in other units in `style`).
    func imageTag(_ image: MarkdownImage, withID: Bool = true) -> String {
        let source = image.embedded.map { HTMLEscaping.escapeURL($0) } ?? imageURL(image.source)
        var tag = "<img src=\"\(source)\" alt=\"\(HTMLEscaping.escape(image.altText ?? image.description.imageAltText))\""
        if !image.title.isEmpty { tag += " title=\"\(HTMLEscaping.escape(image.title))\"" }
        var attributes = image.attributes
        if !withID { attributes.id = nil }
        return tag + attributes.html + " />"
    }

    /// An image alone in its paragraph: `<figure>` with its caption, numbered when labelled.
    mutating func renderFigure(_ figure: MarkdownFigure) {
        cr()
        let id = figure.image.attributes.id.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        html += "<figure\(id)>\n" + imageTag(figure.image, withID: false) + "\n<figcaption>"
        if let number = figure.number {
            html += "\(HTMLEscaping.escape(options.figureWord)) \(number): "
        } else if let letter = figure.subfigureLetter {
            html += "(\(letter)) "
        }
        renderInlines(figure.caption)
        html += "</figcaption>\n</figure>\n"
    }

    /// The notes at the end, as pandoc writes them, each ending with a link back to its first reference.
    mutating func renderFootnotes(_ notes: [Footnote]) {
        cr()
        html += "<section id=\"footnotes\" class=\"footnotes footnotes-end-of-document\" role=\"doc-endnotes\""
            + " aria-label=\"\(HTMLEscaping.escape(options.footnotesLabel))\">\n<hr />\n<ol>\n"
        for note in notes {
            html += "<li id=\"fn\(note.number)\" role=\"doc-endnote\">"
            let before = html.utf8.count
            render(note.blocks)
            // `<li><p>`, as pandoc writes a note, not cmark's newline before a block.
            let start = html.utf8.index(html.utf8.startIndex, offsetBy: before)
            if start < html.endIndex, html[start] == "\n" { html.remove(at: start) }
            let arrow = options.isolateSignedNumbers ? "↪︎" : "↩︎"
            let back = "<a href=\"#fnref\(note.number)\" class=\"footnote-back\" role=\"doc-backlink\""
                + " aria-label=\"\(HTMLEscaping.escape(options.backToText))\">\(arrow)</a>"
            if html.hasSuffix("</p>\n"), html.utf8.count > before {
                html.removeLast("</p>\n".count)
                html += back + "</p>"
            } else {
                html += back
            }
            html += "</li>\n"
        }
        html += "</ol>\n</section>\n"
    }
}

extension Array where Element == MarkdownInline {
    /// An image description as cmark writes it into `alt`: text only.
    var imageAltText: String {
        map { inline in
            switch inline {
            case .html(let raw): raw
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content),
                 .strikethrough(let content), .subscripted(let content), .superscripted(let content), .span(_, let content):
                content.imageAltText
            case .attributedImage(let image): image.description.imageAltText
            case .attributed(let inner, _): [inner].imageAltText
            default: [inline].plainText
            }
        }.joined()
    }
}
