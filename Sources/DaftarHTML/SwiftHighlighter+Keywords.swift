extension SwiftHighlighter {
    /// Words highlighted as keywords: Swift's reserved words and the contextual ones that are keywords in practice.
    ///
    /// Contextual words (`get`, `some`, `open`, …) are highlighted wherever they appear, even as
    /// plain names; telling them apart needs a parser, and a lexer should stay a lexer.
    static let keywords: Set<String> = [
        // Declarations
        "associatedtype", "actor", "class", "deinit", "enum", "extension", "func", "import", "init",
        "inout", "let", "macro", "operator", "precedencegroup", "protocol", "struct", "subscript",
        "typealias", "var", "infix", "prefix", "postfix",
        // Statements
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
        "guard", "if", "in", "repeat", "return", "switch", "throw", "where", "while",
        // Expressions and types
        "any", "as", "await", "false", "is", "nil", "rethrows", "self", "Self", "some", "super",
        "throws", "true", "try", "async",
        // Modifiers
        "borrowing", "consuming", "convenience", "dynamic", "fileprivate", "final", "indirect",
        "internal", "isolated", "lazy", "mutating", "nonisolated", "nonmutating", "open",
        "override", "package", "private", "public", "required", "sending", "static", "unowned",
        "weak",
        // Accessors
        "didSet", "get", "set", "willSet",
    ]

    /// Keywords that stay keywords after a member-access dot, as in `x.self` and `.init(…)`.
    ///
    /// Any other word after a dot names a member: `.default`, `.some`, `.public`.
    static let memberKeywords: Set<String> = ["self", "init"]

    /// Byte classes of Swift's lexical grammar, ASCII only; every byte from 0x80 up is an identifier character.
    enum SourceByte {
        static func isIdentifierHead(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "_"), UInt8(ascii: "$"), 0x80...:
                true
            default:
                false
            }
        }

        static func isIdentifierBody(_ byte: UInt8) -> Bool {
            isIdentifierHead(byte) || isDigit(byte)
        }

        static func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }

        static func isHexDigit(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                 UInt8(ascii: "A")...UInt8(ascii: "F"):
                true
            default:
                false
            }
        }

        /// The ASCII operator characters; `.` may only continue an operator that starts with `.`.
        static func isOperator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: "%"), UInt8(ascii: "<"),
                 UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "^"),
                 UInt8(ascii: "~"), UInt8(ascii: "?"), UInt8(ascii: "."):
                true
            default:
                false
            }
        }

        static func isNewline(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }

        /// The length in bytes of the UTF-8 scalar that `lead` starts; 1 for a stray continuation byte.
        static func scalarLength(lead: UInt8) -> Int {
            switch lead {
            case 0xF0...: 4
            case 0xE0...: 3
            case 0xC0...: 2
            default: 1
            }
        }

        /// Whether an identifier's first scalar is an uppercase letter, ASCII (`Int`) or not (`Ω`).
        static func startsWithUppercase(_ identifier: ArraySlice<UInt8>) -> Bool {
            guard let first = identifier.first else { return false }
            if first < 0x80 {
                return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
            }
            var bytes = identifier.makeIterator()
            var decoder = Unicode.UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return false }
            return scalar.properties.isUppercase
        }
    }
}
