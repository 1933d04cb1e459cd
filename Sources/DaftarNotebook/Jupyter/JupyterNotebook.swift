import DaftarKernelProtocol

/// A Jupyter notebook (nbformat 4) as its file holds it: metadata and cells with their outputs,
/// each cell with its place in the file for messages.
public struct JupyterNotebook: Hashable, Sendable {
    public var formatMinor: Int
    /// The notebook's `metadata` object.
    public var metadata: JSONNode
    public var cells: [JupyterCell]

    public init(formatMinor: Int = 5, metadata: JSONNode, cells: [JupyterCell]) {
        self.formatMinor = formatMinor
        self.metadata = metadata
        self.cells = cells
    }

    /// The language of its code cells: the kernel's (`kernelspec.language`), else
    /// `language_info.name`, else Python, as nbconvert assumes.
    public var language: String {
        metadata["kernelspec"]?["language"]?.string ?? metadata["language_info"]?["name"]?.string ?? "python"
    }
}

/// One cell of a Jupyter notebook.
public struct JupyterCell: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case markdown, code, raw
    }

    public var kind: Kind
    /// nbformat 4.5's `id`; nil in older notebooks.
    public var id: String?
    public var source: JupyterText
    /// The cell's `metadata` object.
    public var metadata: JSONNode
    /// A code cell's outputs, in the order produced.
    public var outputs: [CellOutput] = []
    public var executionCount: Int?
    /// A Markdown cell's attachments by name (`attachment:name` in its images).
    public var attachments: [String: MIMEBundle] = [:]
    /// The cell's opening brace in the file.
    public var location: SourceLocation

    public init(kind: Kind, id: String?, source: JupyterText, metadata: JSONNode = .object([]),
                location: SourceLocation = SourceLocation(file: "", line: 0, column: 0)) {
        self.kind = kind
        self.id = id
        self.source = source
        self.metadata = metadata
        self.location = location
    }

    /// Whether `id` is an nbformat 4.5 cell id: 1 to 64 ASCII letters, digits, `-` or `_`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64
            && id.utf8.allSatisfy { $0.isASCIIAlphanumeric || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// A raw cell's format, from `raw_mimetype` (classic Jupyter) or `format` (JupyterLab):
    /// `html` for `text/html`, `latex` for `text/latex`…; nil when it names none.
    public var rawFormat: String? {
        guard let type = metadata["raw_mimetype"]?.string ?? metadata["format"]?.string, !type.isEmpty else { return nil }
        switch type {
        case "text/html": return "html"
        case "text/latex": return "latex"
        case "text/markdown": return "markdown"
        case "text/restructuredtext": return "rst"
        case "text/asciidoc": return "asciidoc"
        default: return type.split(separator: "/").last.map { String($0.drop { $0 == "x" || $0 == "-" }) }
        }
    }
}
