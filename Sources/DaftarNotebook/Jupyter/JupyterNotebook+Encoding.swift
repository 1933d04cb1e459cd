import DaftarKernelProtocol

/// A notebook as nbformat 4.5 JSON: cells with `id`s, multi-line strings as lists of lines,
/// outputs in their `output_type` shapes.
extension JupyterNotebook {
    public var json: JSONNode {
        .object([
            ("cells", .array(cells.map(\.json))),
            ("metadata", metadata),
            ("nbformat", .integer(4)),
            ("nbformat_minor", .integer(formatMinor)),
        ])
    }

    /// Text as nbformat stores it: a list of lines, each with its line break but the last.
    static func lines(_ text: String) -> JSONNode {
        var lines: [JSONNode] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" {
                lines.append(.text(current))
                current = ""
            }
        }
        if !current.isEmpty { lines.append(.text(current)) }
        return .array(lines)
    }
}

extension JupyterCell {
    var json: JSONNode {
        var members: [(String, JSONNode)] = [
            ("cell_type", .text(kind.rawValue)), ("id", .text(id ?? "")), ("metadata", metadata),
            ("source", JupyterNotebook.lines(source.text)),
        ]
        if kind == .code {
            members.append(("execution_count", executionCount.map { .integer($0) } ?? .null))
            members.append(("outputs", .array(outputs.map(\.jupyterJSON))))
        }
        return .object(members)
    }
}

extension CellOutput {
    /// The output in nbformat's shape; an error's message is its traceback, and its first line the
    /// value (its place, a line of the Markdown notebook, means nothing in the Jupyter one).
    var jupyterJSON: JSONNode {
        switch self {
        case .stream(let name, let text, _):
            return .object([("name", .text(name.rawValue)), ("output_type", .text("stream")), ("text", JupyterNotebook.lines(text))])
        case .display(let bundle):
            let data = bundle.representations.map { representation -> (String, JSONNode) in
                let content = representation.content
                if representation.type.isJSON, let json = try? JSONScanner.parse(Array(content.utf8)) { return (representation.type.rawValue, json) }
                if representation.type == .png || representation.type == .jpeg { return (representation.type.rawValue, .text(content)) }
                return (representation.type.rawValue, JupyterNotebook.lines(content))
            }
            let sizes = bundle.representations.compactMap { representation -> (String, JSONNode)? in
                let size = [("width", representation.width), ("height", representation.height)].compactMap { key, length in length.map { (key, JSONNode.integer($0)) } }
                return size.isEmpty ? nil : (representation.type.rawValue, .object(size))
            }
            return .object([("data", .object(data)), ("metadata", .object(sizes)), ("output_type", .text("display_data"))])
        case .error(let message, _, _):
            let traceback = message.split(separator: "\n", omittingEmptySubsequences: false).map { JSONNode.text(String($0)) }
            let value = message.split(separator: "\n").first.map(String.init) ?? message
            return .object([("ename", .text("Error")), ("evalue", .text(value)), ("output_type", .text("error")), ("traceback", .array(traceback))])
        }
    }
}
