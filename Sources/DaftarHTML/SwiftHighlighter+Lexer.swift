extension SwiftHighlighter {
    /// What the lexer is inside of; the stack is explicit so deep interpolation cannot overflow the call stack.
    enum Frame {
        /// A string literal opened with `hashes` pound signs, either `"` or `"""`.
        case string(hashes: Int, multiline: Bool)
        /// Code inside `\(…)`, with the number of its own `(` still open.
        case interpolation(openParentheses: Int, inSingleLineString: Bool)
    }

    /// A single forward pass over UTF-8 bytes that writes each token to an ``HTMLWriter`` as it is recognised.
    ///
    /// Every step consumes at least one byte or pops a frame that consumed one when pushed, so
    /// the pass ends on any input; no byte is examined more than a bounded number of times.
    /// Regex literals (`/.../`, `#/.../#`) are not recognised: `/` lexes as an operator. Non-ASCII
    /// operator characters (`≥`, `∘`) lex as identifier characters and stay plain.
    struct Lexer {
        let source: [UInt8]
        var position = 0
        var frames: [Frame] = []
        var writer: HTMLWriter

        init(source: [UInt8]) {
            self.source = source
            writer = HTMLWriter(sourceCount: source.count)
        }

        mutating func run() -> String {
            if byte(at: 0) == UInt8(ascii: "#"), byte(at: 1) == UInt8(ascii: "!") {
                emit(upTo: lineEnd(from: 0), as: .comment)
            }
            while position < source.count {
                if case .string(let hashes, let multiline)? = frames.last {
                    lexStringPiece(hashes: hashes, multiline: multiline)
                } else {
                    lexCodeToken()
                }
            }
            return writer.finish()
        }

        // MARK: Code

        private mutating func lexCodeToken() {
            let head = source[position]
            switch head {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                emit(upTo: end(from: position) { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }, as: nil)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                // A single-line string ends at the line's end, and with it any interpolation it holds.
                while case .interpolation(_, inSingleLineString: true)? = frames.last {
                    frames.removeLast(2)
                }
                emit(upTo: position + 1, as: nil)
            case UInt8(ascii: "/") where byte(at: position + 1) == UInt8(ascii: "/"):
                emit(upTo: lineEnd(from: position), as: .comment)
            case UInt8(ascii: "/") where byte(at: position + 1) == UInt8(ascii: "*"):
                emit(upTo: blockCommentEnd(), as: .comment)
            case UInt8(ascii: "\""):
                openString(quote: position)
            case UInt8(ascii: "#"):
                lexPound()
            case UInt8(ascii: "@") where SourceByte.isIdentifierHead(byte(at: position + 1)):
                emit(upTo: end(from: position + 1, while: SourceByte.isIdentifierBody), as: .attribute)
            case UInt8(ascii: "`"):
                lexBacktick()
            case UInt8(ascii: "("):
                if case .interpolation(let open, let singleLine)? = frames.last {
                    frames[frames.count - 1] = .interpolation(openParentheses: open + 1, inSingleLineString: singleLine)
                }
                emit(upTo: position + 1, as: nil)
            case UInt8(ascii: ")"):
                lexClosingParenthesis()
            case _ where SourceByte.isDigit(head):
                emit(upTo: numberEnd(), as: .number)
            case _ where SourceByte.isIdentifierHead(head):
                lexIdentifier()
            case _ where SourceByte.isOperator(head):
                lexOperator()
            default:
                emit(upTo: position + 1, as: nil)
            }
        }

        private mutating func lexClosingParenthesis() {
            guard case .interpolation(let open, let singleLine)? = frames.last else {
                emit(upTo: position + 1, as: nil)
                return
            }
            if open == 0 {
                frames.removeLast()
                emit(upTo: position + 1, as: .interpolation)
            } else {
                frames[frames.count - 1] = .interpolation(openParentheses: open - 1, inSingleLineString: singleLine)
                emit(upTo: position + 1, as: nil)
            }
        }

        /// Lexes `#if`-style directives and `#expect`-style macros, or the `#`s that open a raw string.
        private mutating func lexPound() {
            let poundsEnd = end(from: position) { $0 == UInt8(ascii: "#") }
            if byte(at: poundsEnd) == UInt8(ascii: "\"") {
                openString(quote: poundsEnd)
                return
            }
            // Only the last `#` can start a directive; the ones before it are stray punctuation.
            emit(upTo: poundsEnd - 1, as: nil)
            if SourceByte.isIdentifierHead(byte(at: poundsEnd)) {
                emit(upTo: end(from: poundsEnd, while: SourceByte.isIdentifierBody), as: .directive)
            } else {
                emit(upTo: poundsEnd, as: nil)
            }
        }

        /// Lexes `` `default` `` and Swift 6.2's `` `raw identifiers` `` as plain names, or a lone backtick.
        private mutating func lexBacktick() {
            let closing = end(from: position + 1) { $0 != UInt8(ascii: "`") && !SourceByte.isNewline($0) }
            if byte(at: closing) == UInt8(ascii: "`"), closing > position + 1 {
                emit(upTo: closing + 1, as: nil)
            } else {
                emit(upTo: position + 1, as: nil)
            }
        }

        private mutating func lexIdentifier() {
            let wordEnd = end(from: position, while: SourceByte.isIdentifierBody)
            let word = source[position..<wordEnd]
            var tokenClass: TokenClass?
            if word.count <= 15, let first = word.first, first < 0x80 {
                let text = String(decoding: word, as: UTF8.self)
                if SwiftHighlighter.keywords.contains(text), !followsMemberDot || SwiftHighlighter.memberKeywords.contains(text) {
                    tokenClass = .keyword
                }
            }
            if tokenClass == nil, SourceByte.startsWithUppercase(word) {
                tokenClass = .typeName
            }
            emit(upTo: wordEnd, as: tokenClass)
        }

        /// Whether the token at `position` follows a member-access `.`, not a `...` or `..<`.
        var followsMemberDot: Bool {
            byte(at: position - 1) == UInt8(ascii: ".") && byte(at: position - 2) != UInt8(ascii: ".")
        }

        /// Lexes a run of operator characters; a lone `.` is member-access punctuation and stays plain.
        private mutating func lexOperator() {
            let dotted = source[position] == UInt8(ascii: ".")
            var index = position + 1
            while index < source.count, SourceByte.isOperator(source[index]) {
                let next = byte(at: index + 1)
                let startsComment = source[index] == UInt8(ascii: "/") && (next == UInt8(ascii: "/") || next == UInt8(ascii: "*"))
                if startsComment || (source[index] == UInt8(ascii: ".") && !dotted) { break }
                index += 1
            }
            emit(upTo: index, as: dotted && index == position + 1 ? nil : .operator)
        }

        /// The end of the block comment at `position`; Swift's block comments nest.
        private func blockCommentEnd() -> Int {
            var depth = 0
            var index = position
            while index < source.count {
                let next = byte(at: index + 1)
                if source[index] == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
                    depth += 1
                    index += 2
                } else if source[index] == UInt8(ascii: "*"), next == UInt8(ascii: "/") {
                    depth -= 1
                    index += 2
                    if depth == 0 { return index }
                } else {
                    index += 1
                }
            }
            return source.count
        }

        // MARK: Bytes

        /// The byte at `index`, or 0 outside the source; a real NUL byte means nothing to the lexer either.
        func byte(at index: Int) -> UInt8 {
            index >= 0 && index < source.count ? source[index] : 0
        }

        /// The first index from `start` whose byte fails `predicate`, or the end of the source.
        func end(from start: Int, while predicate: (UInt8) -> Bool) -> Int {
            var index = start
            while index < source.count, predicate(source[index]) { index += 1 }
            return index
        }

        /// The index of the line break at or after `start`, or the end of the source.
        func lineEnd(from start: Int) -> Int {
            end(from: start) { !SourceByte.isNewline($0) }
        }

        /// Writes the bytes from `position` up to `end` as one token and moves past them.
        mutating func emit(upTo end: Int, as tokenClass: TokenClass?) {
            let end = min(end, source.count)
            guard end > position else { return }
            writer.write(source[position..<end], as: tokenClass)
            position = end
        }
    }
}
