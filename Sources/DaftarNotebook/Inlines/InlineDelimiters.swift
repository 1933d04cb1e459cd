/// Pandoc's `~~strikeout~~`, `H~2~O` subscript and `x^2^` superscript, found in cmark's inlines
/// (whose text keeps every `~` and `^` CommonMark gives no meaning): delimiters pair within one
/// run of siblings; sub- and superscripts hold no spaces, and a space just inside `~~` does not open or close.
enum InlineDelimiters {
    /// `gfm`: GitHub's strikethrough instead (`~a~` or `~~a~~`, spaces allowed inside; no scripts),
    /// as under `from: gfm`.
    static func applying(to blocks: [MarkdownBlock], gfm: Bool = false) -> [MarkdownBlock] {
        var pass = Pass(gfm: gfm)
        return pass.rewrite(blocks: blocks)
    }

    private struct Pass: NotebookRewriter {
        let gfm: Bool

        mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
            switch block {
            case .paragraph(let content): [.paragraph(InlineDelimiters.apply(content, gfm: gfm))]
            case .heading(let heading):
                [.heading(with(heading) { $0.content = InlineDelimiters.apply($0.content, gfm: gfm) })]
            default: [rewritingChildren(of: block)]
            }
        }
    }

    /// A Unicode scalar of text (as pandoc reads characters; no grapheme breaking on long texts) or another inline.
    private enum Unit { case character(Unicode.Scalar), node(MarkdownInline) }

    static func apply(_ inlines: [MarkdownInline], gfm: Bool = false) -> [MarkdownInline] {
        let nested = inlines.map { inline -> MarkdownInline in
            switch inline {
            case .emphasis(let content): .emphasis(apply(content, gfm: gfm))
            case .strong(let content): .strong(apply(content, gfm: gfm))
            case .link(let destination, let title, let content): .link(destination: destination, title: title, content: apply(content, gfm: gfm))
            case .span(let attributes, let content) where !attributes.isEmpty: .span(attributes, apply(content, gfm: gfm))
            case .attributed(.link(let destination, let title, let content), let attributes):
                .attributed(.link(destination: destination, title: title, content: apply(content, gfm: gfm)), attributes)
            case .attributedImage(let image):
                .attributedImage(MarkdownImage(source: image.source, title: image.title, description: apply(image.description, gfm: gfm),
                                               attributes: image.attributes, location: image.location))
            default: inline
            }
        }
        guard nested.contains(where: { if case .text(let text) = $0 { text.utf8.contains { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "^") } } else { false } }) else {
            return unwrappingEscapes(nested)
        }
        var units: [Unit] = []
        for inline in nested {
            if case .text(let text) = inline { units += text.unicodeScalars.map(Unit.character) } else { units.append(.node(inline)) }
        }
        return unwrappingEscapes(gfm ? parseGFM(units[...]) : parse(units[...]))
    }

    /// An escaped `~` or `^` (a span without attributes holding it, as the reader leaves it) back
    /// to text, joined with the text around it.
    private static func unwrappingEscapes(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var output: [MarkdownInline] = []
        for inline in inlines {
            var current = inline
            switch inline {
            case .span(let attributes, let content) where attributes.isEmpty: current = content.count == 1 ? content[0] : inline
            case .strikethrough(let content): current = .strikethrough(unwrappingEscapes(content))
            case .subscripted(let content): current = .subscripted(unwrappingEscapes(content))
            case .superscripted(let content): current = .superscripted(unwrappingEscapes(content))
            default: break
            }
            if case .text(let text) = current, case .text(let before) = output.last {
                output[output.count - 1] = .text(before + text)
            } else {
                output.append(current)
            }
        }
        return output
    }

    private static func parse(_ units: ArraySlice<Unit>) -> [MarkdownInline] {
        // Where a `~~` may close, found once: a run of openers with no closer stays linear.
        let closers = units.indices.filter { has("~", at: $0, in: units) && has("~", at: $0 + 1, in: units) && !isSpace(at: $0 - 1, in: units) }
        var output: [MarkdownInline] = []
        var text = ""
        func flush() { if !text.isEmpty { output.append(.text(text)); text = "" } }
        var index = units.startIndex
        while index < units.endIndex {
            guard case .character(let character) = units[index] else {
                flush()
                if case .node(let node) = units[index] { output.append(node) }
                index += 1
                continue
            }
            if character == "~", has("~", at: index + 1, in: units), !has("~", at: index + 2, in: units),
               let close = strikeoutClose(after: index + 2, in: units, closers: closers) {
                flush()
                output.append(.strikethrough(parse(units[(index + 2)..<close])))
                index = close + 2
                continue
            }
            if character == "~" || character == "^", let close = scriptClose(character, after: index + 1, in: units) {
                flush()
                let content = parse(units[(index + 1)..<close]).map(escapedSpacesAsNonBreaking)
                output.append(character == "~" ? .subscripted(content) : .superscripted(content))
                index = close + 1
                continue
            }
            text.unicodeScalars.append(character)
            index += 1
        }
        flush()
        return output
    }

    /// GitHub's strikethrough: a run of one or two tildes not followed by a space, closed by a run
    /// of the same length not preceded by one.
    private static func parseGFM(_ units: ArraySlice<Unit>) -> [MarkdownInline] {
        // The runs of one and two tildes that may close (not after a space), found once: a line of
        // unclosed openers is not searched to its end once per opener.
        var closers: [[Int]] = [[], [], []]
        var start = units.startIndex
        while start < units.endIndex {
            guard has("~", at: start, in: units) else { start += 1; continue }
            var run = 1
            while has("~", at: start + run, in: units) { run += 1 }
            if run <= 2, !isSpace(at: start - 1, in: units) { closers[run].append(start) }
            start += run
        }
        var output: [MarkdownInline] = []
        var text = ""
        func flush() { if !text.isEmpty { output.append(.text(text)); text = "" } }
        var index = units.startIndex
        while index < units.endIndex {
            guard case .character(let character) = units[index] else {
                flush()
                if case .node(let node) = units[index] { output.append(node) }
                index += 1
                continue
            }
            guard character == "~" else { text.unicodeScalars.append(character); index += 1; continue }
            var run = 1
            while has("~", at: index + run, in: units) { run += 1 }
            if run <= 2, !isSpace(at: index + run, in: units) {
                // The first run of the same length after at least one unit of content.
                if let found = first(in: closers[run], atOrAfter: index + run + 1) {
                    flush()
                    output.append(.strikethrough(parseGFM(units[(index + run)..<found])))
                    index = found + run
                    continue
                }
            }
            text += String(repeating: "~", count: run)
            index += run
        }
        flush()
        return output
    }

    private static func has(_ character: Unicode.Scalar, at index: Int, in units: ArraySlice<Unit>) -> Bool {
        guard units.indices.contains(index), case .character(let found) = units[index] else { return false }
        return found == character
    }

    private static func isSpace(at index: Int, in units: ArraySlice<Unit>) -> Bool {
        guard units.indices.contains(index) else { return true }
        switch units[index] {
        // ASCII without the property tables, which were most of the time on long lines of `~~`.
        case .character(let character) where character.isASCII: return character == " " || (0x09...0x0D).contains(character.value)
        case .character(let character): return character.properties.isWhitespace
        case .node(let node): return node == .softBreak || node == .lineBreak
        }
    }

    /// The `~~` that closes a strikeout opened before `start`: not after a space (`closers` are
    /// the slice's `~~` not after a space, in order).
    private static func strikeoutClose(after start: Int, in units: ArraySlice<Unit>, closers: [Int]) -> Int? {
        guard !isSpace(at: start, in: units) else { return nil }
        return first(in: closers, atOrAfter: start + 1)
    }

    /// The first of the ascending `positions` at or after `position`, found by bisection.
    private static func first(in positions: [Int], atOrAfter position: Int) -> Int? {
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < positions.count ? positions[low] : nil
    }

    /// The `~` or `^` that closes a sub- or superscript: no unescaped space before it, something inside.
    private static func scriptClose(_ delimiter: Unicode.Scalar, after start: Int, in units: ArraySlice<Unit>) -> Int? {
        var index = start
        while index < units.endIndex {
            if has(delimiter, at: index, in: units) { return index > start ? index : nil }
            if isSpace(at: index, in: units), !(index > start && has("\\", at: index - 1, in: units)) { return nil }
            index += 1
        }
        return nil
    }

    /// `\ ` inside a sub- or superscript is a non-breaking space, as pandoc reads it.
    private static func escapedSpacesAsNonBreaking(_ inline: MarkdownInline) -> MarkdownInline {
        guard case .text(let text) = inline, text.contains("\\ ") else { return inline }
        return .text(text.replacingOccurrences(of: "\\ ", with: "\u{A0}"))
    }
}

private func with<Value>(_ value: Value, _ change: (inout Value) -> Void) -> Value {
    var copy = value
    change(&copy)
    return copy
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
