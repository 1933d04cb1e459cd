import Foundation
import Testing

/// Where reports go when names meet: a notebook called `index`, and two notebooks with one report path.
@Suite struct OutputNamingTests {
    /// As in Quarto, `index.md` is the site's home page: the generated list must not overwrite it.
    @Test func aNotebookNamedIndexIsTheIndex() throws {
        let folder = try TemporaryFolder(purpose: "index-notebook")
        defer { folder.remove() }
        try folder.write("---\ntitle: Home\n---\n\nWelcome.\n", to: "Notebooks/index.md")
        try folder.write("# Other\n", to: "Notebooks/other.md")
        let result = try folder.daftar("render", "--quiet")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(below: "Output") == ["index.html", "other.html"])
        #expect(try folder.read("Output/index.html").contains("<h1 class=\"title\">Home</h1>"))
    }

    /// Two notebooks with one report path fail, with one error naming both; the others are still
    /// rendered and written, and the index is not rewritten (as for any failure).
    @Test func twoNotebooksWithOneReportPathFailOnlyThatPair() throws {
        let folder = try TemporaryFolder(purpose: "clash")
        defer { folder.remove() }
        try folder.write("# A\n", to: "Notebooks/notebook.md")
        try folder.write("# B\n", to: "Notebooks/notebook.qmd")
        try folder.write("# C\n", to: "Notebooks/other.md")
        let result = try folder.daftar("render")
        #expect(result.status == 1)
        #expect(result.normalizedStderr() == """
            error: Notebooks/notebook.md and Notebooks/notebook.qmd would both be written to notebook.html, so none of them \
            is rendered; rename one, or render them separately with different --output folders
            rendered Notebooks/other.md → Output/other.html in N ms
            1 of 3 notebooks rendered in N ms

            """)
        #expect(folder.files(below: "Output") == ["other.html"])
    }

    @Test func twoFilesNamedWithOneReportNameFailTogether() throws {
        let folder = try TemporaryFolder(purpose: "clash-files")
        defer { folder.remove() }
        try folder.write("# A\n", to: "a/x.md")
        try folder.write("# B\n", to: "b/x.md")
        let result = try folder.daftar("render", "a/x.md", "b/x.md")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: a/x.md and b/x.md would both be written to x.html, so none of them is rendered;"))
        #expect(!folder.exists("Output/x.html"))
    }

    /// A Jupyter notebook beside a Markdown notebook of the same name clashes with it alone:
    /// that pair fails, the other notebooks of the folder (Jupyter ones included) are rendered.
    @Test func aJupyterNotebookBesideItsMarkdownTwinClashesWithItOnly() throws {
        let folder = try TemporaryFolder(purpose: "ipynb-clash")
        defer { folder.remove() }
        let empty = "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n"
        try folder.write(empty, to: "Notebooks/analysis.ipynb")
        try folder.write("# A\n", to: "Notebooks/analysis.md")
        try folder.write(empty, to: "Notebooks/other.ipynb")
        let result = try folder.daftar("render")
        #expect(result.status == 1)
        #expect(result.normalizedStderr() == """
            error: Notebooks/analysis.ipynb and Notebooks/analysis.md would both be written to analysis.html, so none of them \
            is rendered; rename one, or render them separately with different --output folders
            rendered Notebooks/other.ipynb → Output/other.html (outputs held in the notebook) in N ms
            1 of 3 notebooks rendered in N ms

            """)
        #expect(folder.files(below: "Output") == ["other.html"])
    }

    @Test func theSameNotebookNamedTwiceRendersOnce() throws {
        let folder = try TemporaryFolder(purpose: "twice")
        defer { folder.remove() }
        try folder.write("# A\n", to: "Notebooks/a.md")
        let result = try folder.daftar("render", "Notebooks/a.md", "Notebooks")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.normalizedStderr() == "rendered Notebooks/a.md → Output/a.html in N ms\n1 of 1 notebook rendered in N ms\n")
    }
}
