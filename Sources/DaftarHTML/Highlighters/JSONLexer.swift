/// JSON: object keys as attributes, other strings as strings (escapes marked), numbers, and
/// `true`, `false`, `null` as keywords; `//` and `/* */` comments (JSONC) as comments.
enum JSONLexer {
    static func run(_ s: inout HighlightScanner) {
        while !s.isAtEnd {
            let head = s.current
            switch head {
            case UInt8(ascii: "\""):
                let close = stringEnd(s)
                var after = s.end(from: close) { HighlightScanner.isSpace($0) || SwiftHighlighter.SourceByte.isNewline($0) }
                if after > s.source.count { after = s.source.count }
                lexString(&s, end: close, as: s.byte(at: after) == UInt8(ascii: ":") ? .attribute : .string)
            case UInt8(ascii: "-") where HighlightScanner.isDigit(s.byte(at: s.position + 1)):
                s.emit(upTo: numberEnd(s, from: s.position + 1), as: .number)
            case _ where HighlightScanner.isDigit(head):
                s.emit(upTo: numberEnd(s, from: s.position), as: .number)
            case UInt8(ascii: "/") where s.byte(at: s.position + 1) == UInt8(ascii: "/"):
                s.emit(upTo: s.lineEnd(from: s.position), as: .comment)
            case UInt8(ascii: "/") where s.byte(at: s.position + 1) == UInt8(ascii: "*"):
                var end = s.position + 2
                while end < s.source.count, !(s.source[end] == UInt8(ascii: "*") && s.byte(at: end + 1) == UInt8(ascii: "/")) { end += 1 }
                s.emit(upTo: end + 2, as: .comment)
            case _ where HighlightScanner.isWordByte(head):
                let wordEnd = s.end(from: s.position, while: HighlightScanner.isWordByte)
                let word = s.text(s.position, wordEnd)
                s.emit(upTo: wordEnd, as: word == "true" || word == "false" || word == "null" ? .keyword : nil)
            default:
                s.emit(upTo: s.position + 1, as: nil)
            }
        }
    }

    /// Where the string at the scanner's position ends: after its closing quote, or at the end of its line.
    private static func stringEnd(_ s: HighlightScanner) -> Int {
        var index = s.position + 1
        while index < s.source.count {
            switch s.source[index] {
            case UInt8(ascii: "\""): return index + 1
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return index
            default: index += 1
            }
        }
        return s.source.count
    }

    /// The string up to `end` in `tokenClass`, its escapes (`\n`, `\u00e9`) as escapes.
    private static func lexString(_ s: inout HighlightScanner, end: Int, as tokenClass: HighlightScanner.TokenClass) {
        var index = s.position + 1
        while index < end {
            if s.source[index] == UInt8(ascii: "\\") {
                s.emit(upTo: index, as: tokenClass)
                let escapeEnd = s.byte(at: index + 1) == UInt8(ascii: "u")
                    ? s.end(from: index + 2, limit: index + 6, while: SwiftHighlighter.SourceByte.isHexDigit) : s.scalarEnd(at: index + 1)
                s.emit(upTo: min(escapeEnd, end), as: .escape)
                index = s.position
            } else {
                index += 1
            }
        }
        s.emit(upTo: end, as: tokenClass)
    }

    /// The end of a number's digits, fraction and exponent from `start`.
    static func numberEnd(_ s: HighlightScanner, from start: Int) -> Int {
        var index = s.end(from: start, while: HighlightScanner.isDigit)
        if s.byte(at: index) == UInt8(ascii: "."), HighlightScanner.isDigit(s.byte(at: index + 1)) {
            index = s.end(from: index + 1, while: HighlightScanner.isDigit)
        }
        if s.byte(at: index) | 0x20 == UInt8(ascii: "e") {
            let sign = s.byte(at: index + 1)
            let digits = sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") ? index + 2 : index + 1
            if HighlightScanner.isDigit(s.byte(at: digits)) { index = s.end(from: digits, while: HighlightScanner.isDigit) }
        }
        return index
    }
}
