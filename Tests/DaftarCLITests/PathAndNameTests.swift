import Foundation
import Testing

/// Notebooks with awkward names and paths: reports stay inside the output folder, every link of
/// the index leads to its report, links inside a report lead to its ids, and links out of a
/// searched folder are not followed.
@Suite struct PathAndNameTests {
    /// Spaces, Arabic letters and the URL's own characters (`%`, `#`, `?`, a scheme's `:`) in
    /// names found in a folder: each report keeps its notebook's name, and the index links it as a
    /// file, never as a fragment, a query or a `javascript:` URL.
    @Test func namesWithSpacesArabicAndURLCharactersAreLinkedAsFiles() throws {
        let folder = try TemporaryFolder(purpose: "names")
        defer { folder.remove() }
        let notebook = "---\ntitle: تجربة\nlang: ar\n---\n\n## قسم أول\n\nانظر [القسم](#قسم-أول).\n"
        try folder.write(notebook, to: "Notebooks/مجلد فرعي/دفتر تجريبي.md")
        try folder.write("# Sale\n", to: "Notebooks/50% off #1?.md")
        try folder.write("# Scheme\n", to: "Notebooks/javascript:alert(1).md")
        let result = try folder.daftar("render", "--quiet")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(below: "Output") == ["50% off #1?.html", "index.html", "javascript:alert(1).html", "مجلد فرعي/دفتر تجريبي.html"])
        let index = try folder.read("Output/index.html")
        #expect(index.contains("<a href=\"50%25%20off%20%231%3F.html\">50% off #1?</a>"))
        #expect(index.contains("<a href=\"javascript%3Aalert%281%29.html\">javascript:alert(1)</a>"))
        try expectEveryLinkResolves(in: "Output/index.html", of: folder, count: 3)
        try expectEveryLinkResolves(in: "Output/مجلد فرعي/دفتر تجريبي.html", of: folder, count: 1)
    }

    /// Names that start with dashes are notebooks in a folder; on the command line they follow
    /// `--` (or `./`), as for every Unix tool, and without it are an unknown option that writes nothing.
    @Test func leadingDashes() throws {
        let folder = try TemporaryFolder(purpose: "dashes")
        defer { folder.remove() }
        try folder.write("# X\n", to: "Notebooks/-x.md")
        try folder.write("# Help\n", to: "Notebooks/--help.md")
        let found = try folder.daftar("render", "--quiet")
        #expect(found.status == 0, "\(found.stderr)")
        #expect(folder.files(below: "Output") == ["--help.html", "-x.html", "index.html"])
        try expectEveryLinkResolves(in: "Output/index.html", of: folder, count: 2)

        let unknown = try folder.daftar("render", "--help.md", "-o", "named")
        #expect(unknown.status == 64)
        #expect(!folder.exists("named"))
        try FileManager.default.copyItem(at: folder.url("Notebooks/--help.md"), to: folder.url("--help.md"))
        try FileManager.default.copyItem(at: folder.url("Notebooks/-x.md"), to: folder.url("-x.md"))
        let named = try folder.daftar("render", "--quiet", "-o", "named", "--", "--help.md", "./-x.md")
        #expect(named.status == 0, "\(named.stderr)")
        #expect(folder.files(below: "named") == ["--help.html", "-x.html", "index.html"])
    }

    /// `..` in a notebook's path or a folder's path never reaches the report's name: a file named
    /// gives its bare name, a folder the paths inside it; `...md` is a name like any other.
    @Test func dotDotComponentsStayOutOfReportNames() throws {
        let folder = try TemporaryFolder(purpose: "dotdot")
        defer { folder.remove() }
        try folder.write("# A\n", to: "Notebooks/a.md")
        try folder.write("# B\n", to: "Notebooks/sub/b.md")
        try folder.write("# Dots\n", to: "Notebooks/...md")
        let named = try folder.daftar("render", "--quiet", "Notebooks/sub/../a.md", "Notebooks/...md", "-o", "out/../site")
        #expect(named.status == 0, "\(named.stderr)")
        #expect(folder.files(below: "site") == ["...html", "a.html", "index.html"])
        let found = try folder.daftar("render", "--quiet", "Notebooks/sub/..", "-o", "whole")
        #expect(found.status == 0, "\(found.stderr)")
        // `...md` starts with a dot: hidden in a folder, as `.git` is.
        #expect(folder.files(below: "whole") == ["a.html", "index.html", "sub/b.html"])
        try expectEveryLinkResolves(in: "whole/index.html", of: folder, count: 2)
    }

    /// A notebook named through `..` is frozen in the `_freeze` beside the file itself.
    @Test func aNotebookNamedThroughDotDotIsFrozenBesideIt() throws {
        let folder = try TemporaryFolder(purpose: "dotdot-freeze")
        defer { folder.remove() }
        try folder.write("# Code\n\n```swift\nprint(6 * 7)\n```\n", to: "Notebooks/code.md")
        try folder.makeFolder("Notebooks/sub")
        let result = try folder.daftar("render", "--quiet", "Notebooks/sub/../code.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(below: "Notebooks") == ["_freeze/code.json", "code.md"])
        #expect(mainContent(of: try folder.read("out/code.html")).contains("<pre><code>42\n</code></pre>"))
    }

    /// In a folder, links are not followed out of it (as `find` and git do not): a notebook or a
    /// folder that leads out, and a link loop, are skipped with a warning naming them; a link to a
    /// notebook inside is rendered under its own name; a folder link inside is not entered, so a
    /// loop ends. A notebook named on the command line is read wherever it leads.
    @Test func linksOutOfTheFolderAreNotFollowedUnlessNamed() throws {
        let folder = try TemporaryFolder(purpose: "links")
        defer { folder.remove() }
        try folder.write("# Secret\n", to: "elsewhere/secret.md")
        try folder.write("# In\n", to: "Notebooks/in.md")
        let links = FileManager.default
        try links.createSymbolicLink(atPath: folder.path + "/Notebooks/outside.md", withDestinationPath: folder.path + "/elsewhere/secret.md")
        try links.createSymbolicLink(atPath: folder.path + "/Notebooks/away", withDestinationPath: "../elsewhere")
        try links.createSymbolicLink(atPath: folder.path + "/Notebooks/alias.md", withDestinationPath: "in.md")
        try links.createSymbolicLink(atPath: folder.path + "/Notebooks/loop", withDestinationPath: ".")
        try links.createSymbolicLink(atPath: folder.path + "/Notebooks/self.md", withDestinationPath: "self.md")
        let found = try folder.daftar("render")
        #expect(found.status == 0, "\(found.stderr)")
        let elsewhere = URL(fileURLWithPath: folder.path + "/elsewhere").resolvingSymlinksInPath().path
        #expect(found.normalizedStderr() == """
            warning: skipped Notebooks/away: a symbolic link to \(elsewhere), outside Notebooks; name it on the command line to render it
            warning: skipped Notebooks/outside.md: a symbolic link to \(elsewhere)/secret.md, outside Notebooks; name it on the command line to render it
            warning: skipped Notebooks/self.md: a broken symbolic link or a link loop; name it on the command line to render it
            rendered Notebooks/alias.md → Output/alias.html in N ms
            rendered Notebooks/in.md → Output/in.html in N ms
            2 of 2 notebooks rendered in N ms

            """)
        #expect(folder.files(below: "Output") == ["alias.html", "in.html", "index.html"])
        try expectEveryLinkResolves(in: "Output/index.html", of: folder, count: 2)

        let named = try folder.daftar("render", "--quiet", "Notebooks/outside.md", "-o", "named")
        #expect(named.status == 0, "\(named.stderr)")
        #expect(folder.files(below: "named") == ["index.html", "outside.html"])
        #expect(try folder.read("named/outside.html").contains("<h1 id=\"secret\">Secret</h1>"))
    }

    /// A folder link planted in a checkout does not carry writes out: `Output/sub` leading
    /// elsewhere fails that notebook's report (exit 73, naming the link), and so does a `_freeze`
    /// leading out of the notebook's folder; a report beside them is still written.
    @Test func plantedFolderLinksDoNotCarryWritesOut() throws {
        let folder = try TemporaryFolder(purpose: "planted")
        defer { folder.remove() }
        try folder.write("# B\n", to: "Notebooks/sub/b.md")
        try folder.write("# C\n", to: "Notebooks/c.md")
        try folder.write("# Code\n\n```swift\nprint(1)\n```\n", to: "Notebooks/code/run.md")
        try folder.makeFolder("elsewhere")
        try folder.makeFolder("Output")
        let links = FileManager.default
        try links.createSymbolicLink(atPath: folder.path + "/Output/sub", withDestinationPath: "../elsewhere")
        try links.createSymbolicLink(atPath: folder.path + "/Notebooks/code/_freeze", withDestinationPath: "../../elsewhere")
        let result = try folder.daftar("render")
        #expect(result.status == 73)
        let elsewhere = URL(fileURLWithPath: folder.path + "/elsewhere").resolvingSymlinksInPath().path
        #expect(result.stderr.contains(
            "error: cannot write Notebooks/code/_freeze/run.json: Notebooks/code/_freeze is a symbolic link to \(elsewhere), outside Notebooks/code\n"),
            "\(result.stderr)")
        #expect(result.stderr.contains("error: cannot write Output/sub/b.html: Output/sub is a symbolic link to \(elsewhere), outside Output\n"))
        #expect(folder.files(below: "elsewhere") == [])
        #expect(folder.exists("Output/c.html"))
    }

    /// `A.md` beside `a.md` would write `A.html` and `a.html`, one file on macOS's and Windows's
    /// file systems: that pair clashes as `x.md` beside `x.qmd` does, the other notebooks render.
    @Test func namesDifferingInCaseAloneClash() throws {
        let folder = try TemporaryFolder(purpose: "case")
        defer { folder.remove() }
        try folder.write("# Upper\n", to: "Notebooks/A.md")
        try folder.write("# Lower\n", to: "Notebooks/a.md")
        try folder.write("# B\n", to: "Notebooks/b.md")
        let result = try folder.daftar("render")
        #expect(result.status == 1)
        #expect(result.normalizedStderr() == """
            error: Notebooks/A.md and Notebooks/a.md would both be written to A.html and a.html (one file where case is ignored, \
            as on macOS and Windows), so none of them is rendered; rename one, or render them separately with different --output folders
            rendered Notebooks/b.md → Output/b.html in N ms
            1 of 3 notebooks rendered in N ms

            """)
        #expect(folder.files(below: "Output") == ["b.html"])
    }

    /// Every `href` of the page at `page` is a relative link to a file that exists, or a fragment
    /// naming an id of the page; there are `count` of them.
    private func expectEveryLinkResolves(
        in page: String, of folder: TemporaryFolder, count: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let html = try folder.read(page)
        let base = folder.url(page)
        let hrefs = html.matches(of: /href="([^"]*)"/).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
        for href in hrefs {
            if href.hasPrefix("#") {
                let id = try #require(href.dropFirst().removingPercentEncoding, sourceLocation: sourceLocation)
                #expect(html.contains(" id=\"\(id)\""), "\(page): \(href) names no id", sourceLocation: sourceLocation)
            } else {
                let url = try #require(URL(string: href, relativeTo: base), sourceLocation: sourceLocation)
                #expect(url.scheme == "file" && url.fragment == nil && url.query == nil, "\(page): \(href) is not a file",
                        sourceLocation: sourceLocation)
                #expect(FileManager.default.fileExists(atPath: url.standardizedFileURL.path), "\(page): \(href) leads nowhere",
                        sourceLocation: sourceLocation)
                #expect(url.standardizedFileURL.path.hasPrefix(base.deletingLastPathComponent().standardizedFileURL.path + "/"),
                        "\(page): \(href) leads out of its folder", sourceLocation: sourceLocation)
            }
        }
        #expect(hrefs.count == count, "\(page): \(hrefs)", sourceLocation: sourceLocation)
    }
}
