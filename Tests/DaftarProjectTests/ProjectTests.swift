import DaftarHTML
import DaftarNotebook
import DaftarProject
import Foundation
import Testing

/// What `daftar render` does, called as a library: finding notebooks, rendering, atomic writes,
/// the index, and `--check`'s comparison.
@Suite struct ProjectTests {
    /// A fresh folder under the system's temporary folder, removed by `remove()`.
    struct Folder {
        let path = NSTemporaryDirectory() + "daftar-project-\(UUID().uuidString)"

        func write(_ text: String, to relative: String) throws {
            let file = path + "/" + relative
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }

        func read(_ relative: String) -> String? {
            FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    static func job(output: String, check: Bool = false) -> NotebookJob {
        NotebookJob(options: Report.Options(), output: output, policy: .neverRun, toolchain: Toolchain(swiftc: "swiftc"), check: check)
    }

    @Test func foldersAreSearchedForNotebooksSkippingHiddenAndUnderscoredNames() throws {
        let folder = Folder()
        defer { folder.remove() }
        for name in ["a.md", "sub/b.qmd", "sub/c.markdown", "_freeze/x.md", ".hidden/y.md", "notes.txt"] {
            try folder.write("# \(name)\n", to: name)
        }
        let inputs = try Project.notebooks(in: [folder.path + "/sub", folder.path + "/a.md", folder.path + "/sub/b.qmd"])
        #expect(inputs.map(\.reportName) == ["b.html", "c.html", "a.html"], "a notebook named twice is rendered once")
        try folder.write("# another a\n", to: "x/a.md")
        let clashing = try Project.notebooks(in: [folder.path + "/a.md", folder.path + "/x/a.md"])
        #expect(clashing.map(\.reportName) == ["a.html", "a.html"])
        let clashes = Project.reportClashes(in: clashing)
        #expect(clashes.map(\.inputs) == [clashing])
        #expect(clashes.map(\.diagnostic.message) == [
            "\(folder.path)/a.md and \(folder.path)/x/a.md would both be written to a.html, so none of them is rendered; "
                + "rename one, or render them separately with different --output folders",
        ])
        #expect(throws: FileSystem.Failure.self) { try Project.notebooks(in: [folder.path + "/missing"]) }
    }

    @Test func renderingWritesReportsAndTheIndexAndCheckComparesThem() throws {
        let folder = Folder()
        defer { folder.remove() }
        try folder.write("---\ntitle: Alpha\n---\n\nSee $x^2$.\n", to: "notes/alpha.md")
        try folder.write("---\ntitle: بيتا\nlang: ar\n---\n\nنص.\n", to: "notes/beta.md")
        let output = folder.path + "/out"
        let inputs = try Project.notebooks(in: [folder.path + "/notes"])
        let outcomes = Project.render(inputs, with: Self.job(output: output), jobs: 2)
        #expect(outcomes.allSatisfy { $0.failure == nil && $0.diagnostics.isEmpty })
        #expect(Project.writeIndex(of: outcomes, to: output, check: false) == nil)
        #expect(folder.read("out/alpha.html")?.contains("<h1 class=\"title\">Alpha</h1>") == true)
        #expect(folder.read("out/beta.html")?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        #expect(folder.read("out/index.html")?.contains("alpha.html") == true)

        let checked = Project.render(inputs, with: Self.job(output: output, check: true), jobs: 1)
        #expect(checked.allSatisfy { $0.failure == nil })
        #expect(Project.writeIndex(of: checked, to: output, check: true) == nil)

        try folder.write("changed", to: "out/beta.html")
        let differing = Project.render(inputs, with: Self.job(output: output, check: true), jobs: 1)
        #expect(differing.map(\.failure) == [nil, .outputDiffers])
        #expect(folder.read("out/beta.html") == "changed", "--check writes nothing")
    }

    /// A notebook that fails leaves its previous report untouched and says why, at its place.
    @Test func aFailingNotebookKeepsItsPreviousReport() throws {
        let folder = Folder()
        defer { folder.remove() }
        try folder.write("previous", to: "out/bad.html")
        try folder.write("```swift\n//| echo: maybe\nprint(1)\n```\n", to: "bad.md")
        let outcomes = Project.render(try Project.notebooks(in: [folder.path + "/bad.md"]), with: Self.job(output: folder.path + "/out"), jobs: 1)
        #expect(outcomes.first?.failure == .notebookHasErrors)
        #expect(outcomes.first?.diagnostics.map(\.message) == ["cell option `echo` must be `true`, `false` or `fold`"])
        #expect(outcomes.first?.diagnostics.first?.location?.line == 2)
        #expect(folder.read("out/bad.html") == "previous")
    }

    /// Code with no fresh freeze, where nothing may run, is a stale-freeze failure.
    @Test func codeWithoutAFreshFreezeFailsWhereNothingMayRun() throws {
        let folder = Folder()
        defer { folder.remove() }
        try folder.write("```swift\nprint(1)\n```\n", to: "code.md")
        let outcomes = Project.render(try Project.notebooks(in: [folder.path + "/code.md"]), with: Self.job(output: folder.path + "/out"), jobs: 1)
        // The key needs the compiler's version; without swiftc on the PATH that failure comes first.
        #expect([.staleFreeze, .executionUnavailable].contains(outcomes.first?.failure))
        #expect(folder.read("out/code.html") == nil)
    }

    @Test func theWorstFailureDecidesInTheDocumentedOrder() {
        #expect(RenderFailure.worst([.notebookHasErrors, .cannotWrite]) == .cannotWrite)
        #expect(RenderFailure.worst([.notebookHasErrors, .outputDiffers, .staleFreeze]) == .staleFreeze)
        #expect(RenderFailure.worst([]) == nil)
    }
}
