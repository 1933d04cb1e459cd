/// POSIX shell and bash: keywords anywhere, built-in commands where a command starts, strings,
/// `$` expansions and command substitutions (as interpolations), comments, escapes, numbers and
/// the control operators. Here-documents are not recognised: their lines lex as commands.
/// Sessions (`console`) highlight the commands after a `$ ` prompt and leave output plain.
enum ShellLexer {
    /// Lexes commands from the scanner's position up to `limit`.
    static func run(_ s: inout HighlightScanner, upTo limit: Int) {
        var commandStart = true
        var substitutions = 0
        while s.position < limit {
            let head = s.current
            switch head {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                s.emit(upTo: s.end(from: s.position, limit: limit, while: HighlightScanner.isSpace), as: nil)
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                s.emit(upTo: s.position + 1, as: nil)
                commandStart = true
                continue
            case UInt8(ascii: "#"):
                s.emit(upTo: min(s.lineEnd(from: s.position), limit), as: .comment)
                continue
            case UInt8(ascii: "'"):
                let close = s.end(from: s.position + 1, limit: limit) { $0 != UInt8(ascii: "'") }
                s.emit(upTo: min(close + 1, limit), as: .string)
            case UInt8(ascii: "\""):
                lexDoubleQuoted(&s, limit: limit)
            case UInt8(ascii: "$"):
                if s.byte(at: s.position + 1) == UInt8(ascii: "(") {
                    substitutions += 1
                    s.emit(upTo: s.position + 2, as: .interpolation)
                    commandStart = true
                    continue
                }
                s.emit(upTo: expansionEnd(s, limit: limit), as: .interpolation)
            case UInt8(ascii: ")") where substitutions > 0:
                substitutions -= 1
                s.emit(upTo: s.position + 1, as: .interpolation)
            case UInt8(ascii: "`"):
                let close = s.end(from: s.position + 1, limit: limit) { $0 != UInt8(ascii: "`") }
                s.emit(upTo: min(close + 1, limit), as: .interpolation)
            case UInt8(ascii: "\\"):
                s.emit(upTo: min(s.scalarEnd(at: s.position + 1), limit), as: .escape)
            case _ where isControlOperator(head):
                s.emit(upTo: s.end(from: s.position, limit: limit, while: isControlOperator), as: .operator)
                commandStart = true
                continue
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "!"):
                s.emit(upTo: s.position + 1, as: nil)
                commandStart = head != UInt8(ascii: ")") && head != UInt8(ascii: "}")
                continue
            default:
                let wordEnd = s.end(from: s.position, limit: limit, while: isWordByte)
                guard wordEnd > s.position else {
                    s.emit(upTo: s.position + 1, as: nil)
                    break
                }
                let word = s.text(s.position, wordEnd)
                let tokenClass: HighlightScanner.TokenClass?
                if keywords.contains(word) {
                    tokenClass = .keyword
                } else if commandStart, builtins.contains(word) {
                    tokenClass = .typeName
                } else if word.utf8.allSatisfy(HighlightScanner.isDigit) {
                    tokenClass = .number
                } else {
                    tokenClass = nil
                }
                s.emit(upTo: wordEnd, as: tokenClass)
                // After a keyword such as `then` or `do` a command starts; an assignment keeps the position.
                commandStart = tokenClass == .keyword && word != "in" || commandStart && word.contains("=")
                continue
            }
            commandStart = false
        }
    }

    /// A session: lines that start with `$ ` (or are `$` alone) are a prompt and a command, and
    /// so are the lines a command's trailing `\` continues; every other line is output, plain.
    static func runSession(_ s: inout HighlightScanner) {
        var continued = false
        while !s.isAtEnd {
            let lineEnd = s.lineEnd(from: s.position)
            let isCommand = continued || s.current == UInt8(ascii: "$") && (HighlightScanner.isSpace(s.byte(at: s.position + 1)) || s.position + 1 == lineEnd)
            if isCommand {
                if !continued { s.emit(upTo: s.position + 1, as: .directive) }
                run(&s, upTo: lineEnd)
                continued = lineEnd > 0 && s.byte(at: lineEnd - 1) == UInt8(ascii: "\\")
            } else {
                s.emit(upTo: lineEnd, as: nil)
            }
            s.emit(upTo: lineEnd + 1, as: nil)
        }
    }

    /// `"…"`: a string whose `$` expansions and `` `…` `` are interpolations and whose `\"`, `\\`,
    /// `\$` and `` \` `` are escapes.
    private static func lexDoubleQuoted(_ s: inout HighlightScanner, limit: Int) {
        s.emit(upTo: s.position + 1, as: .string)
        var index = s.position
        while index < limit {
            let byte = s.source[index]
            if byte == UInt8(ascii: "\"") {
                s.emit(upTo: index + 1, as: .string)
                return
            }
            if byte == UInt8(ascii: "\\"), [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "$"), UInt8(ascii: "`")].contains(s.byte(at: index + 1)) {
                s.emit(upTo: index, as: .string)
                s.emit(upTo: index + 2, as: .escape)
                index = s.position
                continue
            }
            if byte == UInt8(ascii: "$"), let end = Optional(expansionEnd(s, at: index, limit: limit)), end > index + 1 {
                s.emit(upTo: index, as: .string)
                s.emit(upTo: end, as: .interpolation)
                index = s.position
                continue
            }
            index += 1
        }
        s.emit(upTo: index, as: .string)
    }

    /// The end of the expansion at the scanner's position.
    private static func expansionEnd(_ s: HighlightScanner, limit: Int) -> Int {
        max(expansionEnd(s, at: s.position, limit: limit), s.position + 1)
    }

    /// The end of a `$` expansion at `index`: `${…}`, `$(…)` and `$((…))` to their matching
    /// bracket, `$name`, or one special parameter (`$1`, `$@`, `$?`, `$$`, `$#`, `$!`, `$*`, `$-`).
    private static func expansionEnd(_ s: HighlightScanner, at index: Int, limit: Int) -> Int {
        let next = s.byte(at: index + 1)
        if next == UInt8(ascii: "{") || next == UInt8(ascii: "(") {
            let close = next == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
            var depth = 0
            var i = index + 1
            while i < limit {
                if s.source[i] == next { depth += 1 } else if s.source[i] == close {
                    depth -= 1
                    if depth == 0 { return i + 1 }
                }
                i += 1
            }
            return i
        }
        if SwiftHighlighter.SourceByte.isIdentifierHead(next), next < 0x80 {
            return s.end(from: index + 1, limit: limit) { $0 < 0x80 && HighlightScanner.isWordByte($0) }
        }
        if HighlightScanner.isDigit(next) || "@?$#!*-".utf8.contains(next) { return index + 2 }
        return index + 1
    }

    /// Bytes of a word: anything but blanks, quotes, `$`, `` ` ``, `\`, brackets and control operators.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "'"), UInt8(ascii: "\""),
             UInt8(ascii: "$"), UInt8(ascii: "`"), UInt8(ascii: "\\"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"),
             UInt8(ascii: "}"):
            false
        default:
            !isControlOperator(byte)
        }
    }

    private static func isControlOperator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "|") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
    }

    static let keywords: Set<String> = [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in", "function", "select",
    ]

    static let builtins: Set<String> = [
        "alias", "break", "cd", "command", "continue", "declare", "echo", "eval", "exec", "exit", "export", "local", "printf",
        "pwd", "read", "readonly", "return", "set", "shift", "source", "test", "trap", "type", "unset", "wait", ".",
    ]
}
