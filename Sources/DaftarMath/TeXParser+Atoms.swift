extension TeXParser {
    /// The atom a token starts (consuming its arguments); nil for tokens that leave nothing, as
    /// `\label{…}`.
    mutating func parseAtom(_ token: TeXToken) -> Atom? {
        switch token.kind {
        case .character(let character):
            return Atom(base: characterNode(character))
        case .beginGroup:
            return Atom(base: parseGroup(openedBy: token))
        case .endGroup:
            return Atom(base: error("unbalanced brace: this } closes nothing", token))
        case .alignment:
            return Atom(base: error("& is only allowed inside an environment such as aligned or matrix", token))
        case .command(let name):
            return parseCommand(name, token)
        case .space, .superscript, .subscript:
            return nil
        }
    }

    /// A number (`3.14`, `٣.١٤`, all its digits), a letter, or a symbol typed as itself.
    private mutating func characterNode(_ character: Unicode.Scalar) -> MathNode {
        if character.isDigit || character == "." && nextCharacter?.isDigit == true {
            var number = String(character)
            var seenPoint = character == "."
            while let next = nextCharacter, next.isDigit || !seenPoint && next == "." && characterAfterNext?.isDigit == true {
                seenPoint = seenPoint || next == "."
                number.unicodeScalars.append(next)
                position += 1
            }
            return .number(number)
        }
        if character == "~" { return .space(em: 0.3333) }
        if character == ":", nextCharacter == "=" {
            // `:=` is one relation, as pandoc writes it (MathML's dictionary spaces it as one).
            position += 1
            return .operator(":=")
        }
        if let symbol = SymbolTable.symbol(character: character) { return symbolNode(symbol) }
        if character.properties.isAlphabetic || character == "/" { return .identifier(String(character)) }
        return .operator(String(character))
    }

    /// The next token's character, when it is one (a number's next digit).
    private var nextCharacter: Unicode.Scalar? {
        guard position < tokens.count, case .character(let next) = tokens[position].kind else { return nil }
        return next
    }

    /// The character after that, to tell a decimal point from a full stop.
    private var characterAfterNext: Unicode.Scalar? {
        guard position + 1 < tokens.count, case .character(let next) = tokens[position + 1].kind else { return nil }
        return next
    }

    /// The element of a symbol from the symbol table.
    func symbolNode(_ symbol: SymbolTable.Symbol) -> MathNode {
        switch symbol.kind {
        case .identifier: .identifier(symbol.text)
        case .upright: .identifier(symbol.text, upright: true)
        case .operator, .largeOperator: .operator(symbol.text)
        case .opening: .operator(symbol.text, OperatorForm(form: .prefix, stretchy: false))
        case .closing: .operator(symbol.text, OperatorForm(form: .postfix, stretchy: false))
        case .fence: .operator(symbol.text, OperatorForm(stretchy: false))
        }
    }

    /// The content of `{…}` after its `{`, as a row; an error quoting the rest of the formula
    /// when the group is never closed.
    mutating func parseGroup(openedBy token: TeXToken) -> MathNode {
        let (items, stop) = parseRow(until: [.endGroup])
        guard stop == .endGroup else {
            return error("unbalanced brace: this { is never closed", from: token.range.lowerBound, to: source.count)
        }
        return .row(items)
    }

    /// The argument of a command or script: a group, or else the next single token (one digit of
    /// a number, as TeX takes `\frac12` to be ½).
    mutating func parseArgument(after command: TeXToken) -> MathNode {
        guard enterNesting() else { return .row([]) }
        defer { depth -= 1 }
        skipSpaces()
        guard position < tokens.count else { return missingArgument(after: command) }
        let next = tokens[position]
        switch next.kind {
        case .beginGroup:
            position += 1
            return parseGroup(openedBy: next)
        case .endGroup, .alignment, .superscript, .subscript, .command("\\"), .command("end"), .command("right"):
            return missingArgument(after: command)
        case .character(let character) where character.isDigit:
            position += 1
            return .number(String(character))
        default:
            position += 1
            return parseAtom(next)?.base ?? .row([])
        }
    }

    /// An error quoting the command whose argument is missing.
    private mutating func missingArgument(after command: TeXToken) -> MathNode {
        error("missing argument after \(String(decoding: source[command.range], as: UTF8.self))", command)
    }

    /// Moves past spaces, which math ignores.
    mutating func skipSpaces() {
        while position < tokens.count, tokens[position].kind == .space { position += 1 }
    }
}

extension Unicode.Scalar {
    /// A decimal digit of any script: ASCII's, and the Arabic-Indic digits (٠–٩, ۰–۹) that Arabic
    /// and Persian notebooks write numbers with, which are as much one number's digits.
    var isDigit: Bool { properties.numericType == .decimal }
}
