/// Pandoc's inline syntax around brackets and braces: `[^label]` footnote references, `^[…]`
/// inline notes, `[…]{…}` spans and `{#id .class key=value}` after a link, an image or a code span.
extension DaftarInlineScanner {
    func bracketSyntax(at start: Int, in range: Range<Int>) -> Found? {
        let end = range.upperBound
        switch bytes[start] {
        case .leftBracket:
            if start + 1 < end, bytes[start + 1] == UInt8(ascii: "^") { return footnoteReference(at: start, before: end) }
            // `![…]` is an image and `[a][b]` a reference link, not spans.
            if start > range.lowerBound, bytes[start - 1] == .exclamation || bytes[start - 1] == .rightBracket { return nil }
            guard let close = matchingBracket(from: start, before: end), close + 1 < end, bytes[close + 1] == UInt8(ascii: "{"),
                  let (attributes, braceEnd) = attributes(at: close + 1, before: end) else { return nil }
            return Found(range: start..<braceEnd, kind: .span(attributes, content: (start + 1)..<close))
        case UInt8(ascii: "^"):
            guard start + 1 < end, bytes[start + 1] == .leftBracket, let close = matchingBracket(from: start + 1, before: end) else { return nil }
            return Found(range: start..<(close + 1), kind: .inlineNote(content: (start + 2)..<close))
        default:  // `{`
            guard start > range.lowerBound, [UInt8.rightParenthesis, .backtick, .rightBracket].contains(bytes[start - 1]),
                  let (attributes, braceEnd) = attributes(at: start, before: end) else { return nil }
            return Found(range: start..<braceEnd, kind: .attributes(attributes))
        }
    }

    /// `[^label]`: a label of anything but spaces and brackets, not followed by `:` (a definition).
    private func footnoteReference(at start: Int, before end: Int) -> Found? {
        var index = start + 2
        while index < end, !bytes[index].isWhitespace, bytes[index] != .leftBracket, bytes[index] != .rightBracket { index += 1 }
        guard index < end, bytes[index] == .rightBracket, index > start + 2 else { return nil }
        let label = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
        return Found(range: start..<(index + 1), kind: .footnoteReference(label: label))
    }

    /// The `]` that closes the `[` at `open`: brackets nest, backslash escapes and code spans hide
    /// them. The pairs up to `end` are found in one pass the first time, so that a line of a
    /// thousand `[` is not scanned a thousand times.
    func matchingBracket(from open: Int, before end: Int) -> Int? {
        if bracketPairs.end != end || open < bracketPairs.start {
            bracketPairs.pairs = pairs(from: open, before: end)
            bracketPairs.start = open
            bracketPairs.end = end
        }
        return bracketPairs.pairs[open]
    }

    private func pairs(from start: Int, before end: Int) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var stack: [Int] = []
        var index = start
        while index < end {
            switch bytes[index] {
            case .backslash:
                index += 2
                continue
            case .backtick:
                var run = 0
                while index + run < end, bytes[index + run] == .backtick { run += 1 }
                var probe = index + run
                var closed: Int?
                while probe < end {
                    guard bytes[probe] == .backtick else { probe += 1; continue }
                    var other = 0
                    while probe + other < end, bytes[probe + other] == .backtick { other += 1 }
                    if other == run { closed = probe + other; break }
                    probe += other
                }
                index = closed ?? index + run
                continue
            case .leftBracket:
                stack.append(index)
            case .rightBracket:
                if let open = stack.popLast() { pairs[open] = index }
            default:
                break
            }
            index += 1
        }
        return pairs
    }

    /// The attributes in the braces opening at `open`, and the offset after the closing brace.
    private func attributes(at open: Int, before end: Int) -> (Attributes, Int)? {
        var index = open + 1
        var quote: UInt8?
        while index < end {
            let byte = bytes[index]
            if let open = quote {
                if byte == .backslash { index += 2; continue }
                if byte == open { quote = nil }
            } else if byte == .quote {
                quote = byte
            } else if byte == UInt8(ascii: "}") {
                break
            } else if byte == UInt8(ascii: "{") || byte == .newline && index + 1 < end && bytes[index + 1] == .newline {
                return nil
            }
            index += 1
        }
        guard index < end, index > open + 1 else { return nil }
        let inside = Substring(String(decoding: bytes[(open + 1)..<index], as: UTF8.self))
        guard let attributes = Attributes.parse(inside: inside), !attributes.isEmpty else { return nil }
        return (attributes, index + 1)
    }
}

/// The bracket pairs of the text a scanner reads, found once (a class, so that a scan can fill it).
final class BracketPairs {
    var pairs: [Int: Int] = [:]
    var start = Int.max
    var end = -1
}
