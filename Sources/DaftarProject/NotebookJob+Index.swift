import DaftarHTML
import DaftarNotebook

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
