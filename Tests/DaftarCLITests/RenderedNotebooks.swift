import Foundation

/// Every notebook of `Notebooks/`, rendered once per test run, for the tests that read all the
/// reports (the Nu HTML Checker's and the browser's). They are what `Output/` holds whenever
/// `make check` passes, rendered fresh so that a change to the writer is tested before the
/// committed reports are re-rendered; the folder is copied first, so that a stale freeze is
/// refreshed in the copy and never in the repository.
enum RenderedNotebooks {
    /// A render that failed, with what `daftar` said.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `.build/rendered-notebooks/Output`, holding every report and the index, or why it could not be made.
    static let output: Result<URL, Failure> = {
        let folder = Repository.root.appendingPathComponent(".build/rendered-notebooks")
        let notebooks = folder.appendingPathComponent("Notebooks"), output = folder.appendingPathComponent("Output")
        do {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Notebooks"), to: notebooks)
            let render = try DaftarProcess.run(["render", "--quiet", "Notebooks", "--output", "Output"], in: folder)
            guard render.status == 0 else { return .failure(Failure(description: "daftar render failed:\n\(render.stderr)")) }
            return .success(output)
        } catch {
            return .failure(Failure(description: "could not render Notebooks/: \(error)"))
        }
    }()

    /// The rendered reports' names (the index included), sorted.
    static func reports() throws -> [String] {
        try htmlFiles(in: output.get())
    }

    /// The `*.html` files directly in `folder`, sorted by name.
    static func htmlFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
    }
}
