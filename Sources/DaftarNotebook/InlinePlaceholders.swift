/// Hides Daftar's inline syntax (math, expressions, cross-references) from CommonMark behind opaque tokens, then turns the tokens in
/// cmark's tree back into math and expression nodes.
///
/// A token is two private-use characters around a number: CommonMark gives such text no meaning,
/// so emphasis, escapes and entities never reach inside math, while everything around it parses
/// as it would have. A token that lands where no inline can be (a link's destination, raw HTML, a
/// code span the scanner did not foresee) gets its original source text back.
struct InlinePlaceholders {
    struct Item {
        var found: DaftarInlineScanner.Found
        var location: SourceLocation
        /// Where an expression's code starts.
        var codeLocation: SourceLocation? = nil
        /// The line the item starts on in the text being read (which `location` maps to the notebook).
        var textLine: Int
        /// A span's or an inline note's content, read by `BlockReader`.
        var content: [MarkdownInline] = []
    }

    let items: [Item]
    private let open: Unicode.Scalar
    private let close: Unicode.Scalar
    /// Each token's offset in the substituted text, and how much longer than the original the
    /// substituted text is before it: `originalOffset` searches them instead of walking every item.
    private let tokenStarts: [Int], shiftsBefore: [Int]

    /// Chooses token markers that do not occur in `text`.
    init(items: [Item], text: String) {
        self.items = items
        // Private-use characters start with byte 0xEE or 0xEF in UTF-8; most texts have neither.
        let mayHavePrivateUse = text.utf8.contains { $0 == 0xEE || $0 == 0xEF }
        let scalars = mayHavePrivateUse ? Set(text.unicodeScalars) : []
        let first = stride(from: 0xE000, to: 0xF8FE, by: 2).first { value in
            !scalars.contains(Unicode.Scalar(value)!) && !scalars.contains(Unicode.Scalar(value + 1)!)
        }!
        open = Unicode.Scalar(first)!
        close = Unicode.Scalar(first + 1)!
        var starts: [Int] = [], shifts: [Int] = []
        var shift = 0
        for (index, item) in items.enumerated() {
            starts.append(item.found.range.lowerBound + shift)
            shifts.append(shift)
            shift += UTF8.width(open) + UTF8.width(close) + String(index).utf8.count - item.found.range.count
        }
        tokenStarts = starts
        shiftsBefore = shifts
    }

    /// `bytes` with each item's range replaced by its token, and a map from the new text's lines
    /// back to the original's (an item spanning lines removes line breaks).
    func substitute(in bytes: [UInt8]) -> (text: String, originalLine: (Int) -> Int) {
        var output: [UInt8] = []
        var position = 0
        // (line in the new text after which lines shift, lines removed so far)
        var shifts: [(line: Int, removed: Int)] = []
        var removed = 0
        for (index, item) in items.enumerated() {
            output += bytes[position..<item.found.range.lowerBound]
            output += Array(token(index).utf8)
            let breaks = bytes[item.found.range].count { $0 == .newline }
            if breaks > 0 {
                removed += breaks
                shifts.append((item.textLine - (removed - breaks), removed))
            }
            position = item.found.range.upperBound
        }
        output += bytes[position...]
        let originalLine = { (line: Int) -> Int in
            line + (shifts.last { $0.line < line }?.removed ?? 0)
        }
        return (String(decoding: output, as: UTF8.self), originalLine)
    }

    /// The tree with tokens in text turned into nodes and tokens elsewhere restored.
    func resolve(_ blocks: [MarkdownBlock], original: [UInt8]) -> [MarkdownBlock] {
        blocks.map { resolve($0, original: original) }
    }

    private func resolve(_ block: MarkdownBlock, original: [UInt8]) -> MarkdownBlock {
        switch block {
        case .paragraph(let content):
            return .paragraph(resolve(content, original: original))
        case .heading(var heading):
            heading.content = resolve(heading.content, original: original)
            return .heading(heading)
        case .blockQuote(let blocks):
            return .blockQuote(resolve(blocks, original: original))
        case .list(var list):
            list.items = list.items.map { resolve($0, original: original) }
            return .list(list)
        case .codeBlock(var code):
            code.code = restore(code.code, original: original)
            // A fence whose info string had a code span (so was no fence) becomes one once the span
            // is a token: the token goes back to its text rather than into the page.
            code.info = restore(code.info, original: original)
            return .codeBlock(code)
        case .htmlBlock(let html):
            return .htmlBlock(restore(html, original: original))
        case .thematicBreak, .table, .div, .definitionList, .rawBlock:
            // Made after tokens are resolved (`BlockReader.fold`).
            return block
        case .footnoteDefinition, .figure, .footnotes, .references:
            return block
        }
    }

    private func resolve(_ inlines: [MarkdownInline], original: [UInt8]) -> [MarkdownInline] {
        var output: [MarkdownInline] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                for piece in split(text) {
                    switch piece {
                    case .text(let text):
                        if case .text(let before) = output.last { output[output.count - 1] = .text(before + text) } else { output.append(.text(text)) }
                    case .token(let index):
                        // `{…}` belongs to the link, image or code just before it; elsewhere it is text.
                        if case .attributes(let found) = items[index].found.kind {
                            let attributes = found.written(at: items[index].location)
                            if let last = output.last, let attached = Self.attaching(attributes, to: last) {
                                output[output.count - 1] = attached
                            } else if case .text(let before) = output.last {
                                // Text again, one node with the text before it.
                                output[output.count - 1] = .text(before + String(decoding: original[items[index].found.range], as: UTF8.self))
                            } else {
                                output.append(.text(String(decoding: original[items[index].found.range], as: UTF8.self)))
                            }
                        } else {
                            output.append(node(for: items[index]))
                        }
                    }
                }
            case .code(let code): output.append(.code(restore(code, original: original)))
            case .html(let html): output.append(.html(restore(html, original: original)))
            case .emphasis(let content): output.append(.emphasis(resolve(content, original: original)))
            case .strong(let content): output.append(.strong(resolve(content, original: original)))
            case .link(let destination, let title, let content):
                output.append(.link(destination: restore(destination, original: original), title: restore(title, original: original),
                                    content: resolve(content, original: original).map(Self.unlinkingAutolinks)))
            case .image(let imageSource, let title, let description):
                output.append(.image(source: restore(imageSource, original: original), title: restore(title, original: original),
                                     description: resolve(description, original: original).map(Self.unlinkingAutolinks)))
            case .attributedImage(var image):
                image.source = restore(image.source, original: original)
                image.title = restore(image.title, original: original)
                image.description = resolve(image.description, original: original).map(Self.unlinkingAutolinks)
                output.append(.attributedImage(image))
            case .softBreak, .lineBreak, .math, .expression, .crossReference, .strikethrough, .subscripted, .superscripted,
                 .span, .attributed, .footnoteReference, .citation:
                output.append(inline)
            }
        }
        return output
    }

    /// A link, image or code span carrying `attributes`; nil for any other inline.
    private static func attaching(_ attributes: Attributes, to inline: MarkdownInline) -> MarkdownInline? {
        switch inline {
        case .link, .code:
            return .attributed(inline, attributes)
        case .attributedImage(var image) where image.attributes.isEmpty:
            image.attributes = attributes
            return .attributedImage(image)
        default:
            return nil
        }
    }

    /// A link inside a link is not one: an extended autolink in link text stays text, as in cmark-gfm.
    private static func unlinkingAutolinks(_ inline: MarkdownInline) -> MarkdownInline {
        switch inline {
        case .link(_, let title, let content) where title.isEmpty && content.count == 1:
            if case .text = content[0] { return content[0] }
            return inline
        case .emphasis(let content): return .emphasis(content.map(unlinkingAutolinks))
        case .strong(let content): return .strong(content.map(unlinkingAutolinks))
        default: return inline
        }
    }

    private func node(for item: Item) -> MarkdownInline {
        switch item.found.kind {
        case .math(let delimiter, let tex):
            .math(MathSpan(tex: tex, delimiter: delimiter, location: item.location))
        case .expression(let code, _):
            // Named by `Identities` once the whole notebook is read.
            .expression(InlineExpression(id: "", code: code, location: item.codeLocation ?? item.location))
        case .crossReference(let label, let kind):
            .crossReference(CrossReference(label: label, kind: kind, location: item.location))
        case .autolink(let destination, let text):
            .link(destination: destination, title: "", content: [.text(text)])
        case .attributes:
            .text("")  // attached or restored by `resolve`
        case .span(let attributes, _):
            .span(attributes.written(at: item.location), item.content)
        case .footnoteReference(let label):
            .footnoteReference(FootnoteReference(label: label, location: item.location))
        case .inlineNote:
            .footnoteReference(FootnoteReference(label: nil, blocks: [.paragraph(item.content)], location: item.location))
        case .escapedDelimiter(let character):
            // Held apart from text until strikeout and scripts are found (`InlineDelimiters` unwraps it).
            .span(Attributes(), [.text(String(character))])
        case .citation(let syntax):
            syntax.node(at: item.location)
        }
    }

    private enum Piece { case text(String), token(Int) }

    /// Splits text at tokens, scanning Unicode scalars (not grapheme clusters) for speed.
    private func split(_ text: String) -> [Piece] {
        let scalars = text.unicodeScalars
        guard scalars.contains(open) else { return [.text(text)] }
        var pieces: [Piece] = []
        var rest = scalars[...]
        while let start = rest.firstIndex(of: open), let end = rest[start...].firstIndex(of: close),
              let index = Int(String(rest[scalars.index(after: start)..<end])), items.indices.contains(index) {
            if start > rest.startIndex { pieces.append(.text(String(rest[..<start]))) }
            pieces.append(.token(index))
            rest = rest[scalars.index(after: end)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    /// Text with every token replaced by the source it stood for.
    private func restore(_ text: String, original: [UInt8]) -> String {
        split(text).map { piece in
            switch piece {
            case .text(let text): text
            case .token(let index):
                // cmark unescapes `\~` wherever it lands (destinations, titles, info strings).
                if case .escapedDelimiter(let character) = items[index].found.kind { String(character) }
                else { String(decoding: original[items[index].found.range], as: UTF8.self) }
            }
        }.joined()
    }

    /// The offset in the text `substitute` was given of an offset in the text it returned (a token's
    /// bytes map to the start of what it stands for).
    func originalOffset(ofSubstituted offset: Int) -> Int {
        // The last token that starts at or before `offset`.
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if tokenStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return offset }
        let index = low - 1, range = items[index].found.range
        let tokenLength = token(index).utf8.count
        if offset < tokenStarts[index] + tokenLength { return range.lowerBound }
        return offset - (shiftsBefore[index] + tokenLength - range.count)
    }

    private func token(_ index: Int) -> String { "\(Character(open))\(index)\(Character(close))" }
}
