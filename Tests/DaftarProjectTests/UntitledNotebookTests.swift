import DaftarHTML
import DaftarNotebook
import Foundation
import Testing
@testable import DaftarProject

/// Notebooks without front matter in a project: their file's name is the index's title, in
/// the name's own direction, and an Arabic one renders right to left.
@Suite struct UntitledNotebookTests {
    @Test func theIndexListsTheFileNameAndTheReportHasNoTitleBlock() throws {
        let folder = ProjectTests.Folder()
        defer { folder.remove() }
        try folder.write("# مقدمة\n\nنص عربي.\n", to: "notes/readme-ar.md")
        try folder.write("---\ntitle: دليل\n---\n\nنص.\n", to: "notes/guide.md")
        let output = folder.path + "/out"
        let outcomes = Project.render(try Project.notebooks(in: [folder.path + "/notes"]), with: ProjectTests.job(output: output), jobs: 1)
        #expect(outcomes.allSatisfy { $0.failure == nil })
        #expect(Project.writeIndex(of: outcomes, to: output, check: false) == nil)
        let index = try #require(folder.read("out/index.html"))
        #expect(index.contains("<tr><td dir=\"rtl\"><a href=\"guide.html\">دليل</a></td>"))
        #expect(index.contains("<tr><td dir=\"ltr\"><a href=\"readme-ar.html\">readme-ar</a></td>"))
        let report = try #require(folder.read("out/readme-ar.html"))
        #expect(report.contains("<html dir=\"rtl\">"))
        #expect(report.contains("<title>readme-ar</title>"))
        #expect(!report.contains("<header"))
    }
}
