import DaftarKernelProtocol

/// A Markdown notebook as a Jupyter notebook of Swift cells, as `quarto convert` writes one: the
/// front matter in a first raw cell, the prose between code cells as Markdown cells (fences in
/// other languages stay in them), each Swift cell with its `//|` option lines at its top and the
/// outputs its run produced.
extension JupyterNotebook {
    /// Converts `notebook`, read from `source`, with the results of running it (nil: no outputs).
    public init(converting notebook: Notebook, source: SourceFile, results: NotebookResults?) {
        var cells: [JupyterCell] = []
        var ids = Set<String>()
        func unique(_ base: String) -> String {
            var candidate = base, repeats = 1
            while !ids.insert(candidate).inserted {
                repeats += 1
                candidate = "\(base.prefix(60))-\(repeats)"
            }
            return candidate
        }
        var cursor = 1
        if let lines = notebook.frontMatter.lines {
            let text = lines.map { String(source.line($0)) }.joined(separator: "\n")
            cells.append(JupyterCell(kind: .raw, id: unique("front-matter"), source: JupyterText(text)))
            cursor = lines.upperBound + 1
        }
        func prose(upTo end: Int) {
            let lines = (cursor..<max(cursor, end)).map { String(source.line($0)) }
            let text = lines.drop { $0.allSatisfy(\.isWhitespace) }.reversed().drop { $0.allSatisfy(\.isWhitespace) }.reversed()
            guard !text.isEmpty else { return }
            let markdown = text.joined(separator: "\n")
            cells.append(JupyterCell(kind: .markdown, id: unique(NodeID.derived(prefix: "md", code: markdown).rawValue), source: JupyterText(markdown)))
        }
        var executionCount = 0
        for case .code(let cell) in notebook.cells {
            prose(upTo: cell.location.line)
            let indent = cell.location.column - 1
            let optionLines = (cell.location.line + 1..<cell.codeLine).map { String(source.line($0).dropFirst(indent)) }
            let body = cell.code.hasSuffix("\n") ? String(cell.code.dropLast()) : cell.code
            let code = (optionLines + (body.isEmpty && !optionLines.isEmpty ? [] : [body])).joined(separator: "\n")
            // Quarto's `id` option, where the cell has one, else its identity.
            var jupyter = JupyterCell(kind: .code, id: unique(cell.jupyterID ?? Self.cellID(cell.id)), source: JupyterText(code))
            if let result = results?.result(for: cell.id) {
                jupyter.outputs = result.outputs
                if [.ok, .failed, .timedOut].contains(result.status) {
                    executionCount += 1
                    jupyter.executionCount = executionCount
                }
            }
            cells.append(jupyter)
            cursor = Self.closingFenceLine(openedAt: cell.location.line, in: source) + 1
        }
        prose(upTo: source.lineCount + 1)
        var metadata = Self.swiftMetadata
        if let values = results?.inlineValues, !values.isEmpty, case .object(var members) = metadata.value {
            // Jupyter has no inline expressions: their values ride in the metadata, for `render` to show.
            let inline = values.sorted { $0.key < $1.key }.map { JSONNode.Member($0.key.rawValue, .text($0.value)) }
            members.append(JSONNode.Member(Self.daftarKey, .object([(Self.inlineValuesKey, JSONNode(.object(inline)))])))
            metadata = JSONNode(.object(members))
        }
        self.init(formatMinor: 5, metadata: metadata, cells: cells)
    }

    /// The notebook metadata's key for what only Daftar reads, and its key for inline expressions' values by identity.
    static let daftarKey = "daftar", inlineValuesKey = "inline-values"

    /// The kernel and language Daftar's cells are written for.
    static let swiftMetadata = JSONNode.object([
        ("kernelspec", .object([("display_name", .text("Swift")), ("language", .text("swift")), ("name", .text("swift"))])),
        ("language_info", .object([("file_extension", .text(".swift")), ("mimetype", .text("text/x-swift")), ("name", .text("swift"))])),
    ])

    /// A cell identity as an nbformat `id`: letters, digits, `-` and `_`, at most 64 of them.
    static func cellID(_ id: NodeID) -> String {
        let allowed = id.rawValue.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" }
        return allowed.isEmpty ? "cell" : String(allowed.prefix(64))
    }

    /// The line of the fence that closes the top-level fence opened at `line` (CommonMark: the
    /// same character, at least as many, indented at most three spaces, nothing after but
    /// spaces); the last line when it is never closed.
    static func closingFenceLine(openedAt line: Int, in source: SourceFile) -> Int {
        let opening = source.line(line).drop { $0 == " " }
        guard let fence = opening.first else { return line }
        let length = opening.prefix { $0 == fence }.count
        for candidate in line + 1..<(source.lineCount + 1) {
            let text = source.line(candidate)
            let indented = text.prefix { $0 == " " }.count
            let rest = text.dropFirst(indented)
            let run = rest.prefix { $0 == fence }.count
            if indented <= 3, run >= length, rest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) { return candidate }
        }
        return source.lineCount
    }
}
