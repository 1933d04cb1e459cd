extension MathNode {
    /// The formula with its letters and digits in `alphabet` (`\mathbf{x_i}` makes both bold,
    /// `\textbf{}` its words).
    func styled(_ alphabet: MathAlphabet) -> MathNode {
        func restyle(_ text: String) -> String {
            var styled = ""
            for scalar in text.unicodeScalars { styled.unicodeScalars.append(alphabet.styled(scalar)) }
            return styled
        }
        switch self {
        // An upright letter the alphabet has no style for (`\mathcal{\Gamma}`) stays upright.
        case .identifier(let text, let upright): return .identifier(restyle(text), upright: upright)
        case .number(let text): return .number(restyle(text))
        case .text(let text): return .text(restyle(text))
        default: return mapChildren { $0.styled(alphabet) }
        }
    }

    /// The formula with its letters upright, as `\mathrm` and `\operatorname` set them: a run of
    /// letters becomes one `<mi>` (`\mathrm{ReLU}` is one name), a single letter `mathvariant="normal"`.
    func upright() -> MathNode {
        switch self {
        case .identifier(let text, _):
            return .identifier(text, upright: true)
        case .row(let items):
            var merged: [MathNode] = []
            for item in items.map({ $0.upright() }) {
                if case .identifier(let text, _) = item, case .identifier(let previous, _)? = merged.last {
                    merged[merged.count - 1] = .identifier(previous + text, upright: true)
                } else {
                    merged.append(item)
                }
            }
            return .row(merged)
        default:
            return mapChildren { $0.upright() }
        }
    }

    /// The node with `transform` applied to each child.
    private func mapChildren(_ transform: (MathNode) -> MathNode) -> MathNode {
        switch self {
        case .identifier, .number, .operator, .text, .space, .error:
            return self
        case .row(let items):
            return .row(items.map(transform))
        case .style(let display, let content):
            return .style(display: display, transform(content))
        case .fraction(let numerator, let denominator, let rule):
            return .fraction(numerator: transform(numerator), denominator: transform(denominator), rule: rule)
        case .radical(let radicand, let index):
            return .radical(transform(radicand), index: index.map(transform))
        case .scripts(let base, let sub, let sup):
            return .scripts(base: transform(base), sub: sub.map(transform), sup: sup.map(transform))
        case .limits(let base, let under, let over, let accent):
            return .limits(base: transform(base), under: under.map(transform), over: over.map(transform), accent: accent)
        case .table(let rows, let columns, let display):
            return .table(rows: rows.map { $0.map(transform) }, columns: columns, display: display)
        }
    }
}
