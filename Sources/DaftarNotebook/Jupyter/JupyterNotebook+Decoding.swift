import DaftarKernelProtocol

/// Reading a notebook file: JSON first (an error at the line and column where it stops being
/// JSON), then nbformat 4's schema, each problem an error at the value that is wrong. A cell
/// with a problem is left out and the others read, so that one run reports every problem.
extension JupyterNotebook {
    /// The notebook in `file`, or nil when it is not JSON or not an nbformat 4 notebook.
    public static func read(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> JupyterNotebook? {
        let root: JSONNode
        do {
            root = try JSONScanner.parse(file.bytes)
        } catch {
            diagnostics.append(Diagnostic(.error, "the notebook is not valid JSON: \(error.message)", at: file.location(ofOffset: error.offset)))
            return nil
        }
        var decoder = JupyterDecoder(file: file)
        let notebook = decoder.notebook(root)
        diagnostics += decoder.diagnostics
        return decoder.diagnostics.contains { $0.severity == .error } ? nil : notebook
    }
}

/// Checks and reads the JSON of one notebook, collecting schema errors.
struct JupyterDecoder {
    let file: SourceFile
    var diagnostics: [Diagnostic] = []
    /// Where each cell id read so far is, so that a second cell with one is told apart.
    private var cellIDs: [String: SourceLocation] = [:]

    init(file: SourceFile) {
        self.file = file
    }

    private mutating func fail(_ message: String, at node: JSONNode) {
        diagnostics.append(Diagnostic(.error, message, at: file.location(ofOffset: node.offset)))
    }

    mutating func notebook(_ root: JSONNode) -> JupyterNotebook? {
        guard root.members != nil else {
            fail("a Jupyter notebook is a JSON object with `nbformat`, `metadata` and `cells`", at: root)
            return nil
        }
        guard let format = root["nbformat"] else {
            fail("the notebook has no `nbformat` version", at: root)
            return nil
        }
        guard format.integer == 4 else {
            fail("only nbformat 4 notebooks are read; upgrade it with `jupyter nbconvert --to notebook --nbformat 4`", at: format)
            return nil
        }
        let minor = root["nbformat_minor"].flatMap { node -> Int? in
            if node.integer == nil { fail("`nbformat_minor` must be an integer", at: node) }
            return node.integer
        } ?? 0
        let metadata = root["metadata"] ?? .object([])
        if metadata.members == nil { fail("`metadata` must be an object", at: metadata) }
        guard let cellsNode = root["cells"] else {
            fail("the notebook has no `cells` list", at: root)
            return nil
        }
        guard let cells = cellsNode.array else {
            fail("`cells` must be a list", at: cellsNode)
            return nil
        }
        return JupyterNotebook(formatMinor: minor, metadata: metadata, cells: cells.compactMap { cell($0) })
    }

    private mutating func cell(_ node: JSONNode) -> JupyterCell? {
        guard node.members != nil else {
            fail("a cell must be an object", at: node)
            return nil
        }
        guard let typeNode = node["cell_type"], let kind = typeNode.string.flatMap(JupyterCell.Kind.init(rawValue:)) else {
            fail("a cell's `cell_type` must be \"markdown\", \"code\" or \"raw\"", at: node["cell_type"] ?? node)
            return nil
        }
        guard let sourceNode = node["source"], let source = text(sourceNode, what: "the cell's `source`") else {
            if node["source"] == nil { fail("the cell has no `source`", at: node) }
            return nil
        }
        let id = node["id"].flatMap { cellID($0) }
        let metadata = node["metadata"] ?? .object([])
        var cell = JupyterCell(kind: kind, id: id, source: source, metadata: metadata, location: file.location(ofOffset: node.offset))
        if kind == .code {
            if let count = node["execution_count"], count.value != .null {
                if count.integer == nil { fail("`execution_count` must be an integer or null", at: count) }
                cell.executionCount = count.integer
            }
            if let outputs = node["outputs"] {
                guard let list = outputs.array else {
                    fail("`outputs` must be a list", at: outputs)
                    return nil
                }
                cell.outputs = list.compactMap { output($0) }
            }
        }
        if let attachments = node["attachments"]?.members {
            for attachment in attachments {
                if let bundle = mimeBundle(attachment.value) { cell.attachments[attachment.key] = bundle }
            }
        }
        return cell
    }

    /// A cell's nbformat 4.5 `id` (1 to 64 ASCII letters, digits, `-` or `_`, unique in the
    /// notebook); nil, with a warning at it, when it is not one: the cell is then read as one
    /// without an id (a notebook older than 4.5).
    private mutating func cellID(_ node: JSONNode) -> String? {
        let location = file.location(ofOffset: node.offset)
        guard let id = node.string, JupyterCell.isValidID(id) else {
            let shown = node.string.map { "`\(AuthorIdentifier.shown($0))`" } ?? "a non-string"
            diagnostics.append(Diagnostic(.warning, "the cell id \(shown) is not 1 to 64 letters, digits, `-` or `_` (nbformat 4.5); "
                + "it is ignored, and a code cell is named from its code", at: location))
            return nil
        }
        if let first = cellIDs[id] {
            diagnostics.append(Diagnostic(.warning, "two cells have the id `\(id)`; the second's is ignored, and a code cell is named from its code", at: location,
                                          notes: [Diagnostic.Note("the first is here", at: first)]))
            return nil
        }
        cellIDs[id] = location
        return id
    }

    /// A multi-line string: one JSON string or a list of them, joined.
    private mutating func text(_ node: JSONNode, what: String) -> JupyterText? {
        if let string = node.string { return JupyterText(text: string, pieces: [(node.offset, 0)]) }
        guard let lines = node.array else {
            fail("\(what) must be a string or a list of strings", at: node)
            return nil
        }
        var text = "", pieces: [(quote: Int, start: Int)] = []
        for line in lines {
            guard let string = line.string else {
                fail("\(what) must be a string or a list of strings", at: line)
                return nil
            }
            pieces.append((line.offset, text.utf8.count))
            text += string
        }
        return JupyterText(text: text, pieces: pieces)
    }

    private mutating func output(_ node: JSONNode) -> CellOutput? {
        guard let type = node["output_type"]?.string else {
            fail("an output needs an `output_type`", at: node)
            return nil
        }
        switch type {
        case "stream":
            guard let text = node["text"].flatMap({ self.text($0, what: "a stream's `text`") }) else {
                if node["text"] == nil { fail("a stream output has no `text`", at: node) }
                return nil
            }
            return .stream(node["name"]?.string == "stderr" ? .stderr : .stdout, text: text.text, hiddenLines: 0)
        case "display_data", "execute_result":
            guard let data = node["data"] else {
                fail("a \(type) output has no `data`", at: node)
                return nil
            }
            return mimeBundle(data, metadata: node["metadata"]).map(CellOutput.display)
        case "error":
            let traceback = node["traceback"]?.array?.compactMap(\.string) ?? []
            let name = node["ename"]?.string ?? "Error", value = node["evalue"]?.string ?? ""
            let message = traceback.isEmpty ? "\(name): \(value)" : traceback.joined(separator: "\n")
            return .error(message: message, line: nil, column: nil)
        default:
            fail("unknown `output_type` \"\(type)\": expected stream, display_data, execute_result or error", at: node["output_type"]!)
            return nil
        }
    }

    /// A MIME bundle: JSON types (`application/json`, `…+json`) written out as JSON text, the
    /// others as their multi-line strings; an image's `width` and `height` from the output's
    /// `metadata` for its type, where they are positive whole numbers.
    private mutating func mimeBundle(_ node: JSONNode, metadata: JSONNode? = nil) -> MIMEBundle? {
        guard let members = node.members else {
            fail("`data` must be an object of MIME types", at: node)
            return nil
        }
        var representations: [MIMERepresentation] = []
        for member in members {
            let type = MIMEType(rawValue: member.key)
            if type.isJSON {
                representations.append(MIMERepresentation(type: type, content: String(JSONWriter.text(member.value).dropLast())))
            } else if let text = text(member.value, what: "`\(member.key)`") {
                let size = metadata?[member.key]
                func length(_ key: String) -> Int? { size?[key]?.integer.flatMap { $0 > 0 ? $0 : nil } }
                representations.append(MIMERepresentation(type: type, content: text.text, width: length("width"), height: length("height")))
            }
        }
        return MIMEBundle(representations)
    }
}

extension MIMEType {
    /// Whether nbformat stores the type as JSON rather than as text: `application/json` and
    /// `application/…+json`.
    public var isJSON: Bool {
        rawValue.hasPrefix("application/") && (rawValue == "application/json" || rawValue.hasSuffix("+json"))
    }
}
