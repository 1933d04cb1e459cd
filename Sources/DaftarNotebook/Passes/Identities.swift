/// Gives every code cell and inline expression its identity as the notebook is read: a cell its
/// `label`, else its Jupyter cell id, else a name made from its code; an expression a name made
/// from its code. Repeats get `-2`, `-3`…; two cells with one label are an error, since their
/// results could not be told apart.
struct Identities: NotebookRewriter {
    private var taken: Set<NodeID> = []
    /// The Jupyter cell ids that name their cells: each one's first cell without a label takes it.
    private var givenIDs: Set<String> = []
    /// The last repeat number given to each name, so that the ten-thousandth `{swift} 1` is not
    /// checked against the nine thousand nine hundred ninety-nine before it.
    private var lastRepeat: [NodeID: Int] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Names `notebook`'s cells and expressions; labels are claimed first, then Jupyter cell ids
    /// (one that is another cell's label is a warning, and left), so that a derived name takes neither.
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
        var given: [String: SourceLocation] = [:]
        for case .code(let cell) in notebook.cells where cell.options.label == nil {
            guard let id = cell.jupyterID else { continue }
            if let labelled = labelled[id] {
                pass.diagnostics.append(Diagnostic(.warning, "the cell id `\(id)` is another cell's label; this cell is named from its code",
                                                   at: cell.location, notes: [Diagnostic.Note("the label is here", at: labelled)]))
            } else if let first = given[id] {
                pass.diagnostics.append(Diagnostic(.warning, "two cells have the id `\(id)`; the second is named from its code",
                                                   at: cell.location, notes: [Diagnostic.Note("the first is here", at: first)]))
            } else {
                given[id] = cell.location
                pass.givenIDs.insert(id)
                pass.taken.insert(NodeID(id))
            }
        }
        let named = pass.rewrite(notebook)
        diagnostics += pass.diagnostics
        return named
    }

    mutating func rewrite(cell: Cell) -> Cell {
        guard case .code(var code) = cell else { return rewritingChildren(of: cell) }
        if let label = code.options.label {
            code.id = NodeID(label)
        } else if let id = code.jupyterID, givenIDs.remove(id) != nil {
            code.id = NodeID(id)
        } else {
            code.jupyterID = nil
            code.id = unique(.derived(prefix: "cell", code: code.code))
        }
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
