extension TeXParser {
    /// `\text{…}`: words as `<mtext>`, with math between `$…$` inside them converted as math.
    ///
    /// MathML trims the spaces at either end of a token element, so spaces at the ends of the
    /// text become `<mspace>` (as pandoc writes them).
    mutating func parseText(after command: TeXToken) -> MathNode {
        guard position < tokens.count, tokens[position].kind == .beginGroup else {
            // `\text x`: the argument is the next token alone.
            guard position < tokens.count, case .character(let character) = tokens[position].kind else {
                return error("missing argument after \\text", command)
            }
            position += 1
            return .text(String(character))
        }
        let open = tokens[position]
        position += 1
        var nodes: [MathNode] = []
        var words = ""
        var depth = 0
        func flushWords() {
            guard !words.isEmpty else { return }
            let trimmed = words.trimmingSpaces
            if words.first == " " { nodes.append(.space(em: 0.3333)) }
            if !trimmed.isEmpty { nodes.append(.text(trimmed)) }
            if words.last == " ", !trimmed.isEmpty { nodes.append(.space(em: 0.3333)) }
            words = ""
        }
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            switch token.kind {
            case .beginGroup:
                depth += 1
            case .endGroup where depth == 0:
                flushWords()
                return nodes.count == 1 ? nodes[0] : .row(nodes)
            case .endGroup:
                depth -= 1
            case .space:
                words += " "
            case .character("$"):
                flushWords()
                let saved = display
                display = false
                let (math, stop) = parseRow(until: [.dollar, .endGroup])
                display = saved
                nodes.append(.row(math))
                if stop == .endGroup { position -= 1 }
            case .character("~"):
                words += "\u{A0}"
            case .character(let character):
                words.unicodeScalars.append(character)
            case .command(let name) where Self.textEscapes.contains(name):
                words += name == " " || name == "," ? " " : name
            default:
                flushWords()
                nodes.append(error("\(String(decoding: source[token.range], as: UTF8.self)) cannot be used inside \\text", token))
            }
        }
        return error("unbalanced brace: this { is never closed", from: open.range.lowerBound, to: source.count)
    }

    /// Commands that stand for a character in text: `\$`, `\%`, `\{`… and `\ `, `\,` for a space.
    private static let textEscapes: Set<String> = ["$", "%", "&", "#", "_", "{", "}", " ", ","]
}

private extension String {
    /// The text without spaces at either end.
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
