import DaftarHTML
import DaftarNotebook

extension NotebookJob {
    /// Why a file named on the command line is not read as a Markdown notebook, if it is not:
    /// a Jupyter notebook (`.ipynb`) is JSON, and would otherwise be shown as one long paragraph.
    static func refusal(of path: String) -> Diagnostic? {
        guard path.lowercased().hasSuffix(".ipynb") else { return nil }
        return Diagnostic(
            .error, "\(path) is a Jupyter notebook; Daftar reads Markdown notebooks (.md, .qmd, .markdown) only",
            at: nil, notes: [Diagnostic.Note("convert it to Markdown first, for example with `jupytext --to md \(path)`")])
    }
}

extension NotebookJob {
    /// The notebook's line in the index: its title, language and direction, and its report.
    static func indexEntry(for notebook: Notebook, reportName: String) -> IndexPage.Entry {
        IndexPage.Entry(
            title: notebook.title, languageTag: notebook.frontMatter.lang, direction: indexDirection(of: notebook), link: reportName)
    }

    /// The direction of the notebook's entry in the index: the notebook's, unless the entry is
    /// its file's name (no `title:`), whose own letters decide (`readme-ar` is left to right).
    static func indexDirection(of notebook: Notebook) -> TextDirection {
        guard notebook.frontMatter.title?.isEmpty ?? true else { return notebook.direction }
        return TextDirection.ofFirstStrongCharacter(in: notebook.title) ?? .ltr
    }
}
