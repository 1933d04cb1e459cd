/// One lexical unit of TeX math, with the UTF-8 bytes of the formula it came from.
struct TeXToken: Equatable {
    enum Kind: Equatable {
        /// `\name` (letters) or `\c` (one other character); the name has no backslash.
        case command(String)
        /// Any character with no special meaning to TeX: letters, digits, punctuation.
        case character(Unicode.Scalar)
        case beginGroup, endGroup
        case superscript, `subscript`
        /// `&`, the column separator of environments.
        case alignment
        /// A run of spaces and line breaks: ignored in math, kept in `\text{}`.
        case space
    }

    var kind: Kind
    /// The token's bytes in the formula, so that errors can quote it and point at it.
    var range: Range<Int>
}

/// Splits a formula into tokens as TeX's eyes and mouth do, minus catcode changes: comments
/// (`%` to the end of the line) are dropped, spaces after a control word belong to it.
struct TeXLexer {
    /// The formula's characters, and the UTF-8 offset of each (plus one past the end).
    private let scalars: [Unicode.Scalar]
    private let offsets: [Int]

    init(_ tex: String) {
        scalars = Array(tex.unicodeScalars)
        var offsets = [0]
        for scalar in scalars { offsets.append(offsets.last! + UTF8.width(scalar)) }
        self.offsets = offsets
    }

    /// Every token of the formula, in order.
    func tokens() -> [TeXToken] {
        var tokens: [TeXToken] = []
        var i = 0
        while i < scalars.count {
            let start = i
            let scalar = scalars[i]
            i += 1
            switch scalar {
            case "\\":
                if i < scalars.count, scalars[i].isASCIILetter {
                    while i < scalars.count, scalars[i].isASCIILetter { i += 1 }
                    var name = ""
                    for letter in scalars[start + 1..<i] { name.unicodeScalars.append(letter) }
                    tokens.append(token(.command(name), start, i))
                    while i < scalars.count, scalars[i].isTeXSpace { i += 1 }
                } else if i < scalars.count {
                    i += 1
                    tokens.append(token(.command(String(scalars[i - 1])), start, i))
                } else {
                    tokens.append(token(.command(""), start, i))
                }
            case "%":
                while i < scalars.count, scalars[i] != "\n" { i += 1 }
            case _ where scalar.isTeXSpace:
                while i < scalars.count, scalars[i].isTeXSpace { i += 1 }
                tokens.append(token(.space, start, i))
            default:
                tokens.append(token(Self.kind(of: scalar), start, i))
            }
        }
        return tokens
    }

    /// A token spanning the characters `start..<end`.
    private func token(_ kind: TeXToken.Kind, _ start: Int, _ end: Int) -> TeXToken {
        TeXToken(kind: kind, range: offsets[start]..<offsets[end])
    }

    /// The kind of a token that is one character.
    private static func kind(of scalar: Unicode.Scalar) -> TeXToken.Kind {
        switch scalar {
        case "{": .beginGroup
        case "}": .endGroup
        case "^": .superscript
        case "_": .subscript
        case "&": .alignment
        default: .character(scalar)
        }
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isTeXSpace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" }
}
