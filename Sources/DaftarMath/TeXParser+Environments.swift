extension TeXParser {
    /// What an environment looks like: its brackets, column alignments and style.
    struct Environment {
        var open = "", close = ""
        /// The alignment of each column, the last one repeated for columns beyond.
        var columns: [ColumnAlignment] = [.center]
        /// Whether cells are in display style (`aligned`) or text style (matrices, `cases`).
        var display = false
        /// `aligned`: columns alternate right and left, so that `&=` lines up relations.
        var alternating = false
        /// `equation`: one formula, no rows or columns (`&` and `\\\\` are errors, as in TeX).
        var single = false

        /// The environments Daftar converts, by name.
        static let known: [String: Environment] = [
            "matrix": Environment(), "smallmatrix": Environment(),
            "pmatrix": Environment(open: "(", close: ")"), "bmatrix": Environment(open: "[", close: "]"),
            "Bmatrix": Environment(open: "{", close: "}"), "vmatrix": Environment(open: "|", close: "|"),
            "Vmatrix": Environment(open: "‖", close: "‖"),
            "cases": Environment(open: "{", columns: [.left]),
            "aligned": Environment(display: true, alternating: true), "align": Environment(display: true, alternating: true),
            "align*": Environment(display: true, alternating: true), "split": Environment(display: true, alternating: true),
            "gathered": Environment(display: true), "gather": Environment(display: true), "gather*": Environment(display: true),
            "array": Environment(),
            // The numbered environments LaTeX and MathJax accept outside `$$` (numbers are not drawn:
            // pandoc draws none either). `multline` centres every row and `eqnarray` is right,
            // centre, left, as texmath writes them.
            "equation": Environment(display: true, single: true), "equation*": Environment(display: true, single: true),
            "multline": Environment(display: true), "multline*": Environment(display: true),
            "eqnarray": Environment(columns: [.right, .center, .left], display: true),
            "eqnarray*": Environment(columns: [.right, .center, .left], display: true),
        ]

        /// How the column at `index` is aligned.
        func alignment(ofColumn index: Int) -> ColumnAlignment {
            if alternating { return index.isMultiple(of: 2) ? .right : .left }
            return columns[min(index, columns.count - 1)]
        }
    }

    /// `\begin{name} … \end{name}`: a table of cells separated by `&` and `\\`, inside the
    /// environment's brackets; an error quoting the whole environment when it is unknown.
    mutating func parseEnvironment(_ begin: TeXToken) -> MathNode {
        let start = begin.range.lowerBound
        guard let name = readName() else { return error("\\begin needs an environment name in braces", begin) }
        guard var environment = Environment.known[name] else {
            skipToEnd(of: name)
            return error("unknown environment {\(name)}", from: start, to: endOfLastToken)
        }
        if name == "array" {
            guard let spec = readName() else {
                return error("\\begin{array} needs its column alignments, as {cc}", from: start, to: endOfLastToken)
            }
            environment.columns = spec.unicodeScalars.compactMap { ["l": .left, "c": .center, "r": .right][$0] }
            if environment.columns.isEmpty { environment.columns = [.center] }
        }
        let saved = display
        display = environment.display
        defer { display = saved }
        if environment.single { return parseSingleFormula(name, from: start) }
        var rows: [[MathNode]] = [[]]
        while true {
            let (cell, stop) = parseRow(until: [.alignment, .rowBreak, .endEnvironment])
            rows[rows.count - 1].append(.row(cell))
            switch stop {
            case .alignment:
                continue
            case .rowBreak:
                skipOptionalSpacing()
                rows.append([])
            case .endEnvironment:
                let endToken = tokens[position - 1]
                let closing = readName()
                if closing != name {
                    // The whole environment, so that its cells are not lost from the formula.
                    return error("\\begin{\(name)} is closed by \\end{\(closing ?? "")}", from: start, to: endOfLastToken,
                                 at: endToken.range.lowerBound)
                }
                // A `\\` after the last row starts no row.
                if rows.count > 1, rows.last == [.row([])] { rows.removeLast() }
                let columnCount = rows.map(\.count).max() ?? 0
                let table = MathNode.table(rows: rows, columns: (0..<columnCount).map(environment.alignment(ofColumn:)),
                                           display: environment.display)
                return .row(MathNode.fence(environment.open, .prefix) + [table] + MathNode.fence(environment.close, .postfix))
            default:
                return error("\\begin{\(name)} is never closed by \\end{\(name)}", from: start, to: source.count)
            }
        }
    }

    /// The body of `equation`: one row up to `\\end{name}`; a `&` or `\\\\` in it is an error, as in TeX.
    private mutating func parseSingleFormula(_ name: String, from start: Int) -> MathNode {
        let (row, stop) = parseRow(until: [.alignment, .rowBreak, .endEnvironment])
        switch stop {
        case .endEnvironment:
            let endToken = tokens[position - 1]
            let closing = readName()
            guard closing == name else {
                return error("\\begin{\(name)} is closed by \\end{\(closing ?? "")}", from: start, to: endOfLastToken,
                             at: endToken.range.lowerBound)
            }
            return .row(row)
        case .alignment, .rowBreak:
            let token = tokens[position - 1]
            skipToEnd(of: name)
            return error("{\(name)} holds one formula: `&` and `\\\\` need {align} or {gather}", from: start, to: endOfLastToken,
                         at: token.range.lowerBound)
        default:
            return error("\\begin{\(name)} is never closed by \\end{\(name)}", from: start, to: source.count)
        }
    }

    /// The letters of `{name}` after `\begin` or `\end`, consumed; nil without braces, and
    /// then nothing is consumed.
    mutating func readName() -> String? {
        var index = position
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
        guard index < tokens.count, tokens[index].kind == .beginGroup else { return nil }
        var name = ""
        index += 1
        while index < tokens.count {
            switch tokens[index].kind {
            case .endGroup:
                position = index + 1
                return name
            case .character(let character):
                name.unicodeScalars.append(character)
            default:
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Skips past `\end{name}` (or to the end), for an environment shown as an error.
    private mutating func skipToEnd(of name: String) {
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            if token.kind == .command("end"), readName() == name { return }
        }
    }

    /// `\\[4pt]`: the extra space after a row, which tables here do without.
    private mutating func skipOptionalSpacing() {
        guard position < tokens.count, tokens[position].kind == .character("[") else { return }
        while position < tokens.count, tokens[position].kind != .character("]") { position += 1 }
        position = min(position + 1, tokens.count)
    }
}
