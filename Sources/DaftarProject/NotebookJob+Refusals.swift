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
