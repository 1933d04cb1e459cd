/// Attributes that follow what they label: `# Title {#sec-intro .unnumbered}` on a heading,
/// `$$…$$ {#eq-x}` on display math (pandoc's `header_attributes`, Quarto's equation labels).
extension BlockReader {
    /// The heading with a trailing `{…}` taken off its text into its attributes.
    static func takingAttributes(_ heading: MarkdownHeading) -> MarkdownHeading {
        var heading = heading
        while case .softBreak? = heading.content.last { heading.content.removeLast() }
        guard case .text(let text)? = heading.content.last else { return heading }
        let trimmed = Substring(text).dropLastWhitespace()
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{"), let attributes = Attributes.parse(braced: trimmed[open...]) else { return heading }
        heading.attributes = attributes
        let rest = String(trimmed[..<open].dropLastWhitespace())
        heading.content.removeLast()
        if !rest.isEmpty { heading.content.append(.text(rest)) }
        // `# Title *x* {#id}`: the space before the braces was in the text just removed.
        if case .text(let last)? = heading.content.last, last != String(Substring(last).dropLastWhitespace()) {
            heading.content[heading.content.count - 1] = .text(String(Substring(last).dropLastWhitespace()))
        }
        return heading
    }

    /// Display math followed on its line by `{#eq-x}` gets the label; the braces leave the text.
    static func labellingEquations(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var index = 0
        while index < inlines.count {
            if case .math(var math) = inlines[index], math.isDisplay, index + 1 < inlines.count, case .text(let text) = inlines[index + 1] {
                let afterSpaces = text.drop { $0 == " " || $0 == "\t" }
                if afterSpaces.hasPrefix("{"), let close = afterSpaces.firstIndex(of: "}"),
                   let attributes = Attributes.parse(braced: afterSpaces[...close]), let id = attributes.id, id.hasPrefix("eq-") {
                    math.label = id
                    result.append(.math(math))
                    let rest = String(afterSpaces[afterSpaces.index(after: close)...])
                    if !rest.isEmpty { result.append(.text(rest)) }
                    index += 2
                    continue
                }
            }
            result.append(inlines[index])
            index += 1
        }
        return result
    }
}

private extension Substring {
    func dropLastWhitespace() -> Substring {
        var text = self
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
