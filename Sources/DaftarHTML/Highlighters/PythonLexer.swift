/// Python: keywords, built-in types, strings (prefixes, triple quotes, escapes, f-string
/// replacement fields), numbers, comments, decorators and operators. Soft keywords (`match`,
/// `case`, `type`) stay plain: they are names as often as keywords.
enum PythonLexer {
    static func run(_ s: inout HighlightScanner) {
        var atLineStart = true
        while !s.isAtEnd {
            let head = s.current
            switch head {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                s.emit(upTo: s.end(from: s.position, while: HighlightScanner.isSpace), as: nil)
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                s.emit(upTo: s.position + 1, as: nil)
                atLineStart = true
                continue
            case UInt8(ascii: "#"):
                s.emit(upTo: s.lineEnd(from: s.position), as: .comment)
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                lexString(&s, prefixEnd: s.position)
            case UInt8(ascii: "@") where atLineStart && SwiftHighlighter.SourceByte.isIdentifierHead(s.byte(at: s.position + 1)):
                s.emit(upTo: s.end(from: s.position + 1) { HighlightScanner.isWordByte($0) || $0 == UInt8(ascii: ".") }, as: .attribute)
            case _ where HighlightScanner.isDigit(head) || head == UInt8(ascii: ".") && HighlightScanner.isDigit(s.byte(at: s.position + 1)):
                s.emit(upTo: numberEnd(s), as: .number)
            case _ where SwiftHighlighter.SourceByte.isIdentifierHead(head) && head != UInt8(ascii: "$"):
                let wordEnd = s.end(from: s.position, while: HighlightScanner.isWordByte)
                let quote = s.byte(at: wordEnd)
                if wordEnd - s.position <= 2, quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\""),
                   s.text(s.position, wordEnd).allSatisfy({ "rRbBuUfF".contains($0) }) {
                    lexString(&s, prefixEnd: wordEnd)
                } else {
                    let word = s.text(s.position, wordEnd)
                    s.emit(upTo: wordEnd, as: keywords.contains(word) ? .keyword : builtinTypes.contains(word) ? .typeName : nil)
                }
            case _ where isOperator(head):
                s.emit(upTo: s.end(from: s.position, while: isOperator), as: .operator)
            case UInt8(ascii: ":") where s.byte(at: s.position + 1) == UInt8(ascii: "="):
                s.emit(upTo: s.position + 2, as: .operator)
            default:
                s.emit(upTo: s.position + 1, as: nil)
            }
            atLineStart = false
        }
    }

    /// A string from its prefix (`rb`, `f`, none) at `position`: escapes unless raw, replacement
    /// fields in f-strings (`{{` and `}}` are escapes), to the closing quote or, for a one-line
    /// string, the end of the line.
    private static func lexString(_ s: inout HighlightScanner, prefixEnd: Int) {
        let prefix = s.text(s.position, prefixEnd).lowercased()
        let raw = prefix.contains("r"), formatted = prefix.contains("f")
        let quote = s.byte(at: prefixEnd)
        let triple = s.byte(at: prefixEnd + 1) == quote && s.byte(at: prefixEnd + 2) == quote
        s.emit(upTo: prefixEnd + (triple ? 3 : 1), as: .string)
        var index = s.position
        func flush(_ s: inout HighlightScanner) { s.emit(upTo: index, as: .string) }
        while index < s.source.count {
            let byte = s.source[index]
            if byte == quote, !triple || s.byte(at: index + 1) == quote && s.byte(at: index + 2) == quote {
                flush(&s)
                s.emit(upTo: index + (triple ? 3 : 1), as: .string)
                return
            }
            if !triple, SwiftHighlighter.SourceByte.isNewline(byte) { break }
            if byte == UInt8(ascii: "\\") {
                if raw {
                    index += 2
                    continue
                }
                flush(&s)
                s.emit(upTo: escapeEnd(s, at: index), as: .escape)
                index = s.position
                continue
            }
            if formatted, byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
                flush(&s)
                if s.byte(at: index + 1) == byte {
                    s.emit(upTo: index + 2, as: .escape)
                } else if byte == UInt8(ascii: "{") {
                    s.emit(upTo: index + 1, as: .interpolation)
                    s.emit(upTo: replacementFieldEnd(s, from: index + 1), as: nil)
                    if s.current == UInt8(ascii: "}") { s.emit(upTo: s.position + 1, as: .interpolation) }
                } else {
                    s.emit(upTo: index + 1, as: .string)
                }
                index = s.position
                continue
            }
            index += 1
        }
        flush(&s)
    }

    /// The end of an escape at `index` (a backslash): `\x41`, `\u00e9`, `\U0001F600`, `\N{…}`,
    /// up to three octal digits, or one character.
    private static func escapeEnd(_ s: HighlightScanner, at index: Int) -> Int {
        let kind = s.byte(at: index + 1)
        let hexDigits: [UInt8: Int] = [UInt8(ascii: "x"): 2, UInt8(ascii: "u"): 4, UInt8(ascii: "U"): 8]
        if let count = hexDigits[kind] {
            return s.end(from: index + 2, limit: index + 2 + count, while: SwiftHighlighter.SourceByte.isHexDigit)
        }
        if kind == UInt8(ascii: "N"), s.byte(at: index + 2) == UInt8(ascii: "{") {
            let close = s.end(from: index + 3) { $0 != UInt8(ascii: "}") && !SwiftHighlighter.SourceByte.isNewline($0) }
            return s.byte(at: close) == UInt8(ascii: "}") ? close + 1 : close
        }
        if (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(kind) {
            return s.end(from: index + 1, limit: index + 4) { (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) }
        }
        return s.scalarEnd(at: index + 1)
    }

    /// Where an f-string's replacement field ends: its `}` at depth zero, a quote of the string,
    /// or the end of the line.
    private static func replacementFieldEnd(_ s: HighlightScanner, from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < s.source.count {
            switch s.source[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "("): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: ")"): depth -= 1
            case UInt8(ascii: "}"):
                if depth == 0 { return index }
                depth -= 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return index
            default: break
            }
            index += 1
        }
        return index
    }

    /// Decimal, hexadecimal, octal and binary integers, floats with exponents, `_` separators
    /// and the imaginary `j`.
    private static func numberEnd(_ s: HighlightScanner) -> Int {
        let second = s.byte(at: s.position + 1) | 0x20
        if s.current == UInt8(ascii: "0"), second == UInt8(ascii: "x") || second == UInt8(ascii: "o") || second == UInt8(ascii: "b") {
            return s.end(from: s.position + 2) { SwiftHighlighter.SourceByte.isHexDigit($0) || $0 == UInt8(ascii: "_") }
        }
        var index = s.end(from: s.position) { HighlightScanner.isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
        if s.byte(at: index) | 0x20 == UInt8(ascii: "e") {
            let sign = s.byte(at: index + 1)
            let digits = sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") ? index + 2 : index + 1
            if HighlightScanner.isDigit(s.byte(at: digits)) { index = s.end(from: digits) { HighlightScanner.isDigit($0) || $0 == UInt8(ascii: "_") } }
        }
        if s.byte(at: index) | 0x20 == UInt8(ascii: "j") { index += 1 }
        return index
    }

    private static func isOperator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "|"),
             UInt8(ascii: "^"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    static let builtinTypes: Set<String> = [
        "bool", "bytearray", "bytes", "complex", "dict", "float", "frozenset", "int", "list", "object", "set", "str",
        "tuple", "type", "Exception", "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError",
    ]
}
