/// Reads BibTeX: `@type{key, field = value, …}` with values in braces, quotes or bare (numbers and
/// `@string` names), joined by `#`; `@string` definitions and the month names; `@comment` and
/// `@preamble` skipped; LaTeX's accents and dashes turned into characters (`LaTeXText`).
///
/// A malformed entry is an error at its line and column, and the reader goes on at the next `@`.
public struct BibTeXReader {
    let bytes: [UInt8]
    let file: String
    private var index = 0
    private var strings: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]
    public private(set) var diagnostics: [Diagnostic] = []

    public init(text: String, file: String) {
        self.bytes = Array(text.utf8)
        self.file = file
    }

    /// Every well-formed entry, in the file's order.
    public mutating func entries() -> [BibliographyEntry] {
        var entries: [BibliographyEntry] = []
        while let at = bytes[index...].firstIndex(of: .at) {
            index = at + 1
            do {
                if let entry = try entry(startingAt: at) { entries.append(entry) }
            } catch let error as BibTeXError {
                diagnostics.append(Diagnostic(.error, "bibliography: \(error.message)", at: location(of: error.offset)))
                // Go on from where the error is, which may be the next entry's `@`.
                index = error.offset > at ? error.offset : at + 1
            } catch {}
        }
        return entries
    }

    private struct BibTeXError: Error {
        var message: String
        var offset: Int
    }

    private mutating func entry(startingAt at: Int) throws -> BibliographyEntry? {
        let type = identifier().lowercased()
        guard !type.isEmpty else { throw BibTeXError(message: "`@` must be followed by an entry type such as `article`", offset: at) }
        skipSpaces()
        guard index < bytes.count, bytes[index] == .openingBrace || bytes[index] == .leftParenthesis else {
            throw BibTeXError(message: "`@\(type)` must be followed by `{`", offset: index)
        }
        let closer: UInt8 = bytes[index] == .openingBrace ? .closingBrace : .rightParenthesis
        index += 1
        switch type {
        case "comment", "preamble":
            var depth = 1
            while index < bytes.count, depth > 0 {
                if bytes[index] == .openingBrace || bytes[index] == .leftParenthesis { depth += 1 }
                if bytes[index] == .closingBrace || bytes[index] == .rightParenthesis { depth -= 1 }
                index += 1
            }
            return nil
        case "string":
            let (name, value) = try field()
            strings[name] = value
            skipSpaces()
            try expect(closer)
            return nil
        default:
            break
        }
        skipSpaces()
        let key = citationKey()
        guard !key.isEmpty else { throw BibTeXError(message: "the `@\(type)` entry has no key", offset: index) }
        var entry = BibliographyEntry(key: key, type: Self.cslType(type), location: location(of: at))
        var fields: [String: String] = [:]
        while true {
            skipSpaces()
            if index < bytes.count, bytes[index] == closer { index += 1; break }
            try expect(UInt8(ascii: ","), what: "`,` between fields or `\(Character(Unicode.Scalar(closer)))` after the last")
            skipSpaces()
            if index < bytes.count, bytes[index] == closer { index += 1; break }
            let (name, value) = try field()
            fields[name] = value
        }
        Self.fill(&entry, bibTeXType: type, fields: fields)
        return entry
    }

    /// `name = value # value …`, the name lower-cased.
    private mutating func field() throws -> (String, String) {
        skipSpaces()
        let start = index
        let name = identifier().lowercased()
        guard !name.isEmpty else { throw BibTeXError(message: "expected a field name", offset: start) }
        skipSpaces()
        try expect(UInt8(ascii: "="), what: "`=` after `\(name)`")
        var value = ""
        repeat {
            skipSpaces()
            value += try piece()
            skipSpaces()
        } while index < bytes.count && bytes[index] == UInt8(ascii: "#") && { index += 1; return true }()
        return (name, value)
    }

    /// One braced, quoted, numeric or named part of a value.
    private mutating func piece() throws -> String {
        guard index < bytes.count else { throw BibTeXError(message: "the file ends inside an entry", offset: max(bytes.count - 1, 0)) }
        let start = index
        switch bytes[index] {
        case .openingBrace:
            var depth = 0
            repeat {
                if bytes[index] == .openingBrace { depth += 1 }
                if bytes[index] == .closingBrace { depth -= 1 }
                if bytes[index] == .backslash { index += 1 }
                index += 1
            } while index < bytes.count && depth > 0
            guard depth == 0 else { throw BibTeXError(message: "this `{` is never closed", offset: start) }
            return String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
        case .quote:
            index += 1
            var depth = 0
            while index < bytes.count, !(bytes[index] == .quote && depth == 0) {
                if bytes[index] == .openingBrace { depth += 1 }
                if bytes[index] == .closingBrace { depth -= 1 }
                if bytes[index] == .backslash { index += 1 }
                index += 1
            }
            guard index < bytes.count else { throw BibTeXError(message: "this `\"` is never closed", offset: start) }
            index += 1
            return String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
        default:
            let word = identifier()
            guard !word.isEmpty else { throw BibTeXError(message: "expected a value in braces, quotes, a number or a @string name", offset: start) }
            if word.allSatisfy(\.isNumber) { return word }
            guard let value = strings[word.lowercased()] else {
                throw BibTeXError(message: "unknown @string `\(word)`", offset: start)
            }
            return value
        }
    }

    private mutating func identifier() -> String {
        let start = index
        while index < bytes.count, bytes[index].isDigit || bytes[index].isASCIILetter || "_-:.+/'".utf8.contains(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func citationKey() -> String {
        let start = index
        while index < bytes.count, !bytes[index].isWhitespace, bytes[index] != UInt8(ascii: ","), bytes[index] != .closingBrace { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skipSpaces() {
        while index < bytes.count {
            if bytes[index].isWhitespace {
                index += 1
            } else if bytes[index] == UInt8(ascii: "%") {
                while index < bytes.count, bytes[index] != .newline { index += 1 }
            } else {
                break
            }
        }
    }

    private mutating func expect(_ byte: UInt8, what: String? = nil) throws {
        guard index < bytes.count else {
            throw BibTeXError(message: "the file ends inside an entry", offset: max(bytes.count - 1, 0))
        }
        guard bytes[index] == byte else {
            throw BibTeXError(message: "expected \(what ?? "`\(Character(Unicode.Scalar(byte)))`")", offset: min(index, max(bytes.count - 1, 0)))
        }
        index += 1
    }

    private func location(of offset: Int) -> SourceLocation {
        let before = bytes[..<max(min(offset, bytes.count), 0)]
        let line = before.count { $0 == .newline } + 1
        let lineStart = before.lastIndex(of: .newline).map { $0 + 1 } ?? 0
        return SourceLocation(file: file, line: line, column: offset - lineStart + 1)
    }
}

private extension UInt8 {
    static let openingBrace = UInt8(ascii: "{"), closingBrace = UInt8(ascii: "}")
}
