/// TeX's infix fractions and operator names made of anything: `{n \choose k}`, `{a \over b}`,
/// `{a \atop b}`, `\mathop{…}`, and `\operatorname{ReLU6}` as one name.
extension TeXParser {
    /// The rest of the group after `\choose`, `\over` or `\atop` as the denominator of a fraction
    /// whose numerator is the group so far: `{n \choose k}` is ⎛n k⎞ as `\binom{n}{k}` is.
    mutating func parseInfixFraction(_ token: TeXToken, numerator: [MathNode], until stops: Set<Stop>) -> ([MathNode], Stop?) {
        let (denominator, stop) = parseRow(until: stops)
        let fraction = MathNode.fraction(numerator: .row(numerator), denominator: .row(denominator), rule: token.kind == .command("over"))
        guard token.kind == .command("choose") else { return ([fraction], stop) }
        return ([.row([
            .operator("(", OperatorForm(form: .prefix, stretchy: true)),
            fraction,
            .operator(")", OperatorForm(form: .postfix, stretchy: true)),
        ])], stop)
    }

    /// `\mathop{…}`: its argument made one operator that takes limits in display style
    /// (`\mathop{\mathrm{arg\,min}}_x`); a single symbol stays that symbol (`\mathop{\sum}`).
    mutating func parseMathOperator(_ token: TeXToken) -> Atom {
        let argument = parseArgument(after: token)
        if case .operator = argument {
            return Atom(base: argument, limits: .inDisplay, isLargeOperator: true)
        }
        return Atom(base: argument.operatorName(), limits: .inDisplay, isFunction: true)
    }
}

extension MathNode {
    /// An operator's name as `\operatorname` sets it: upright, and letters and digits run
    /// together into one `<mi>` (`ReLU6`, `log2`), as pandoc keeps them one `<mo>`.
    func operatorName() -> MathNode {
        guard case .row(let items) = upright() else { return upright() }
        var merged: [MathNode] = []
        for item in items {
            switch (merged.last, item) {
            case (.identifier(let previous, _)?, .identifier(let text, _)), (.identifier(let previous, _)?, .number(let text)):
                merged[merged.count - 1] = .identifier(previous + text, upright: true)
            default:
                merged.append(item)
            }
        }
        return .row(merged)
    }
}
