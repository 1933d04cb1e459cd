import Foundation
import Testing

/// `daftar preview` end to end: serve, change a notebook, see the new page and its reload event,
/// break a cell and see the error in the page, stop with SIGINT.
@Suite(.serialized)
struct PreviewTests {
    /// A notebook whose cell prints a random number: the same number after an edit proves the
    /// cell came from the freeze, not from running again.
    static let notebook = """
    ---
    title: Preview
    ---

    The first version of the prose.

    ```swift
    print("cell says", Int.random(in: 1_000_000...9_999_999))
    ```

    """

    /// Writes `text` to `relative` as editors that rename on save do: a temporary file, then a rename.
    static func saveByRename(_ text: String, to relative: String, in folder: TemporaryFolder) throws {
        try folder.write(text, to: "." + relative + ".swp")
        #expect(rename(folder.url("." + relative + ".swp").path, folder.url(relative).path) == 0)
    }

    @Test func servesRerendersReloadsShowsErrorsAndStops() throws {
        let folder = try TemporaryFolder(purpose: "preview")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "a.md")
        try folder.write("# Other\n\nUntouched.\n", to: "sub/b.md")
        let preview = try PreviewProcess([folder.path, "--port", "0"], in: folder.url)

        let index = try preview.request("/")
        #expect(index.status == 200)
        #expect(index.body.contains("href=\"a.html\"") && index.body.contains("href=\"sub/b.html\""))
        let first = try preview.request("/a.html")
        #expect(first.status == 200)
        #expect(first.headers["content-type"] == "text/html; charset=utf-8")
        #expect(first.body.contains("The first version of the prose."))
        #expect(first.body.contains("<script src=\"/_daftar/reload.js\" data-page=\"a.html\"></script>"))
        let number = try #require(first.body.firstMatch(of: /cell says (\d{7})/)?.1).description
        // The report on disk would have no script: nothing is written beside the notebooks.
        #expect(!FileManager.default.fileExists(atPath: folder.url("Output").path))

        let events = try EventStreamListener(port: preview.port)
        #expect(events.waitFor("retry: 500", seconds: 5))
        let logBefore = preview.log
        try Self.saveByRename(Self.notebook.replacingOccurrences(of: "The first version", with: "The second version"), to: "a.md", in: folder)
        let (second, waited) = try preview.poll("/a.html") { $0.contains("The second version of the prose.") }
        #expect(second.body.contains("The second version of the prose."), "waited \(waited)")
        #expect(second.body.contains("cell says \(number)"), "the unchanged cell comes from the freeze")
        #expect(events.waitFor("data: a.html", seconds: 5))
        let logAfter = String(preview.log.dropFirst(logBefore.count))
        #expect(logAfter.contains("rendered \(folder.path)/a.md in"))
        #expect(!logAfter.contains("b.md"), "only the saved notebook is rendered again")

        try Self.saveByRename(Self.notebook.replacingOccurrences(of: "print(\"cell says\"", with: "let broken: Int = \"text\"\nprint(broken"), to: "a.md", in: folder)
        let (broken, _) = try preview.poll("/a.html", seconds: 120) { $0.contains("<div class=\"cell-output cell-output-error\">") }
        #expect(broken.body.contains("<div class=\"cell-output cell-output-error\">"))
        #expect(broken.body.contains("error: cannot convert value of type &#39;String&#39; to specified type &#39;Int&#39; (line 8:19)")
            || broken.body.contains("error: cannot convert value of type 'String' to specified type 'Int' (line 8:19)"))

        try Self.saveByRename("---\ntitle: [unclosed\n---\n\nProse.\n", to: "a.md", in: folder)
        let (unreadable, _) = try preview.poll("/a.html") { $0.contains(".md:2:") }
        #expect(unreadable.body.contains("\(folder.path)/a.md:2:"), "the page shows file:line:column")
        #expect(unreadable.body.contains("<script src=\"/_daftar/reload.js\""), "an error page reloads too")

        #expect(preview.interrupt() == 0)
        #expect(Processes.waitUntilNoneWithEnvironment(preview.environmentEntry, seconds: 5).isEmpty)
    }

    @Test func interruptingARunningCellEndsItsProgram() throws {
        let folder = try TemporaryFolder(purpose: "preview-stop")
        defer { folder.remove() }
        try folder.write("# Quick\n\nNo code yet.\n", to: "slow.md")
        let preview = try PreviewProcess([folder.path, "--port", "0"], in: folder.url)
        let marker = folder.url("started").path
        try Self.saveByRename("""
            # Slow

            ```swift
            import Foundation
            FileManager.default.createFile(atPath: "\(marker)", contents: Data())
            Thread.sleep(forTimeInterval: 600)
            ```

            """, to: "slow.md", in: folder)
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: marker), Date() < deadline { usleep(50_000) }
        #expect(FileManager.default.fileExists(atPath: marker), "the cell started")
        #expect(Processes.withEnvironment(preview.environmentEntry).count >= 2, "the cell program runs beside the preview")
        #expect(preview.interrupt() == 0)
        #expect(Processes.waitUntilNoneWithEnvironment(preview.environmentEntry, seconds: 5).isEmpty)
    }

    static let badArguments: [([String], Int32)] = [
        (["preview", "--host", "example.com"], 64), (["preview", "--port", "70000"], 64),
        (["preview", "--param", "seed"], 64), (["preview", "missing-folder"], 66),
    ]

    @Test(arguments: badArguments)
    func badArgumentsAreRefusedBeforeServing(arguments: [String], status: Int32) throws {
        let folder = try TemporaryFolder(purpose: "preview-usage")
        defer { folder.remove() }
        try folder.write("# Notes\n", to: "notes.md")
        let result = try DaftarProcess.run(arguments, in: folder.url)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "no address is printed")
    }

    /// `daftar` links no HTTP server and no libcurl: `render` starts without them, and
    /// `preview` becomes `daftar-preview`, which has them.
    @Test func theServerStaysOutOfDaftar() throws {
        func sharedLibraries(_ binary: URL) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
            process.arguments = [binary.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return output
        }
        let daftar = try DaftarProcess.binary()
        let daftarLibraries = try sharedLibraries(daftar)
        #expect(!daftarLibraries.contains("libcurl") && !daftarLibraries.contains("FoundationNetworking"), "\(daftarLibraries)")
        let server = daftar.deletingLastPathComponent().appendingPathComponent("daftar-preview")
        #expect(FileManager.default.isExecutableFile(atPath: server.path))
        #expect(try sharedLibraries(server).contains("libcurl"), "the check above can see libcurl")
    }

    @Test func aSingleNotebookIsServedAtTheRoot() throws {
        let folder = try TemporaryFolder(purpose: "preview-one")
        defer { folder.remove() }
        try folder.write("# Alone\n\nOne notebook.\n", to: "alone.md")
        try folder.write("# Beside\n\nNot served.\n", to: "beside.md")
        let preview = try PreviewProcess(["alone.md", "--port", "0"], in: folder.url)
        #expect(try preview.request("/").body.contains("One notebook."))
        #expect(try preview.request("/alone.html").body.contains("One notebook."))
        #expect(try preview.request("/beside.html").status == 404)
        #expect(preview.interrupt() == 0)
    }
}
