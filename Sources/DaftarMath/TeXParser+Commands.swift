extension TeXParser {
    /// The atom of a control sequence: a symbol, a construction with arguments, or an error
    /// quoting the command when Daftar does not know it.
    mutating func parseCommand(_ name: String, _ token: TeXToken) -> Atom? {
        if let symbol = SymbolTable.symbol(name) {
            if case .largeOperator(let limits) = symbol.kind {
                return Atom(base: symbolNode(symbol), limits: limits ? .inDisplay : .never, isLargeOperator: true)
            }
            return Atom(base: symbolNode(symbol))
        }
        if let function = Self.namedFunctions[name] {
            return Atom(base: .identifier(name), limits: function ? .inDisplay : .never, isFunction: true)
        }
        if let width = Self.spaces[name] { return Atom(base: .space(em: width)) }
        if let accent = Self.accents[name] {
            let base = parseArgument(after: token)
            let mark = MathNode.operator(accent.mark, OperatorForm(stretchy: accent.stretchy))
            // TeX makes a brace a large operator whose scripts are its label, below or above it.
            return Atom(base: accent.under ? .limits(base: base, under: mark, over: nil, accent: true)
                                           : .limits(base: base, under: nil, over: mark, accent: true),
                        limits: name == "underbrace" || name == "overbrace" ? .always : .never)
        }
        if let alphabet = MathAlphabet(command: name) {
            // `\textbf{two words}` keeps its spaces; `\mathbf{x_i}` is math.
            let argument = name.hasPrefix("text") ? parseText(after: token) : parseArgument(after: token)
            return Atom(base: argument.styled(alphabet))
        }
        if let size = Self.delimiterSizes[name.trimmingSuffix(["l", "r", "m"])] {
            guard let delimiter = readDelimiter() else { return Atom(base: error("\\\(name) needs a delimiter", token)) }
            return Atom(base: .operator(delimiter, OperatorForm(form: Self.form(ofSized: name), stretchy: true, size: size)))
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let saved = display
            display = false
            let fraction = MathNode.fraction(numerator: parseArgument(after: token), denominator: parseArgument(after: token))
            display = saved
            return Atom(base: name == "frac" ? fraction : .style(display: name != "tfrac", fraction))
        case "binom", "dbinom", "tbinom":
            let saved = display
            display = false
            let binomial = MathNode.row([
                .operator("(", OperatorForm(form: .prefix, stretchy: true)),
                .fraction(numerator: parseArgument(after: token), denominator: parseArgument(after: token), rule: false),
                .operator(")", OperatorForm(form: .postfix, stretchy: true)),
            ])
            display = saved
            return Atom(base: name == "binom" ? binomial : .style(display: name == "dbinom", binomial))
        case "sqrt":
            skipSpaces()
            var index: MathNode?
            if position < tokens.count, tokens[position].kind == .character("[") {
                position += 1
                let (items, stop) = parseRow(until: [.closingBracket])
                guard stop != nil else { return Atom(base: error("the index of \\sqrt is never closed by ]", from: token.range.lowerBound, to: source.count)) }
                index = .row(items)
            }
            return Atom(base: .radical(parseArgument(after: token), index: index))
        case "left":
            return Atom(base: parseLeftRight(token))
        case "middle":
            guard let delimiter = readDelimiter() else { return Atom(base: error("\\middle needs a delimiter", token)) }
            return Atom(base: .operator(delimiter, OperatorForm(stretchy: true, fence: true)))
        case "begin":
            return Atom(base: parseEnvironment(token))
        case "operatorname":
            return parseOperatorName(token)
        case "mathop":
            return parseMathOperator(token)
        case "mathrm", "rm", "mathup":
            return Atom(base: parseArgument(after: token).upright())
        case "text", "textrm", "textnormal", "mbox", "hbox", "textup":
            return Atom(base: parseText(after: token))
        case "not":
            return Atom(base: parseNegation(token))
        case "overset", "underset", "stackrel":
            let saved = display
            display = false
            let script = parseArgument(after: token)
            display = saved
            let base = parseArgument(after: token)
            return Atom(base: name == "underset" ? .limits(base: base, under: script, over: nil) : .limits(base: base, under: nil, over: script))
        case "bmod":
            return Atom(base: .operator("mod"))
        case "label":
            _ = parseArgument(after: token)
            return nil
        case "nonumber", "notag":
            return nil
        case "right":
            _ = readDelimiter()
            return Atom(base: error("\\right without a matching \\left", from: token.range.lowerBound, to: tokens[position - 1].range.upperBound))
        case "end":
            // With its `{name}`, which would otherwise be set as letters.
            let end = readName().map { "\\end{\($0)}" } ?? "\\end"
            return Atom(base: error("\(end) without a matching \\begin", from: token.range.lowerBound, to: endOfLastToken))
        case "\\", "cr":
            return Atom(base: error("\\\\ only breaks lines inside an environment such as aligned", token))
        default:
            return Atom(base: error("unknown TeX command \\\(name)", token))
        }
    }

    /// `\operatorname{name}`: an upright function name; `\operatorname*` takes limits.
    private mutating func parseOperatorName(_ token: TeXToken) -> Atom {
        var limits = false
        if position < tokens.count, tokens[position].kind == .character("*") {
            position += 1
            limits = true
        }
        return Atom(base: parseArgument(after: token).operatorName(), limits: limits ? .inDisplay : .never, isFunction: true)
    }

    /// `\not=`, `\not\in`, `\not a`: the symbol struck through (see `MathNode.negated`).
    private mutating func parseNegation(_ token: TeXToken) -> MathNode {
        parseArgument(after: token).negated
    }

    /// The delimiter after `\left`, `\right`, `\big`…: its character, "" for `.`, nil if none.
    mutating func readDelimiter() -> String? {
        skipSpaces()
        guard position < tokens.count else { return nil }
        let delimiters: [Unicode.Scalar: String] = ["(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", ".": "", "<": "⟨", ">": "⟩"]
        switch tokens[position].kind {
        case .character(let character):
            guard let delimiter = delimiters[character] else { return nil }
            position += 1
            return delimiter
        case .command(let name):
            guard let symbol = SymbolTable.symbol(name), [.opening, .closing, .fence].contains(symbol.kind) else { return nil }
            position += 1
            return symbol.text
        default:
            return nil
        }
    }

    /// `\left( … \right)`: a row between two fences that stretch to its height.
    private mutating func parseLeftRight(_ token: TeXToken) -> MathNode {
        guard let open = readDelimiter() else { return error("\\left needs a delimiter", token) }
        let (items, stop) = parseRow(until: [.right])
        guard stop == .right else {
            return error("\\left without a matching \\right", from: token.range.lowerBound, to: source.count)
        }
        let rightToken = tokens[position - 1]
        guard let close = readDelimiter() else {
            // The whole group, so that its content is not lost from the formula.
            return error("\\right needs a delimiter", from: token.range.lowerBound, to: rightToken.range.upperBound, at: rightToken.range.lowerBound)
        }
        return .row(MathNode.fence(open, .prefix) + items + MathNode.fence(close, .postfix))
    }

    /// Functions whose names TeX sets upright, and whether they take limits (`\max_x`).
    static let namedFunctions: [String: Bool] = {
        var table: [String: Bool] = [:]
        for name in ["arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "dim", "exp",
                     "hom", "ker", "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh"] { table[name] = false }
        for name in ["det", "gcd", "inf", "lim", "liminf", "limsup", "max", "min", "Pr", "sup"] { table[name] = true }
        return table
    }()

    /// Spacing commands and their widths in em (TeX's mu are 1/18 em).
    static let spaces: [String: Double] = [
        ",": 0.1667, "thinspace": 0.1667, ":": 0.2222, ">": 0.2222, "medspace": 0.2222, ";": 0.2778,
        "thickspace": 0.2778, "!": -0.1667, "negthinspace": -0.1667, "negmedspace": -0.2222,
        "negthickspace": -0.2778, " ": 0.3333, "enspace": 0.5, "quad": 1, "qquad": 2,
    ]

    /// Accents: the mark, whether it goes below, and whether it stretches over a wide base.
    ///
    /// The marks are those Chromium draws well with common math fonts (checked by eye): spacing
    /// characters for accents on one letter, combining ones (U+0302, U+0303) and U+2015 where a
    /// mark must stretch, since fonts carry stretched forms for those and not for `^` or `¯`.
    static let accents: [String: (mark: String, under: Bool, stretchy: Bool?)] = [
        "hat": ("^", false, false), "widehat": ("\u{302}", false, true), "check": ("ˇ", false, false),
        "tilde": ("~", false, false), "widetilde": ("\u{303}", false, true), "acute": ("´", false, false),
        "grave": ("`", false, false), "dot": ("˙", false, false), "ddot": ("¨", false, false),
        "breve": ("˘", false, false), "bar": ("‾", false, false), "vec": ("→", false, nil),
        "mathring": ("˚", false, false), "overline": ("―", false, true), "underline": ("―", true, true),
        "overrightarrow": ("→", false, true), "overleftarrow": ("←", false, true),
        "overbrace": ("⏞", false, true), "underbrace": ("⏟", true, true),
    ]

    /// `\big` and its kin: the delimiter's height in em.
    static let delimiterSizes: [String: Double] = ["big": 1.2, "Big": 1.623, "bigg": 2.047, "Bigg": 2.470]

    /// `\bigl(` opens, `\bigr)` closes, `\bigm|` separates; a plain `\big` leaves it to the dictionary.
    private static func form(ofSized name: String) -> OperatorForm.Form? {
        switch name.last {
        case "l": .prefix
        case "r": .postfix
        case "m": .infix
        default: nil
        }
    }
}

private extension MathNode {
    /// The node struck through as `\not` strikes it: a relation's own negated character where
    /// Unicode has one (≠, ∉), else U+0338 COMBINING LONG SOLIDUS OVERLAY inside the same token
    /// element, where it overlays the character (a U+0338 in an element of its own is drawn apart).
    ///
    /// A group's first element is struck, as TeX overstrikes the next character. A lone italic
    /// letter becomes its mathematical italic character: MathML Core slants only a single
    /// character, and the letter with its overlay is two.
    var negated: MathNode {
        switch self {
        case .operator(let text, let form):
            return .operator(Self.negations[text] ?? text + "\u{338}", form)
        case .identifier(let text, let upright):
            let italic = !upright && text.unicodeScalars.count == 1 ? String(MathAlphabet.italic.styled(text.unicodeScalars.first!)) : text
            return .identifier(italic + "\u{338}", upright: upright)
        case .number(let text):
            return .number(text + "\u{338}")
        case .text(let text):
            return .text(text + "\u{338}")
        case .row(let items) where !items.isEmpty:
            return .row([items[0].negated] + items.dropFirst())
        default:
            return .row([.operator("\u{338}"), self])
        }
    }

    static let negations: [String: String] = [
        "=": "≠", "∈": "∉", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "≡": "≢", "∼": "≁", "≈": "≉",
        "⊂": "⊄", "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "∣": "∤", "∥": "∦", "→": "↛",
    ]
}

private extension String {
    /// The name without one of `suffixes` at its end, when it has one.
    func trimmingSuffix(_ suffixes: [Character]) -> String {
        guard let last, suffixes.contains(last), count > 1 else { return self }
        return String(dropLast())
    }
}
