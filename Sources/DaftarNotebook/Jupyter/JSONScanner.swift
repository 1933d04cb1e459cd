/// A small JSON reader (RFC 8259) that keeps where each value starts, because Foundation's
/// `JSONSerialization` says neither where a file is malformed nor where a value it read was.
public struct JSONScanner {
    /// Why the text is not JSON, and the byte offset where reading stopped.
    public struct Failure: Error, Equatable {
        public var message: String
        public var offset: Int
    }

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0
    /// Nesting deeper than this is refused rather than read recursively into a stack overflow.
    private static let maximumDepth = 512

    /// Reads one JSON value filling the whole of `bytes` (whitespace around it allowed).
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONNode {
        var scanner = JSONScanner(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.position = 3 }
        let node = try scanner.value()
        scanner.skipWhitespace()
        guard scanner.position == bytes.count else { throw scanner.failure("unexpected text after the end of the JSON value") }
        return node
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func failure(_ message: String, at offset: Int? = nil) -> Failure {
        Failure(message: message, offset: offset ?? position)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func value() throws(Failure) -> JSONNode {
        skipWhitespace()
        guard position < bytes.count else { throw failure("unexpected end of the file: a value is missing") }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"): return JSONNode(try object(), offset: start)
        case UInt8(ascii: "["): return JSONNode(try array(), offset: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try string()), offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(.number(try number()), offset: start)
        default:
            for (word, value) in [("true", JSONNode.Value.bool(true)), ("false", .bool(false)), ("null", .null)]
            where bytes[position...].starts(with: word.utf8) {
                position += word.utf8.count
                return JSONNode(value, offset: start)
            }
            throw failure("unexpected character `\(Self.shown(bytes[position]))`: expected a JSON value")
        }
    }

    private mutating func nest() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("the JSON is nested more than \(Self.maximumDepth) levels deep") }
    }

    private mutating func object() throws(Failure) -> JSONNode.Value {
        try nest()
        defer { depth -= 1 }
        position += 1
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure(position < bytes.count ? "expected a string key in double quotes" : "unexpected end of the file inside an object")
            }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected `:` after the key \"\(key)\"") }
            position += 1
            members.append(JSONNode.Member(key, try value()))
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end of the file inside an object: `}` is missing") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(members)
            default: throw failure("expected `,` or `}` after an object member")
            }
        }
    }

    private mutating func array() throws(Failure) -> JSONNode.Value {
        try nest()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            elements.append(try value())
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end of the file inside an array: `]` is missing") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(elements)
            default: throw failure("expected `,` or `]` after an array element")
            }
        }
    }

    private mutating func number() throws(Failure) -> String {
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - first
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0 else { throw failure("a number needs digits") }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { throw failure("a number cannot start with 0", at: integerStart) }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw failure("a digit must follow the decimal point") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw failure("a digit must follow the exponent") }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// A string token, its escapes decoded; `position` is at its opening quote.
    private mutating func string() throws(Failure) -> String {
        let open = position
        position += 1
        var decoded: [UInt8] = []
        var runStart = position
        while true {
            guard position < bytes.count else { throw failure("the string is never closed", at: open) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                decoded += bytes[runStart..<position]
                position += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte < 0x20 { throw failure("a control character (0x\(String(byte, radix: 16))) must be escaped inside a string") }
            guard byte == UInt8(ascii: "\\") else {
                position += 1
                continue
            }
            decoded += bytes[runStart..<position]
            guard let (scalar, length) = Self.escape(in: bytes, at: position) else {
                throw failure("invalid escape sequence in a string")
            }
            decoded += Array(String(Character(scalar)).utf8)
            position += length
            runStart = position
        }
    }

    /// The scalar an escape sequence at `offset` (its backslash) stands for, and how many bytes
    /// it takes (a surrogate pair is one escape of twelve); nil when it is not valid JSON.
    static func escape(in bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset + 1 < bytes.count else { return nil }
        switch bytes[offset + 1] {
        case UInt8(ascii: "\""): return ("\"", 2)
        case UInt8(ascii: "\\"): return ("\\", 2)
        case UInt8(ascii: "/"): return ("/", 2)
        case UInt8(ascii: "b"): return ("\u{08}", 2)
        case UInt8(ascii: "f"): return ("\u{0C}", 2)
        case UInt8(ascii: "n"): return ("\n", 2)
        case UInt8(ascii: "r"): return ("\r", 2)
        case UInt8(ascii: "t"): return ("\t", 2)
        case UInt8(ascii: "u"):
            guard let high = hexQuad(in: bytes, at: offset + 2) else { return nil }
            if (0xD800..<0xDC00).contains(high), offset + 11 < bytes.count, bytes[offset + 6] == UInt8(ascii: "\\"),
               bytes[offset + 7] == UInt8(ascii: "u"), let low = hexQuad(in: bytes, at: offset + 8), (0xDC00..<0xE000).contains(low) {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).map { ($0, 12) }
            }
            // A lone surrogate, which Python's json accepts, is read as U+FFFD.
            return (Unicode.Scalar(high) ?? "\u{FFFD}", 6)
        default: return nil
        }
    }

    private static func hexQuad(in bytes: [UInt8], at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count, bytes[offset..<offset + 4].allSatisfy({ Character(UnicodeScalar($0)).isHexDigit }) else { return nil }
        return UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
    }

    private static func shown(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16)
    }
}
