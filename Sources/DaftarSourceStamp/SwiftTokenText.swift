/// Swift source reduced to what the compiler reads, so that a hash of it changes with the code
/// and not with its comments or layout.
///
/// Comments go: line (`//`, `///`) and block (`/* */`, `/** */`, nested), each read as the
/// whitespace it is to the compiler. String literals stay byte for byte: single-line, multi-line
/// (`"""`), raw (`#"…"#`, `##"""…"""##`), with their interpolations as written; so do extended
/// regex literals (`#/…/#`) and backquoted identifiers. Between tokens, a run of whitespace and
/// comments becomes
///
/// - one line break if it holds one (Swift ends statements at line breaks, and a `(` or `[` that
///   starts a line is not a call or a subscript);
/// - else one space where the tokens on either side are both words (identifiers, keywords,
///   numbers, `#if`, `@attributes`), which would otherwise merge, or where either is an operator
///   (`a - b`, `a -b` and `a- b` are three different expressions to Swift);
/// - else nothing (`f( a, b )` reads as `f(a,b)`).
///
/// Line breaks inside a kept literal read as LF, as Swift reads them in a multi-line string. So
/// re-indenting, blank lines, trailing spaces, a line's end (LF or CRLF) and any edit inside a
/// comment keep the text, while a change to a token, inside a string literal, or to a space Swift
/// reads changes it. Bare regex literals (`/…/`) are read as operators: a space inside one is
/// collapsed like any other.
public enum SwiftTokenText {
    public static func normalized(_ source: some Collection<UInt8>) -> [UInt8] {
        var scanner = Scanner(bytes: Array(source))
        scanner.run()
        return scanner.output
    }

    /// `normalized` of a string's UTF-8, as a string (for tests and messages).
    public static func normalized(_ source: String) -> String {
        String(decoding: normalized(Array(source.utf8)), as: UTF8.self)
    }
}

/// One pass over the bytes: comments and whitespace are skipped into `pending`, every other byte
/// is written, literals in one piece.
private struct Scanner {
    /// What the whitespace and comments since the last token owe the next one.
    enum Separator: Comparable { case none, space, lineBreak }

    let bytes: [UInt8]
    var position = 0
    var output: [UInt8] = []
    var pending = Separator.none

    init(bytes: [UInt8]) {
        self.bytes = bytes
        output.reserveCapacity(bytes.count)
    }

    mutating func run() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .lineFeed || byte == .carriageReturn {
                pending = .lineBreak
                position += 1
            } else if byte.isHorizontalSpace {
                pending = max(pending, .space)
                position += 1
            } else if byte == .slash, at(position + 1) == .slash {
                position = lineCommentEnd(from: position)
                pending = max(pending, .space)
            } else if byte == .slash, at(position + 1) == .asterisk {
                let (end, hadLineBreak) = blockCommentEnd(from: position)
                position = end
                pending = max(pending, hadLineBreak ? .lineBreak : .space)
            } else {
                if let end = literalEnd(from: position) {
                    emit(Self.lineFeedsOnly(bytes[position..<end]))
                    position = end
                } else {
                    emit(bytes[position...position])
                    position += 1
                }
            }
        }
    }

    /// Writes a token (or one byte of one), preceded by the separator it is owed.
    mutating func emit(_ token: ArraySlice<UInt8>) {
        if let last = output.last, let first = token.first {
            switch pending {
            case .lineBreak: output.append(.lineFeed)
            case .space where last.isWord && first.isWord || last.isOperator || first.isOperator
                || last == .quote && first == .quote:
                output.append(.space)
            default: break
            }
        }
        pending = .none
        output += token
    }

    /// A literal with its line breaks as Swift reads them in a multi-line string: CRLF and CR as LF.
    static func lineFeedsOnly(_ literal: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard literal.contains(.carriageReturn) else { return literal }
        var result: [UInt8] = []
        var index = literal.startIndex
        while index < literal.endIndex {
            if literal[index] == .carriageReturn {
                result.append(.lineFeed)
                if index + 1 < literal.endIndex, literal[index + 1] == .lineFeed { index += 1 }
            } else {
                result.append(literal[index])
            }
            index += 1
        }
        return result[...]
    }

    func at(_ index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// How many `#` start at `index`.
    func hashes(at index: Int) -> Int {
        var count = 0
        while at(index + count) == .hash { count += 1 }
        return count
    }

    /// Whether `pattern` starts at `index`.
    func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    /// The line break ending a `//` comment (not consumed), or the end.
    func lineCommentEnd(from start: Int) -> Int {
        var index = start + 2
        while let byte = at(index), byte != .lineFeed, byte != .carriageReturn { index += 1 }
        return index
    }

    /// Past the `*/` closing the (nested) `/*` at `start`, or the end; and whether a line break
    /// was inside.
    func blockCommentEnd(from start: Int) -> (end: Int, hadLineBreak: Bool) {
        var index = start + 2
        var depth = 1
        var hadLineBreak = false
        while index < bytes.count {
            if bytes[index] == .slash, at(index + 1) == .asterisk {
                depth += 1
                index += 2
            } else if bytes[index] == .asterisk, at(index + 1) == .slash {
                depth -= 1
                index += 2
                if depth == 0 { break }
            } else {
                if bytes[index] == .lineFeed || bytes[index] == .carriageReturn { hadLineBreak = true }
                index += 1
            }
        }
        return (index, hadLineBreak)
    }

    /// Past the literal kept whole that starts at `start` — a string, an extended regex, a
    /// backquoted identifier — or nil when none does.
    func literalEnd(from start: Int) -> Int? {
        let delimiters = hashes(at: start)
        switch at(start + delimiters) {
        case .quote?: return stringEnd(from: start)
        case .slash? where delimiters > 0: return extendedRegexEnd(from: start)
        case .backquote? where delimiters == 0: return backquotedEnd(from: start)
        default: return nil
        }
    }

    /// Past the string literal starting at `start` (at its `#`s or its opening quote). An
    /// unterminated single-line string ends before its line break.
    func stringEnd(from start: Int) -> Int {
        let delimiters = hashes(at: start)
        let open = start + delimiters
        let multiline = matches([.quote, .quote, .quote], at: open)
        var index = open + (multiline ? 3 : 1)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .backslash, hashes(at: index + 1) >= delimiters {
                // An escape: `\` and the string's own `#`s; `\(` opens an interpolation.
                index += 1 + delimiters
                if at(index) == .openParenthesis {
                    index = interpolationEnd(from: index + 1)
                } else {
                    index += 1
                }
            } else if multiline, matches([.quote, .quote, .quote], at: index), hashes(at: index + 3) >= delimiters {
                return index + 3 + delimiters
            } else if !multiline, byte == .quote, hashes(at: index + 1) >= delimiters {
                return index + 1 + delimiters
            } else if !multiline, byte == .lineFeed || byte == .carriageReturn {
                return index
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// Past the `)` closing an interpolation whose code starts at `start`: parentheses counted,
    /// string literals and comments inside skipped whole.
    func interpolationEnd(from start: Int) -> Int {
        var index = start
        var depth = 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .slash, at(index + 1) == .slash {
                index = lineCommentEnd(from: index)
            } else if byte == .slash, at(index + 1) == .asterisk {
                index = blockCommentEnd(from: index).end
            } else if byte == .quote || byte == .hash && at(index + hashes(at: index)) == .quote {
                index = stringEnd(from: index)
            } else {
                if byte == .openParenthesis { depth += 1 }
                if byte == .closeParenthesis {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
                index += 1
            }
        }
        return bytes.count
    }

    /// Past `#/…/#` (with as many `#`s on each side) starting at `start`.
    func extendedRegexEnd(from start: Int) -> Int {
        let delimiters = hashes(at: start)
        var index = start + delimiters + 1
        while index < bytes.count {
            if bytes[index] == .backslash {
                index += 2
            } else if bytes[index] == .slash, hashes(at: index + 1) >= delimiters {
                return index + 1 + delimiters
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// Past a backquoted identifier (`` `class` ``, or a raw identifier with spaces), which ends at
    /// the next backquote on its line.
    func backquotedEnd(from start: Int) -> Int {
        var index = start + 1
        while let byte = at(index), byte != .lineFeed, byte != .carriageReturn {
            index += 1
            if byte == .backquote { return index }
        }
        return start + 1
    }
}

private extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let slash = UInt8(ascii: "/")
    static let asterisk = UInt8(ascii: "*")
    static let backslash = UInt8(ascii: "\\")
    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let backquote = UInt8(ascii: "`")
    static let openParenthesis = UInt8(ascii: "(")
    static let closeParenthesis = UInt8(ascii: ")")

    /// Space, tab, vertical tab, form feed and NUL: whitespace to Swift's lexer, besides line breaks.
    var isHorizontalSpace: Bool { self == .space || self == 0x09 || self == 0x0B || self == 0x0C || self == 0 }

    /// A byte of an identifier, keyword or number, of `#if` or `@attribute`, or of any non-ASCII
    /// character.
    var isWord: Bool {
        switch self {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
            true
        default:
            self == UInt8(ascii: "_") || self == UInt8(ascii: "$") || self == .hash || self == UInt8(ascii: "@")
                || self == .backquote
        }
    }

    /// A byte of an operator: Swift reads the whitespace on each side of one.
    var isOperator: Bool {
        switch self {
        case UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "!"),
             UInt8(ascii: "*"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "?"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }
}
