/// Parses TeX math into a `MathNode` tree: rows of atoms, each with its scripts.
///
/// Recursive descent over the lexer's tokens. It never stops at an error: the offending TeX
/// becomes an `.error` node and a warning, and parsing goes on after it.
struct TeXParser {
    /// What ends a row besides the end of the formula.
    enum Stop: Hashable {
        /// `}`, closing a group.
        case endGroup
        /// `\right`, closing `\left`.
        case right
        /// `&`, `\\` and `\end`, inside environments.
        case alignment, rowBreak, endEnvironment
        /// `]`, closing the index of `\sqrt[n]`.
        case closingBracket
        /// `$`, closing math inside `\text{}`.
        case dollar
    }

    /// An atom whose scripts may still follow.
    struct Atom {
        /// Where an atom's scripts go.
        enum Limits {
            /// Beside the base: letters, `\int`, `\sin`, and any atom after `\nolimits`.
            case never
            /// Below and above in display style, beside in text style: `∑`, `\max`.
            case inDisplay
            /// Below and above in both styles: `\underbrace`, `\overbrace`, and any atom after `\limits`.
            case always
        }

        var base: MathNode
        var limits = Limits.never
        /// A function's name, after which U+2061 marks the application to its argument.
        var isFunction = false
        /// `∑`, `∫`…: an operator that starts a function's argument (`\log \sum_i x_i`).
        var isLargeOperator = false
        var sub: MathNode?
        var sup: MathNode?
        var primes = 0
    }

    let tokens: [TeXToken]
    let source: [UInt8]
    var position = 0
    /// Whether the current row is in display style: limits go below and above.
    var display: Bool
    var warnings: [MathWarning] = []
    var depth = 0
    /// Where nesting first went deeper than the parser follows, if it did.
    private var tooDeep: Int?
    private static let maximumDepth = 64

    init(_ tex: String, display: Bool) {
        tokens = TeXLexer(tex).tokens()
        source = Array(tex.utf8)
        self.display = display
    }

    /// The whole formula as a row, with what went wrong.
    mutating func parseFormula() -> MathNode {
        // With no stops, the row runs to the end of the formula.
        let (items, _) = parseRow(until: [])
        if let tooDeep {
            // One error for the whole formula, rather than one for each group left open.
            warnings = [MathWarning("the formula is nested too deeply", offset: tooDeep)]
            return .error(String(decoding: source, as: UTF8.self))
        }
        return .row(items)
    }

    /// Parses atoms until one of `stops` (consumed and returned) or the end (nil).
    mutating func parseRow(until stops: Set<Stop>) -> ([MathNode], Stop?) {
        guard enterNesting() else { return ([], nil) }
        defer { depth -= 1 }
        var items: [MathNode] = []
        var pending: Atom?
        while position < tokens.count {
            let token = tokens[position]
            if let stop = stop(for: token.kind), stops.contains(stop) {
                position += 1
                flush(&pending, into: &items)
                return (items, stop)
            }
            position += 1
            switch token.kind {
            case .space:
                continue
            case .superscript, .subscript:
                attachScript(token, to: &pending, in: &items)
            case .character("'"):
                if pending == nil { pending = Atom(base: .row([])) }
                pending!.primes += 1
            case .command("displaystyle"), .command("textstyle"):
                flush(&pending, into: &items)
                let saved = display
                display = token.kind == .command("displaystyle")
                let (rest, stop) = parseRow(until: stops)
                items.append(.style(display: display, .row(rest)))
                display = saved
                return (items, stop)
            case .command("choose"), .command("over"), .command("atop"):
                flush(&pending, into: &items)
                return parseInfixFraction(token, numerator: items, until: stops)
            case .command("limits"), .command("nolimits"):
                if pending != nil {
                    pending!.limits = token.kind == .command("limits") ? .always : .never
                } else {
                    items.append(error("\\limits and \\nolimits must follow an operator", token))
                }
            default:
                guard let atom = parseAtom(token) else { continue }
                if let previous = pending {
                    flush(&pending, into: &items)
                    if previous.isFunction, !atom.base.isOperator || atom.base.isOpening || atom.isLargeOperator {
                        items.append(.functionApplication(rightSpace: atom.base.isOpening ? nil : 0.1667))
                    } else if atom.isFunction, previous.base.isSpacedFromOperatorName {
                        // TeX's thin space between an ordinary atom or a closing bracket and an operator
                        // name; an `<mi>` has none of its own (`\exp(x)\max` ran together).
                        items.append(.space(em: 0.1667))
                    }
                }
                pending = atom
            }
        }
        flush(&pending, into: &items)
        return (items, nil)
    }

    /// Goes one level deeper (a row, or a command's argument), unless that is too deep: then the
    /// formula's remaining tokens are dropped and the formula becomes one error.
    mutating func enterNesting() -> Bool {
        guard depth < Self.maximumDepth else {
            tooDeep = tooDeep ?? tokens[min(position, tokens.count - 1)].range.lowerBound
            position = tokens.count
            return false
        }
        depth += 1
        return true
    }

    /// What a token would stop, if a row were waiting for it.
    private func stop(for kind: TeXToken.Kind) -> Stop? {
        switch kind {
        case .endGroup: .endGroup
        case .command("right"): .right
        case .alignment: .alignment
        case .command("\\"), .command("cr"): .rowBreak
        case .command("end"): .endEnvironment
        case .character("]"): .closingBracket
        case .character("$"): .dollar
        default: nil
        }
    }

    /// Attaches the script that `^` or `_` introduces to the pending atom (an empty one if none).
    ///
    /// A second script of the same kind (`x^a^b`, which TeX refuses) ends the atom: the atom and
    /// the error go into the row and the script starts a fresh atom with an empty base, so that
    /// a chain of them stays flat instead of nesting one level deeper per script.
    private mutating func attachScript(_ token: TeXToken, to pending: inout Atom?, in items: inout [MathNode]) {
        if pending == nil { pending = Atom(base: .row([])) }
        let isSuperscript = token.kind == .superscript
        let saved = display
        display = false
        let argument = parseArgument(after: token)
        display = saved
        if isSuperscript ? pending!.sup != nil : pending!.sub != nil {
            flush(&pending, into: &items)
            items.append(error(isSuperscript ? "double superscript" : "double subscript", token))
            pending = Atom(base: .row([]))
        }
        if isSuperscript { pending!.sup = argument } else { pending!.sub = argument }
    }

    /// Appends the pending atom, scripts and all, to the row.
    private func flush(_ pending: inout Atom?, into items: inout [MathNode]) {
        if let atom = pending { items += nodes(atom) }
        pending = nil
    }

    /// The elements an atom with its scripts becomes: limits in display style for operators that
    /// take them, scripts beside the base otherwise.
    ///
    /// A prime with no superscript follows its base as a sibling, as pandoc writes it: its glyph
    /// already sits at superscript height, and browsers raise it a second time inside `<msup>`.
    private func nodes(_ atom: Atom) -> [MathNode] {
        var sup = atom.sup
        var trailingPrimes: [MathNode] = []
        if atom.primes > 0 {
            // Unicode has primes up to the quadruple ⁗; more are written ⁗ then the rest, as pandoc does.
            let primes = stride(from: atom.primes, to: 0, by: -4).map { MathNode.identifier(["′", "″", "‴", "⁗"][min($0, 4) - 1]) }
            if let script = sup {
                sup = .row(primes + [script])
            } else if atom.sub != nil {
                sup = .row(primes)
            } else {
                trailingPrimes = primes
            }
        }
        var node = atom.base
        if atom.sub != nil || sup != nil {
            let takesLimits = atom.limits == .always || atom.limits == .inDisplay && display
            node = takesLimits ? .limits(base: atom.base, under: atom.sub, over: sup) : .scripts(base: atom.base, sub: atom.sub, sup: sup)
        }
        return [node] + trailingPrimes
    }

    /// An error node quoting one token, with its warning.
    mutating func error(_ message: String, _ token: TeXToken) -> MathNode {
        error(message, from: token.range.lowerBound, to: token.range.upperBound)
    }

    /// An error node quoting the formula's bytes `start..<end`, with a warning at `offset`
    /// (the offending token, when the quote starts at the construct it spoils), else at `start`.
    mutating func error(_ message: String, from start: Int, to end: Int, at offset: Int? = nil) -> MathNode {
        warnings.append(MathWarning(message, offset: offset ?? start))
        return .error(String(decoding: source[start..<end], as: UTF8.self))
    }

    /// Where the last consumed token ends.
    var endOfLastToken: Int {
        position > 0 ? tokens[position - 1].range.upperBound : 0
    }
}
