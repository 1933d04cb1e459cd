import Foundation
import Testing

/// `--jobs`: notebooks render in parallel, yet what is printed and written does not depend on it.
@Suite struct ParallelRenderTests {
    @Test func messagesKeepTheOrderNotebooksWereNamedIn() throws {
        let folder = try TemporaryFolder(purpose: "jobs")
        defer { folder.remove() }
        for index in 0..<12 {
            let body = index % 4 == 3 ? "---\ntitle: [broken\n---\n" : "# Notebook \(index)\n\n$x_\(index)$\n"
            try folder.write(body, to: "Notebooks/n\(String(format: "%02d", index)).md")
        }
        let serial = try folder.daftar("render", "--jobs", "1", "-o", "serial")
        let parallel = try folder.daftar("render", "--jobs", "4", "-o", "parallel")
        #expect(serial.status == 1)
        #expect(parallel.status == 1)
        let normalise = { (text: String) in
            DaftarProcess.Result.normalize(text, temporaryFolder: folder).replacingOccurrences(of: "serial/", with: "OUT/")
                .replacingOccurrences(of: "parallel/", with: "OUT/")
        }
        #expect(normalise(parallel.stderr) == normalise(serial.stderr))
        #expect(parallel.stderr.components(separatedBy: "error: invalid YAML").count == 4)
        #expect(folder.snapshot(below: "parallel") == folder.snapshot(below: "serial"))
        #expect(folder.files(below: "parallel").count == 9, "nine good reports and no index, as three failed")
    }

    @Test func jobsMustBePositive() throws {
        let folder = try TemporaryFolder(purpose: "jobs-zero")
        defer { folder.remove() }
        try folder.write("# A\n", to: "Notebooks/a.md")
        let result = try folder.daftar("render", "--jobs", "0")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --jobs must be at least 1"))
    }
}
