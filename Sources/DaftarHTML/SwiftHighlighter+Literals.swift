extension SwiftHighlighter.Lexer {
    private typealias SourceByte = SwiftHighlighter.SourceByte

    // MARK: Numbers

    /// The end of the number literal at `position`: `1_000`, `0x1F`, `0b1010`, `0o17`, `1.5e-3`, `0x1p-2`.
    ///
    /// A `.` continues the number only before a digit, so `1...5` is two numbers, and never
    /// right after a member dot, so `t.0.1` is two tuple accesses rather than `t.` and `0.1`.
    func numberEnd() -> Int {
        let fractionAllowed = !followsMemberDot
        let radix = source[position] == UInt8(ascii: "0") ? byte(at: position + 1) : 0
        switch radix {
        case UInt8(ascii: "x"):
            let isHexBody = { (byte: UInt8) in SourceByte.isHexDigit(byte) || byte == UInt8(ascii: "_") }
            var index = end(from: position + 2, while: isHexBody)
            if fractionAllowed, byte(at: index) == UInt8(ascii: "."), SourceByte.isHexDigit(byte(at: index + 1)) {
                // A hex fraction needs a binary exponent; without one, `0xff.description` is a member access.
                let fractionEnd = end(from: index + 1, while: isHexBody)
                if byte(at: fractionEnd) | 0x20 == UInt8(ascii: "p") { index = fractionEnd }
            }
            return exponentEnd(from: index, marker: UInt8(ascii: "p"))
        case UInt8(ascii: "b"), UInt8(ascii: "o"):
            return end(from: position + 2) { SourceByte.isDigit($0) || $0 == UInt8(ascii: "_") }
        default:
            let isDecimalBody = { (byte: UInt8) in SourceByte.isDigit(byte) || byte == UInt8(ascii: "_") }
            var index = end(from: position, while: isDecimalBody)
            if fractionAllowed, byte(at: index) == UInt8(ascii: "."), SourceByte.isDigit(byte(at: index + 1)) {
                index = end(from: index + 1, while: isDecimalBody)
            }
            return exponentEnd(from: index, marker: UInt8(ascii: "e"))
        }
    }

    /// The end of an exponent such as `e-3` or `P4` at `index`, or `index` itself when none is there.
    private func exponentEnd(from index: Int, marker: UInt8) -> Int {
        guard byte(at: index) | 0x20 == marker else { return index }
        var digits = index + 1
        if byte(at: digits) == UInt8(ascii: "+") || byte(at: digits) == UInt8(ascii: "-") { digits += 1 }
        guard SourceByte.isDigit(byte(at: digits)) else { return index }
        return end(from: digits) { SourceByte.isDigit($0) || $0 == UInt8(ascii: "_") }
    }

    // MARK: Strings

    /// Writes the opening delimiter of a string whose quote is at `quote`, after any raw-string `#`s from `position`.
    mutating func openString(quote: Int) {
        let multiline = byte(at: quote + 1) == UInt8(ascii: "\"") && byte(at: quote + 2) == UInt8(ascii: "\"")
        frames.append(.string(hashes: quote - position, multiline: multiline))
        emit(upTo: quote + (multiline ? 3 : 1), as: .string)
    }

    /// Writes string text up to the next escape, interpolation, closing delimiter or, for a single-line string, line end.
    ///
    /// An unterminated string runs to the end of the input, or of the line if it is single-line.
    mutating func lexStringPiece(hashes: Int, multiline: Bool) {
        var index = position
        while index < source.count {
            switch source[index] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !multiline {
                    emit(upTo: index, as: .string)
                    frames.removeLast()
                    return
                }
            case UInt8(ascii: "\""):
                if let closingEnd = closingDelimiterEnd(quote: index, hashes: hashes, multiline: multiline) {
                    emit(upTo: closingEnd, as: .string)
                    frames.removeLast()
                    return
                }
            case UInt8(ascii: "\\") where poundsFollow(index + 1, count: hashes):
                emit(upTo: index, as: .string)
                lexEscape(hashes: hashes, multiline: multiline)
                return
            default:
                break
            }
            index += 1
        }
        emit(upTo: index, as: .string)
        frames.removeLast()
    }

    /// The end of the closing delimiter (`"`, `"""`, `"#`, …) whose first quote is at `quote`, if it is one.
    private func closingDelimiterEnd(quote: Int, hashes: Int, multiline: Bool) -> Int? {
        var index = quote + 1
        if multiline {
            guard byte(at: index) == UInt8(ascii: "\""), byte(at: index + 1) == UInt8(ascii: "\"") else { return nil }
            index += 2
        }
        return poundsFollow(index, count: hashes) ? index + hashes : nil
    }

    /// Whether `count` `#`s start at `index`.
    private func poundsFollow(_ index: Int, count: Int) -> Bool {
        var offset = 0
        while offset < count, byte(at: index + offset) == UInt8(ascii: "#") { offset += 1 }
        return offset == count
    }

    /// Writes the escape at `position` (`\n`, `\u{1F600}`, `\#t`) or opens the interpolation `\(` / `\#(`.
    ///
    /// A backslash before a line break (a multi-line string's line continuation), a blank or the
    /// end of the input is written as an escape by itself.
    private mutating func lexEscape(hashes: Int, multiline: Bool) {
        let escaped = position + 1 + hashes
        let head = byte(at: escaped)
        guard escaped < source.count else {
            emit(upTo: escaped, as: .escape)
            return
        }
        switch head {
        case UInt8(ascii: "("):
            emit(upTo: escaped + 1, as: .interpolation)
            frames.append(.interpolation(openParentheses: 0, inSingleLineString: !multiline))
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t"):
            emit(upTo: escaped, as: .escape)
        case UInt8(ascii: "u") where byte(at: escaped + 1) == UInt8(ascii: "{"):
            let digitsEnd = end(from: escaped + 2, while: SourceByte.isHexDigit)
            emit(upTo: byte(at: digitsEnd) == UInt8(ascii: "}") ? digitsEnd + 1 : digitsEnd, as: .escape)
        default:
            emit(upTo: escaped + SourceByte.scalarLength(lead: head), as: .escape)
        }
    }
}
