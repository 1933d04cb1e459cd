/// A parsed notebook: its front matter and its cells in order.
public struct Notebook: Hashable, Sendable {
    /// The path the notebook was read from, as the user gave it.
    public var path: String
    public var frontMatter: FrontMatter
    public var cells: [Cell]
    /// The works the front matter's `bibliography:` names; nil when it names none.
    public var bibliography: Bibliography? = nil
    /// The front matter's `citation-style:`.
    public var citationStyle: Bibliography.Style = .authorDate
    /// The outputs a Jupyter notebook holds, by cell identity: shown as they are, since a
    /// Jupyter notebook is never run by `render` (as Quarto runs one only with `--execute`);
    /// nil for Markdown notebooks.
    public var heldResults: NotebookResults? = nil

    public init(path: String, frontMatter: FrontMatter, cells: [Cell]) {
        self.path = path
        self.frontMatter = frontMatter
        self.cells = cells
    }

    /// The front matter's title, else the file's name without its extension.
    public var title: String {
        if let title = frontMatter.title, !title.isEmpty { return title }
        return Self.baseName(ofPath: path)
    }

    /// The extensions a notebook's file may have, as `daftar render` finds them in folders.
    public static let extensions = [".md", ".qmd", ".markdown", ".ipynb"]

    /// The file's name without its folder and notebook extension: what its report and freeze are named after.
    public static func baseName(ofPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let ext = extensions.first(where: { name.hasSuffix($0) }) else { return name }
        return String(name.dropLast(ext.count))
    }
}

/// One cell of a notebook, in the order the author wrote them.
public enum Cell: Hashable, Sendable {
    /// CommonMark prose between code cells.
    case prose([MarkdownBlock])
    /// A `swift` fence at the top level: code that runs.
    case code(CodeCell)
    /// A fence in any other language at the top level: code that is shown, never run.
    case fencedCode(MarkdownCodeBlock)
}

extension Notebook {
    /// The code cells, in order.
    public var codeCells: [CodeCell] {
        cells.compactMap { if case .code(let code) = $0 { code } else { nil } }
    }

    /// The code cell with this identity.
    public func codeCell(id: NodeID) -> CodeCell? {
        codeCells.first { $0.id == id }
    }

    /// The code cell whose code spans `line`.
    public func codeCell(containingLine line: Int) -> CodeCell? {
        codeCells.first { $0.codeLines.contains(line) }
    }
}
