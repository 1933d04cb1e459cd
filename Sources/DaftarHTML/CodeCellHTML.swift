import DaftarNotebook

/// A code cell in the report: its code as `echo` says, then its outputs; a `fig-` label makes it
/// a numbered figure with its caption below, a `tbl-` label a numbered table with its caption above
/// (Quarto's computed figures and tables).
struct CodeCellHTML {
    let localization: Localization
    let safe: Bool
    /// The colours of the terminal text in the cells' outputs so far, for the page's stylesheet.
    private(set) var ansi = ANSIText()

    init(localization: Localization, safe: Bool) {
        self.localization = localization
        self.safe = safe
    }

    /// The cell's HTML, or nil when it shows nothing.
    mutating func html(for cell: CodeCell) -> String? {
        let result = cell.result
        var parts = shownCode(CodeBlockHTML.cell(cell.code, language: cell.language), options: cell.options)
        var outputs = ""
        if let result {
            var renderer = CellOutputHTML(safe: safe, localization: localization, asIs: cell.options.output == .asIs, ansi: ansi)
            defer { ansi = renderer.ansi }
            // `output: false` hides what the cell printed and displayed, never why it failed.
            // `warning: false` hides standard error, as Quarto hides a cell's warnings.
            for output in result.outputs where (cell.options.output != .hidden || output.isError)
                && (cell.options.warning || !output.isStandardError) {
                outputs += renderer.html(output)
            }
            if let reason = notRunReason(result.status) {
                outputs += "<div class=\"cell-output cell-output-not-run\">\n<p>\(HTMLEscaping.escape(reason))</p>\n</div>\n"
            }
        }
        // A figure or table needs something to show: a cell not run keeps its label as the cell's id.
        let float: (word: String, number: Int, isTable: Bool)? = outputs.isEmpty ? nil
            : cell.figureNumber.map { (localization.figure, $0, false) } ?? cell.tableNumber.map { (localization.table, $0, true) }
        if let float, let label = cell.options.label {
            let caption = "<figcaption>" + HTMLEscaping.escape("\(float.word) \(float.number)" + (cell.options.caption.map { ": \($0)" } ?? ""))
                + "</figcaption>\n"
            let alt = cell.options.alt.map { " aria-label=\"\(HTMLEscaping.escape($0))\"" } ?? ""
            let kind = float.isTable ? " class=\"table\"" : ""
            outputs = "<figure id=\"\(HTMLEscaping.escape(label))\"\(kind)\(alt)>\n" + (float.isTable ? caption + outputs : outputs + caption) + "</figure>\n"
        }
        parts += outputs
        guard !parts.isEmpty else { return nil }
        // A Jupyter cell's id is its anchor as nbconvert writes it: `cell-id=` keeps it apart from every
        // author's `{#id}` (whose `=` ends it) and generated heading id.
        let anchor = cell.options.label ?? cell.jupyterID.map { "cell-id=" + $0 }
        let id = float == nil ? anchor.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? "" : ""
        return "<div class=\"cell\"\(id)>\n\(parts)</div>"
    }
}

extension CodeCellHTML {
    /// A Quarto cell of another language, shown and never run: its code as its `#|` options say
    /// (`echo`, `include`, `code-fold`, `code-summary`); nil when it shows nothing.
    func html(forShown block: MarkdownCodeBlock) -> String? {
        let code = shownCode(CodeBlockHTML.html(for: block), options: block.cellOptions ?? CellOptions())
        return code.isEmpty ? nil : code
    }

    /// Code as `echo` shows it: as it is, folded under a summary (Quarto's `code-fold`), or not at all.
    private func shownCode(_ codeHTML: String, options: CellOptions) -> String {
        switch options.echo {
        case .hidden: return ""
        case .shown: return codeHTML
        case .folded, .foldedOpen:
            let open = options.echo == .foldedOpen ? " open" : ""
            let summary = HTMLEscaping.escape(options.codeSummary ?? localization.code)
            return "<details\(open)>\n<summary>\(summary)</summary>\n\(codeHTML)</details>\n"
        }
    }
}

private extension CodeCellHTML {
    /// Why a cell has no outputs, when it did not run.
    func notRunReason(_ status: CellResult.Status) -> String? {
        switch status {
        case .notRun: localization.notRun
        case .notCompiled: localization.notCompiled
        case .ok, .failed, .timedOut, .skipped: nil
        }
    }
}

private extension CellOutput {
    var isError: Bool {
        if case .error = self { true } else { false }
    }

    var isStandardError: Bool {
        if case .stream(.stderr, _, _) = self { true } else { false }
    }
}
