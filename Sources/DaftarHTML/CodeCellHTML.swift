import DaftarNotebook

/// A code cell as the report shows it before it is run: its code, highlighted, following `echo`.
enum CodeCellHTML {
    /// The cell's HTML, or nil when it shows nothing (`echo: false` and no output yet).
    static func html(for cell: CodeCell, localization: Localization) -> String? {
        let code = CodeBlockHTML.swift(cell.code)
        let shown: String
        switch cell.options.echo {
        case .hidden: return nil
        case .shown: shown = code
        case .folded: shown = "<details>\n<summary>\(HTMLEscaping.escape(localization.code))</summary>\n\(code)</details>\n"
        }
        let id = cell.options.label.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        return "<div class=\"cell\"\(id)>\n\(shown)</div>"
    }
}
