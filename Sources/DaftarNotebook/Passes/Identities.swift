/// Gives every code cell and inline expression its identity as the notebook is read: a cell its
/// `label`, else a name made from its code; an expression a name made from its code. Repeats get
/// `-2`, `-3`…; two cells with one label are an error, since their results could not be told apart.
struct Identities: NotebookRewriter {
    private var taken: Set<NodeID> = []
    /// The last repeat number given to each name, so that the ten-thousandth `{swift} 1` is not
    /// checked against the nine thousand nine hundred ninety-nine before it.
    private var lastRepeat: [NodeID: Int] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Names `notebook`'s cells and expressions; labels are claimed first, so that a derived name
    /// never takes a label.
    static func assign(_ notebook: Notebook, diagnostics: inout [Diagnostic]) -> Notebook {
        var pass = Identities()
        var labelled: [String: SourceLocation] = [:]
        for case .code(let cell) in notebook.cells {
            guard let label = cell.options.label else { continue }
            if let first = labelled[label] {
                pass.diagnostics.append(Diagnostic(.error, "two cells have the label `\(label)`; labels must be unique",
                                                   at: cell.location, notes: [Diagnostic.Note("the first is here", at: first)]))
            } else {
                labelled[label] = cell.location
                pass.taken.insert(NodeID(label))
            }
        }
        let named = pass.rewrite(notebook)
        diagnostics += pass.diagnostics
        return named
    }

    mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell else { return rewritingChildren(of: cell) }
        code.id = code.options.label.map { NodeID($0) } ?? unique(.derived(prefix: "cell", code: code.code))
        return .code(code)
    }

    mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .expression(var expression) = inline else { return [rewritingChildren(of: inline)] }
        expression.id = unique(.derived(prefix: "expr", code: expression.code))
        return [.expression(expression)]
    }

    private mutating func unique(_ base: NodeID) -> NodeID {
        var repeats = lastRepeat[base, default: 1]
        var candidate = repeats == 1 ? base : NodeID("\(base.rawValue)-\(repeats)")
        while taken.contains(candidate) {
            repeats += 1
            candidate = NodeID("\(base.rawValue)-\(repeats)")
        }
        lastRepeat[base] = repeats
        taken.insert(candidate)
        return candidate
    }
}
