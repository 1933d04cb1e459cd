import Foundation
import Testing

/// The CI recipe, `.github/workflows/render.yml`, passes actionlint (installed by `make
/// test-deps`), and actionlint is shown to reject a broken workflow, so that its silence means something.
struct CIWorkflowTests {
    /// `actionlint` on the `PATH`, else in the folder where pip puts Python's scripts.
    static func actionlint() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        var folders = path.split(separator: ":").map(String.init)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sysconfig; print(sysconfig.get_path('scripts'))"]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        folders.append(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        python.waitUntilExit()
        for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/actionlint") {
            return URL(fileURLWithPath: folder + "/actionlint")
        }
        throw DaftarProcess.LookupFailure(description: "actionlint is not installed; run `make test-deps`")
    }

    /// Runs actionlint on `workflow`; its exit status and output.
    static func lint(_ workflow: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try actionlint()
        process.arguments = ["-no-color", workflow.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static let workflow = Repository.root.appendingPathComponent(".github/workflows/render.yml")

    @Test func theRecipePassesActionlint() throws {
        let (status, output) = try Self.lint(Self.workflow)
        #expect(status == 0, "\(output)")
        #expect(output.isEmpty, "\(output)")
    }

    @Test func actionlintRejectsABrokenRecipe() throws {
        let folder = try TemporaryFolder(purpose: "workflow")
        defer { folder.remove() }
        let recipe = try String(contentsOf: Self.workflow, encoding: .utf8)
        let broken = recipe.replacingOccurrences(of: "${{ matrix.shard }}/${{ strategy.job-total }}", with: "${{ matrix.shards }}/${{ strategy.job-total }}")
        #expect(broken != recipe)
        try folder.write(broken, to: ".github/workflows/render.yml")
        let (status, output) = try Self.lint(folder.url(".github/workflows/render.yml"))
        #expect(status != 0)
        #expect(output.contains("shards"), "\(output)")
    }

    @Test func theShardsAndTheIndexCoverEveryNotebook() throws {
        let recipe = try String(contentsOf: Self.workflow, encoding: .utf8)
        // Each matrix job renders its part of the notebooks from the committed freeze, and the
        // last job writes the index over all of them.
        #expect(recipe.contains("--no-execute\n          --shard ${{ matrix.shard }}/${{ strategy.job-total }}"))
        #expect(recipe.contains("needs: reports"))
        #expect(recipe.contains("daftar render Notebooks --output site --index-only"))
        #expect(recipe.contains("run: make check"))
    }
}
