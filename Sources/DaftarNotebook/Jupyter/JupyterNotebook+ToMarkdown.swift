/// A Jupyter notebook as a Daftar Markdown notebook, as `quarto convert` writes a `.qmd`: front
/// matter from a first raw cell of YAML (else from the metadata's title and authors), Markdown
/// cells as they are, Swift cells as `swift` fences with their option lines as `//|`, code in
/// other languages as fences that are shown and never run, raw cells as raw blocks. Outputs are
/// dropped: rendering runs the Swift cells again. A Swift cell's id stays as Quarto's `id` option
/// where Daftar would not give it that name anyway.
extension JupyterNotebook {
    /// The Markdown text; warnings for what does not carry over (other languages' code cells,
    /// attachments) are appended to `diagnostics`.
    public func markdown(diagnostics: inout [Diagnostic]) -> String {
        var parts: [String] = []
        var cells = self.cells[...]
        if let first = cells.first, let yaml = first.frontMatterText {
            parts.append(yaml.trimmingTrailingNewlines)
            cells = cells.dropFirst()
        } else if let yaml = frontMatterFromMetadata {
            parts.append(yaml)
        }
        let isSwift = language == "swift"
        var otherLanguageCells: [JupyterCell] = []
        for cell in cells {
            let text = cell.source.text.trimmingTrailingNewlines
            switch cell.kind {
            case .markdown:
                if !cell.attachments.isEmpty {
                    diagnostics.append(Diagnostic(.warning, "this Markdown cell's attachments (\(cell.attachments.keys.sorted().joined(separator: ", "))) are not kept; "
                        + "save them beside the notebook and link them by file name", at: cell.location))
                }
                if !text.isEmpty { parts.append(text) }
            case .raw:
                guard let format = cell.rawFormat, format != "markdown" else {
                    if !text.isEmpty { parts.append(text) }
                    continue
                }
                parts.append(Self.fenced(text, info: "{=\(format)}"))
            case .code:
                if isSwift {
                    let idLine = keptID(of: cell).map { "//| id: \($0)\n" } ?? ""
                    parts.append(Self.fenced(idLine + Self.swiftOptionLines(text), info: "swift"))
                } else {
                    otherLanguageCells.append(cell)
                    parts.append(Self.fenced(text, info: language))
                }
            }
        }
        if let first = otherLanguageCells.first {
            let count = otherLanguageCells.count
            diagnostics.append(Diagnostic(.warning, "\(count) \(language) code cell\(count == 1 ? " becomes a fence that is" : "s become fences that are") "
                + "shown and never run: Daftar runs Swift cells only", at: first.location))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// Front matter made of the metadata's `title` and `authors`, as YAML; nil when it has neither.
    private var frontMatterFromMetadata: String? {
        let frontMatter = FrontMatter.fromJupyterMetadata(metadata)
        var lines: [String] = []
        if let title = frontMatter.title { lines.append("title: \(JSONWriter.text(.text(title)).dropLast())") }
        if !frontMatter.authors.isEmpty {
            lines.append("author: [" + frontMatter.authors.map { String(JSONWriter.text(.text($0)).dropLast()) }.joined(separator: ", ") + "]")
        }
        if let lang = frontMatter.lang { lines.append("lang: \(JSONWriter.text(.text(lang)).dropLast())") }
        return lines.isEmpty ? nil : (["---"] + lines + ["---"]).joined(separator: "\n")
    }

    /// A Swift cell's id, when an `id` option must keep it: not when the cell has none or says it
    /// already, nor when it is what `daftar convert --to ipynb` writes for the cell (its label, or
    /// the name made from its code, with a repeat's number), so that `md → ipynb → md` adds nothing.
    private func keptID(of cell: JupyterCell) -> String? {
        guard let id = cell.id else { return nil }
        var ignored: [Diagnostic] = []
        let (options, code) = cell.optionsAndCode(language: "swift", diagnostics: &ignored) { _, _ in cell.location }
        guard options.id == nil, id != options.label.map({ Self.cellID(NodeID($0)) }) else { return nil }
        let derived = NodeID.derived(prefix: "cell", code: code).rawValue
        let repeatNumber = id.hasPrefix(derived + "-") ? id.dropFirst(derived.count + 1) : nil
        return id == derived || repeatNumber.map({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) == true ? nil : id
    }

    /// A Swift cell's leading `#|` option lines written as Daftar's `//|`.
    static func swiftOptionLines(_ code: String) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            if lines[index].hasPrefix("#|") {
                lines[index] = "//|" + lines[index].dropFirst(2)
            } else if !lines[index].hasPrefix("//|") {
                break
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `code` in a fence of backticks longer than any run of backticks that starts one of its lines.
    static func fenced(_ code: String, info: String) -> String {
        let longest = code.split(separator: "\n").map { (line: Substring) in line.drop { $0 == " " }.prefix { $0 == "`" }.count }.max() ?? 0
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)\(info)\n\(code)\(code.isEmpty ? "" : "\n")\(fence)"
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var text = Substring(self)
        while text.last == "\n" || text.last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
