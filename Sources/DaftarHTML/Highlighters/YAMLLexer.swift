/// YAML, line by line: mapping keys as attributes, quoted strings as strings (escapes marked in
/// double quotes), numbers, `true`/`false`/`null`/`~` as keywords, comments, document markers,
/// anchors, aliases and tags as directives, `-` list markers and block scalar indicators as
/// operators, and a block scalar's lines (`|`, `>`) as a string. Plain values stay plain.
enum YAMLLexer {
    static func run(_ s: inout HighlightScanner) {
        /// The indentation of the key whose block scalar is being read, while one is.
        var blockScalarParent: Int?
        while !s.isAtEnd {
            let lineStart = s.position
            let lineEnd = s.lineEnd(from: lineStart)
            let indentEnd = s.end(from: lineStart, limit: lineEnd) { $0 == UInt8(ascii: " ") }
            let indentation = indentEnd - lineStart
            if let parent = blockScalarParent {
                if indentEnd == lineEnd || indentation > parent {
                    s.emit(upTo: indentEnd, as: nil)
                    s.emit(upTo: lineEnd, as: .string)
                    s.emit(upTo: lineEnd + 1, as: nil)
                    continue
                }
                blockScalarParent = nil
            }
            let lineText = s.text(indentEnd, lineEnd)
            if indentation == 0, ["---", "..."].contains(where: { lineText == $0 || lineText.hasPrefix($0 + " ") }) {
                s.emit(upTo: lineStart + 3, as: .directive)
            }
            if lexLine(&s, end: lineEnd) { blockScalarParent = indentation }
            s.emit(upTo: lineEnd + 1, as: nil)
        }
    }

    /// Lexes one line's nodes; true when it opens a block scalar.
    private static func lexLine(_ s: inout HighlightScanner, end: Int) -> Bool {
        var nodeStart = true
        var flowDepth = 0
        var opensBlockScalar = false
        while s.position < end {
            let head = s.current
            let next = s.byte(at: s.position + 1)
            let followedByBlank = s.position + 1 >= end || HighlightScanner.isSpace(next)
            switch head {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                s.emit(upTo: s.end(from: s.position, limit: end, while: HighlightScanner.isSpace), as: nil)
                continue
            case UInt8(ascii: "#"):
                s.emit(upTo: end, as: .comment)
                continue
            case UInt8(ascii: "-") where nodeStart && followedByBlank, UInt8(ascii: "?") where nodeStart && followedByBlank:
                s.emit(upTo: s.position + 1, as: .operator)
                continue
            case UInt8(ascii: "[") , UInt8(ascii: "{"):
                flowDepth += 1
                s.emit(upTo: s.position + 1, as: nil)
                nodeStart = true
                continue
            case UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","):
                if head != UInt8(ascii: ",") { flowDepth = max(flowDepth - 1, 0) }
                s.emit(upTo: s.position + 1, as: nil)
                nodeStart = head == UInt8(ascii: ",")
                continue
            case UInt8(ascii: ":") where followedByBlank:
                s.emit(upTo: s.position + 1, as: nil)
                nodeStart = false
                continue
            case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
                s.emit(upTo: s.end(from: s.position + 1, limit: end) { !HighlightScanner.isSpace($0) && !isFlowIndicator($0) }, as: .directive)
                continue
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                let indicatorEnd = s.end(from: s.position + 1, limit: end) { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || HighlightScanner.isDigit($0) }
                s.emit(upTo: indicatorEnd, as: .operator)
                opensBlockScalar = true
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let close = quotedEnd(s, end: end)
                let isKey = nodeStart && s.byte(at: s.end(from: close, limit: end, while: HighlightScanner.isSpace)) == UInt8(ascii: ":")
                lexQuoted(&s, end: close, as: isKey ? .attribute : .string)
            default:
                let scalarEnd = plainScalarEnd(s, end: end, inFlow: flowDepth > 0)
                let isKey = nodeStart && s.byte(at: scalarEnd) == UInt8(ascii: ":")
                let text = s.text(s.position, scalarEnd)
                s.emit(upTo: scalarEnd, as: isKey ? .attribute : tokenClass(ofPlain: text))
            }
            nodeStart = false
        }
        return opensBlockScalar
    }

    /// The class of a plain scalar: YAML 1.2's core schema's booleans, nulls and numbers.
    private static func tokenClass(ofPlain text: String) -> HighlightScanner.TokenClass? {
        if ["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~"].contains(text) { return .keyword }
        if [".inf", "-.inf", "+.inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN"].contains(text) { return .number }
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.hasPrefix("0x") || body.hasPrefix("0o") { return body.count > 2 && body.dropFirst(2).allSatisfy(\.isHexDigit) ? .number : nil }
        var sawDigit = false, sawPoint = false, sawExponent = false
        var previous: Character = " "
        for character in body {
            if character.isASCII, character.isNumber { sawDigit = true }
            else if character == ".", !sawPoint, !sawExponent { sawPoint = true }
            else if character == "e" || character == "E", sawDigit, !sawExponent { sawExponent = true }
            else if (character == "+" || character == "-"), previous == "e" || previous == "E" {}
            else { return nil }
            previous = character
        }
        return sawDigit && previous != "e" && previous != "E" ? .number : nil
    }

    /// The end of a plain scalar: before `: `, ` #`, the line's end, or a flow indicator in flow.
    private static func plainScalarEnd(_ s: HighlightScanner, end: Int, inFlow: Bool) -> Int {
        var index = s.position + 1
        while index < end {
            let byte = s.source[index]
            if byte == UInt8(ascii: ":"), index + 1 >= end || HighlightScanner.isSpace(s.byte(at: index + 1)) || inFlow && isFlowIndicator(s.byte(at: index + 1)) { break }
            if byte == UInt8(ascii: "#"), HighlightScanner.isSpace(s.byte(at: index - 1)) { break }
            if inFlow, isFlowIndicator(byte) { break }
            index += 1
        }
        // Trailing blanks before a comment are not the scalar's.
        while index > s.position + 1, HighlightScanner.isSpace(s.byte(at: index - 1)) { index -= 1 }
        return index
    }

    /// After the closing quote of the quoted scalar at the scanner's position (`''` is a quote
    /// inside single quotes), or the line's end.
    private static func quotedEnd(_ s: HighlightScanner, end: Int) -> Int {
        let quote = s.current
        var index = s.position + 1
        while index < end {
            let byte = s.source[index]
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == quote {
                if quote == UInt8(ascii: "'"), s.byte(at: index + 1) == quote { index += 2; continue }
                return index + 1
            }
            index += 1
        }
        return end
    }

    private static func lexQuoted(_ s: inout HighlightScanner, end: Int, as tokenClass: HighlightScanner.TokenClass) {
        let double = s.current == UInt8(ascii: "\"")
        var index = s.position + 1
        while index < end {
            if double, s.source[index] == UInt8(ascii: "\\") {
                s.emit(upTo: index, as: tokenClass)
                s.emit(upTo: min(s.scalarEnd(at: index + 1), end), as: .escape)
                index = s.position
            } else {
                index += 1
            }
        }
        s.emit(upTo: end, as: tokenClass)
    }

    private static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }
}
