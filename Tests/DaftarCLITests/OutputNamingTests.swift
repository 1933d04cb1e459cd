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

    @Test func twoNotebooksWithOneReportPathAreAUsageError() throws {
        let folder = try TemporaryFolder(purpose: "clash")
        defer { folder.remove() }
        try folder.write("# A\n", to: "a/x.md")
        try folder.write("# B\n", to: "b/x.md")
        let result = try folder.daftar("render", "a/x.md", "b/x.md")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: a/x.md, b/x.md would all be written to x.html;"))
        #expect(!folder.exists("Output"))
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
