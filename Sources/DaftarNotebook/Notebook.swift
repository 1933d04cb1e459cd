/// A parsed notebook: its front matter and its cells in order.
public struct Notebook: Hashable, Sendable {
    /// The path the notebook was read from, as the user gave it.
    public var path: String
    public var frontMatter: FrontMatter
    public var cells: [Cell]

    public init(path: String, frontMatter: FrontMatter, cells: [Cell]) {
        self.path = path
        self.frontMatter = frontMatter
        self.cells = cells
    }

    /// The front matter's title, else the file's name without its extension.
    public var title: String {
        if let title = frontMatter.title, !title.isEmpty { return title }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let ext = Self.extensions.first(where: { name.hasSuffix($0) }) else { return name }
        return String(name.dropLast(ext.count))
    }

    /// The extensions a notebook's file may have, as `daftar render` finds them in folders.
    static let extensions = [".md", ".qmd", ".markdown"]
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
