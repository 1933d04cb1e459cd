/// The styled alphabets of Unicode's Mathematical Alphanumeric Symbols, which `\mathbb`,
/// `\mathbf`, `\mathcal`… select.
///
/// MathML Core supports no `mathvariant` but `normal`, so a styled letter must be its own
/// character (`\mathbb{R}` is ℝ, `\mathbf{x}` is 𝐱), as pandoc's texmath also writes it.
enum MathAlphabet {
    case bold, italic, boldItalic, script, fraktur, doubleStruck, sansSerif, monospace

    /// The alphabet a font command selects, if it is one.
    init?(command: String) {
        switch command {
        case "mathbf", "textbf", "bm": self = .bold
        case "mathit", "textit": self = .italic
        case "boldsymbol": self = .boldItalic
        case "mathcal", "mathscr": self = .script
        case "mathfrak": self = .fraktur
        case "mathbb": self = .doubleStruck
        case "mathsf", "textsf": self = .sansSerif
        case "mathtt", "texttt": self = .monospace
        default: return nil
        }
    }

    /// The character in this alphabet; characters it has no style for are kept.
    func styled(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if let exception = exceptions[scalar] { return exception }
        let starts = self.starts
        let code: UInt32? = switch value {
        case 0x41...0x5A: starts.capital.map { $0 + value - 0x41 }
        case 0x61...0x7A: starts.capital.map { $0 + 26 + value - 0x61 }
        case 0x30...0x39: starts.digit.map { $0 + value - 0x30 }
        case 0x391...0x3A9: starts.greek.map { $0 + value - 0x391 }
        case 0x3B1...0x3C9: starts.greek.map { $0 + 26 + value - 0x3B1 }
        default: Self.greekVariants.firstIndex(of: scalar).flatMap { index in starts.greek.map { $0 + 51 + UInt32(index) } }
        }
        return code.flatMap(Unicode.Scalar.init) ?? scalar
    }

    /// Where the alphabet's capital A, digit 0 and capital Alpha are, when it has them.
    private var starts: (capital: UInt32?, digit: UInt32?, greek: UInt32?) {
        switch self {
        case .bold: (0x1D400, 0x1D7CE, 0x1D6A8)
        case .italic: (0x1D434, nil, 0x1D6E2)
        case .boldItalic: (0x1D468, 0x1D7CE, 0x1D71C)
        case .script: (0x1D49C, nil, nil)
        case .fraktur: (0x1D504, nil, nil)
        case .doubleStruck: (0x1D538, 0x1D7D8, nil)
        case .sansSerif: (0x1D5A0, 0x1D7E2, nil)
        case .monospace: (0x1D670, 0x1D7F6, nil)
        }
    }

    /// After each styled ω come ∂, ϵ, ϑ, ϰ, ϕ, ϱ and ϖ.
    private static let greekVariants: [Unicode.Scalar] = ["∂", "ϵ", "ϑ", "ϰ", "ϕ", "ϱ", "ϖ"]

    /// Letters encoded in the Letterlike Symbols block before the mathematical alphabets were,
    /// whose places in those alphabets are left empty.
    private var exceptions: [Unicode.Scalar: Unicode.Scalar] {
        switch self {
        case .italic: ["h": "ℎ"]
        case .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                       "e": "ℯ", "g": "ℊ", "o": "ℴ"]
        case .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
        case .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
        default: [:]
        }
    }
}
