import DaftarMath
import DaftarNotebook

/// Renders CommonMark blocks to HTML byte for byte as cmark's own renderer does, and Daftar's
/// inlines as elements of their own: math as MathML, expressions as their values, cross-references
/// as links. It only writes: values, numbers and ids come resolved in the document.
///
/// cmark's rules are followed to the newline: `cr()` before each block, tight lists without `<p>`,
/// its escaping of text and URLs. The CommonMark conformance test holds this file to them.
struct ProseRenderer {
    struct Options {
        /// Drop dangerous URLs, as cmark does without `--unsafe` (its raw HTML is already omitted from
        /// the document, `RawHTMLOmission`).
        var safe = false
        /// Keep signed numbers (`-6`, `+0.5`) left to right inside right-to-left text.
        var isolateSignedNumbers = false
        /// The word before a figure's number ("Figure", "الشكل").
        var figureWord = "Figure"
        /// The word before a table's number ("Table", "الجدول").
        var tableWord = "Table"
        /// Callout titles when the author gave none, by kind ("Note", "ملاحظة").
        var calloutTitles: [Callout.Kind: String] = [:]
        /// Write tables and task lists exactly as cmark-gfm does (`align="…"`), for `--fragment`;
        /// otherwise as pandoc does (`style="text-align: …"`), which HTML5 allows.
        var gfmTables = false
        /// What a dangerous image URL that `safe` drops becomes: `data:,`, an empty resource that
        /// fetches and runs nothing, in reports (HTML requires a non-empty `src`); `--fragment`
        /// keeps cmark's `src=""`.
        var droppedImageSource = "data:,"
        /// The footnotes section's name for screen readers ("Footnotes", "الحواشي").
        var footnotesLabel = "Footnotes"
        /// A note's back-link's name for screen readers.
        var backToText = "Back to text"
        /// The words before cross-reference numbers ("Figure", "Figures", "المعادلة").
        var crossReferenceWords = CrossReferenceWords(languageTag: nil)
    }

    let options: Options
    var html = ""
    /// The headings with ids rendered so far, for the table of contents.
    var headings: [TableOfContents.Entry] = []
    /// Warnings about TeX that could not be converted, at their place in the notebook.
    var diagnostics: [Diagnostic] = []

    init(options: Options) {
        self.options = options
    }

    /// Appends blocks.
    mutating func render(_ blocks: [MarkdownBlock]) {
        for block in blocks { render(block, tight: false) }
    }

    /// Appends HTML made elsewhere (a code cell) as a block of its own.
    mutating func appendBlock(_ blockHTML: String) {
        cr()
        html += blockHTML
        cr()
    }

    /// Shown code, in a `<figure>` under its caption when it is a listing ("Listing 1: …", Quarto's
    /// `lst-cap`), the number when it has one.
    mutating func appendListing(_ block: MarkdownCodeBlock, codeHTML: String) {
        guard let caption = block.caption else { return appendBlock(codeHTML) }
        let number = block.number.map { "\(options.crossReferenceWords.singular[.listing] ?? "") \($0): " } ?? ""
        appendBlock("<figure class=\"listing\">\n<figcaption>\(HTMLEscaping.escape(number + caption))</figcaption>\n\(codeHTML)</figure>\n")
    }

    /// A newline unless the output is empty or already ends a line, as cmark's `cr()`.
    mutating func cr() {
        if let last = html.utf8.last, last != UInt8(ascii: "\n") { html += "\n" }
    }

    mutating func render(_ block: MarkdownBlock, tight: Bool) {
        switch block {
        case .paragraph(let content):
            if tight {
                renderInlines(content)
            } else if case .math(let math) = content.onlyElementIgnoringBreaks, math.isDisplay {
                // Display math alone in a paragraph is a block of its own, as in TeX.
                cr()
                html += displayMath(math, block: true) + "\n"
            } else {
                cr()
                html += "<p>"
                renderInlines(content)
                html += "</p>\n"
            }
        case .heading(let heading):
            cr()
            html += "<h\(heading.level)"
            if let id = heading.id {
                html += " id=\"\(HTMLEscaping.escape(id))\""
                if heading.isListed {
                    headings.append(.init(level: heading.level, id: id, text: (heading.number.map { $0 + " " } ?? "") + heading.content.plainText))
                }
            }
            html += Attributes(classes: heading.attributes.classes, keyValues: heading.attributes.keyValues).html
            html += ">" + sectionNumberHTML(heading)
            renderInlines(heading.content)
            html += "</h\(heading.level)>\n"
        case .blockQuote(let blocks):
            cr()
            html += "<blockquote>\n"
            render(blocks)
            cr()
            html += "</blockquote>\n"
        case .list(let list):
            cr()
            // In a report a task list is pandoc's `class="task-list"`; a fragment keeps cmark-gfm's bare tag.
            let taskClass = list.tasks.isEmpty || options.gfmTables ? "" : " class=\"task-list\""
            html += !list.isOrdered ? "<ul\(taskClass)>\n" : Self.orderedListTag(list, taskClass: taskClass)
            for (number, item) in list.items.enumerated() {
                cr()
                html += "<li>"
                let task = number < list.tasks.count ? list.tasks[number] : nil
                for (position, block) in item.enumerated() {
                    if position == 0, let checked = task {
                        renderTask(block, checked: checked, tight: list.isTight)
                    } else {
                        render(block, tight: list.isTight)
                    }
                }
                html += "</li>\n"
            }
            html += list.isOrdered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let code):
            appendListing(code, codeHTML: CodeBlockHTML.html(for: code))
        case .htmlBlock(let raw):
            cr()
            html += raw
            cr()
        case .thematicBreak:
            cr()
            html += "<hr />\n"
        case .table(let table):
            renderTable(table)
        case .div(let div):
            renderDiv(div)
        case .definitionList(let list):
            renderDefinitionList(list)
        case .rawBlock(let format, let text):
            guard format == "html" else { return }
            cr()
            html += text
            cr()
        case .footnoteDefinition:
            break  // shown in the footnotes section (`FootnoteNumbering`)
        case .figure(let figure):
            renderFigure(figure)
        case .footnotes(let notes):
            renderFootnotes(notes)
        case .references(let list):
            renderReferences(list)
        }
    }

    mutating func renderInlines(_ inlines: [MarkdownInline]) {
        var index = inlines.startIndex
        while index < inlines.endIndex {
            // A formula is one box to the line breaker, which would otherwise put the full stop or
            // comma after it at the start of the next line; the two are kept together.
            if case .math(let math) = inlines[index], index + 1 < inlines.endIndex, case .text(let text) = inlines[index + 1] {
                let clinging = text.prefix { $0.isPunctuation && $0 != "@" && $0.unicodeScalars.first!.properties.generalCategory != .openPunctuation }
                if !clinging.isEmpty {
                    html += "<span class=\"nobreak\">" + displayMath(math, block: false) + HTMLEscaping.escape(clinging) + "</span>"
                    let rest = text.dropFirst(clinging.count)
                    if !rest.isEmpty { render(.text(String(rest))) }
                    index += 2
                    continue
                }
            }
            render(inlines[index])
            index += 1
        }
    }

    private mutating func render(_ inline: MarkdownInline) {
        switch inline {
        case .text(let text):
            html += options.isolateSignedNumbers ? SignedNumbers.isolated(in: text) : HTMLEscaping.escape(text)
        case .softBreak:
            html += "\n"
        case .lineBreak:
            html += "<br />\n"
        case .code(let code):
            html += "<code>\(HTMLEscaping.escape(code))</code>"
        case .html(let raw):
            html += raw
        case .emphasis(let content):
            html += "<em>"
            renderInlines(content)
            html += "</em>"
        case .strong(let content):
            html += "<strong>"
            renderInlines(content)
            html += "</strong>"
        case .link(let destination, let title, let content):
            html += "<a href=\"\(url(destination))\""
            if !title.isEmpty { html += " title=\"\(HTMLEscaping.escape(title))\"" }
            html += ">"
            renderInlines(content)
            html += "</a>"
        case .image(let source, let title, let description):
            html += "<img src=\"\(imageURL(source))\" alt=\"\(HTMLEscaping.escape(description.altText))\""
            if !title.isEmpty { html += " title=\"\(HTMLEscaping.escape(title))\"" }
            html += " />"
        case .math(let math):
            html += displayMath(math, block: false)
        case .expression(let expression):
            if let value = expression.value {
                // In right-to-left text a value keeps its own direction: one without letters (`9.1 × 10⁻¹³`, `0.98 ± 0.01`)
                // reads left to right instead of being reordered around its `×` or `±`; one with letters takes its first
                // letter's (`dir="auto"`), so an Arabic value stays right to left. (Chromium gives a `dir="auto"` element
                // without letters its parent's direction, so numbers need `ltr` said.)
                let direction = !options.isolateSignedNumbers ? ""
                    : value.unicodeScalars.contains(where: \.properties.isAlphabetic) ? " dir=\"auto\"" : " dir=\"ltr\""
                html += "<span class=\"swift-value\"\(direction)>\(HTMLEscaping.escape(value))</span>"
            } else {
                html += "<code class=\"swift-expression\">\(HTMLEscaping.escape(expression.code))</code>"
            }
        case .crossReference(let reference):
            renderCrossReference(reference)
        case .strikethrough, .subscripted, .superscripted, .span, .attributed, .attributedImage, .footnoteReference:
            renderExtendedInline(inline)
        case .citation(let citation):
            renderCitation(citation)
        }
    }

    /// `<ol>` as cmark writes it for `1.` lists, and as pandoc writes its fancy and example lists:
    /// `<ol start="4" type="i">`, `<ol class="example" type="1">`.
    static func orderedListTag(_ list: MarkdownList, taskClass: String) -> String {
        let start = list.start == 1 ? "" : " start=\"\(list.start)\""
        let type: String
        switch list.numberStyle {
        case .decimal: return "<ol\(taskClass)\(start)>\n"
        case .example: return "<ol\(start) class=\"example\" type=\"1\">\n"
        case .lowerAlpha: type = "a"
        case .upperAlpha: type = "A"
        case .lowerRoman: type = "i"
        case .upperRoman: type = "I"
        }
        return "<ol\(taskClass)\(start) type=\"\(type)\">\n"
    }

    /// The formula's `<math>` element; what could not be converted becomes a warning at its
    /// line and column in the notebook.
    private mutating func mathML(_ math: MathSpan) -> String {
        let conversion = MathML.convert(math.tex, display: math.isDisplay)
        diagnostics += conversion.warnings.map { warning in
            Diagnostic(.warning, warning.message, at: math.location(ofTeXByte: warning.offset))
        }
        return conversion.markup
    }

    /// Math, with its number beside it when it has one.
    private mutating func displayMath(_ math: MathSpan, block: Bool) -> String {
        guard let tag = math.tag else { return mathML(math) }
        return equationHTML(mathML(math), tag: tag, label: math.label, block: block)
    }

    func url(_ url: String) -> String {
        options.safe && HTMLEscaping.isDangerousURL(url) ? "" : HTMLEscaping.escapeURL(url)
    }

    /// An image's `src`: as `url(_:)`, but a dropped one is `options.droppedImageSource`.
    func imageURL(_ source: String) -> String {
        options.safe && HTMLEscaping.isDangerousURL(source) ? options.droppedImageSource : HTMLEscaping.escapeURL(source)
    }
}

private extension Array where Element == MarkdownInline {
    /// The single element, when the rest are only line breaks.
    var onlyElementIgnoringBreaks: MarkdownInline? {
        let meaningful = filter { $0 != .softBreak && $0 != .lineBreak }
        return meaningful.count == 1 ? meaningful[0] : nil
    }

    /// An image description as cmark writes it into `alt`: text only, breaks as spaces, raw HTML
    /// as text.
    var altText: String {
        map { inline in
            switch inline {
            case .html(let raw): raw
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                content.altText
            case .attributedImage, .attributed, .strikethrough, .subscripted, .superscripted, .span:
                [inline].imageAltText
            default: [inline].plainText
            }
        }.joined()
    }
}
