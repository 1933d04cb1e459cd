import Foundation
import Testing

/// Runs the built `daftar` binary as a user would, and returns what it said and how it ended.
///
/// The binary sits beside the test bundle in SwiftPM's build folder (the test target depends on
/// the `daftar` target, so `swift test` builds it first); `DAFTAR_BINARY` overrides the search.
struct DaftarProcess {
    /// What one run of `daftar` produced.
    struct Result {
        /// The exit status, or the signal's number when `signalled`.
        var status: Int32
        var signalled = false
        var stdout: String
        var stderr: String
        /// The exact bytes of standard output, for reports compared byte for byte.
        var stdoutBytes: [UInt8]
    }

    /// Runs `daftar arguments…` in `directory`, its output captured through files (not pipes, so
    /// that a large report can never fill a pipe and block the child), with `environment` added
    /// to this process's; `whileRunning` is called with its process id every 20 ms until it ends.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    whileRunning: ((Int32) -> Void)? = nil) throws -> Result {
        let capture = try TemporaryFolder(purpose: "capture")
        defer { capture.remove() }
        let stdoutURL = capture.url.appendingPathComponent("stdout")
        let stderrURL = capture.url.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)

        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        try process.run()
        if let whileRunning {
            while process.isRunning {
                whileRunning(process.processIdentifier)
                usleep(20_000)
            }
        }
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()

        let out = try [UInt8](Data(contentsOf: stdoutURL))
        let err = try Data(contentsOf: stderrURL)
        return Result(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                      stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self), stdoutBytes: out)
    }

    /// The `daftar` executable next to the running test bundle.
    static func binary() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["DAFTAR_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var folders: [URL] = []
        // Linux: the test bundle is an executable; /proc/self/exe is it.
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        // macOS: the .xctest bundle is loaded into a runner; the build folder holds both.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        for folder in folders {
            let candidate = folder.appendingPathComponent("daftar")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw LookupFailure(description: "the daftar binary was not found beside the test bundle; looked in "
            + folders.map(\.path).joined(separator: ", ") + " (set DAFTAR_BINARY to its path)")
    }

    struct LookupFailure: Error, CustomStringConvertible {
        var description: String
    }
}

extension DaftarProcess.Result {
    /// Standard error with what legitimately varies between runs replaced: the temporary folder's
    /// path by `$TMP`, and durations (`in 12 ms`) by `in N ms`.
    func normalizedStderr(temporaryFolder: TemporaryFolder? = nil) -> String {
        Self.normalize(stderr, temporaryFolder: temporaryFolder)
    }

    static func normalize(_ text: String, temporaryFolder: TemporaryFolder?) -> String {
        var text = text
        if let folder = temporaryFolder {
            for path in folder.spellings { text = text.replacingOccurrences(of: path, with: "$TMP") }
        }
        return text.replacingOccurrences(of: #"in \d+ ms"#, with: "in N ms", options: .regularExpression)
    }
}

/// A folder of its own under the system's temporary folder, for one test; `remove()` deletes it.
struct TemporaryFolder: Sendable {
    let url: URL

    init(purpose: String = "test") throws {
        let name = "daftar-e2e-\(purpose)-\(UUID().uuidString)"
        url = FileManager.default.temporaryDirectory.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    /// The folder's path as written and with symbolic links resolved (`/tmp` vs `/private/tmp`).
    var spellings: [String] {
        Array(Set([url.path, url.resolvingSymlinksInPath().path])).sorted { $0.count > $1.count }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    func url(_ relative: String) -> URL {
        url.appendingPathComponent(relative)
    }

    /// Writes `contents` to `relative`, creating the folders on the way.
    func write(_ contents: String, to relative: String) throws {
        try write(Array(contents.utf8), to: relative)
    }

    func write(_ bytes: [UInt8], to relative: String) throws {
        let file = url(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: url(relative), withIntermediateDirectories: true)
    }

    func read(_ relative: String) throws -> String {
        try String(decoding: Data(contentsOf: url(relative)), as: UTF8.self)
    }

    func bytes(_ relative: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: url(relative)))
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url(relative).path)
    }

    /// Every file below `relative` (hidden ones included), as sorted relative paths; empty when
    /// the folder does not exist.
    func files(below relative: String = "") -> [String] {
        let root = relative.isEmpty ? url : url(relative)
        return FileTree.files(below: root)
    }

    /// Every file below `relative` with its bytes, to show that a run changed nothing.
    func snapshot(below relative: String = "") -> [String: [UInt8]] {
        let root = relative.isEmpty ? url : url(relative)
        return FileTree.snapshot(below: root)
    }

    /// Runs `daftar` with this folder as its working directory.
    func daftar(_ arguments: String...) throws -> DaftarProcess.Result {
        try DaftarProcess.run(arguments, in: url)
    }

    /// Runs `daftar` with this folder as its working directory and `environment` added to it.
    func daftar(_ arguments: [String], environment: [String: String],
                whileRunning: ((Int32) -> Void)? = nil) throws -> DaftarProcess.Result {
        try DaftarProcess.run(arguments, in: url, environment: environment, whileRunning: whileRunning)
    }
}

/// Listing and reading whole folders.
enum FileTree {
    static func files(below root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    static func snapshot(below root: URL) -> [String: [UInt8]] {
        var snapshot: [String: [UInt8]] = [:]
        for file in files(below: root) {
            snapshot[file] = (try? [UInt8](Data(contentsOf: root.appendingPathComponent(file)))) ?? []
        }
        return snapshot
    }
}

/// The repository this test file belongs to, found from the file's own path.
enum Repository {
    /// `Tests/DaftarCLITests/DaftarProcess.swift` → the folder holding `Package.swift`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture vendored beside the tests, `Tests/DaftarCLITests/Fixtures/<relative>`.
    static func fixture(_ relative: String) throws -> URL {
        let file = root.appendingPathComponent("Tests/DaftarCLITests/Fixtures").appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw DaftarProcess.LookupFailure(description: "the fixture \(file.path) is missing")
        }
        return file
    }
}

/// Compares two texts and, when they differ, records where: the first differing line of each.
func expectSameText(_ actual: String, _ expected: String, _ what: String,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualLines.count, expectedLines.count)
    let expectedLine = line < expectedLines.count ? String(expectedLines[line]).debugDescription : "(end of text)"
    let actualLine = line < actualLines.count ? String(actualLines[line]).debugDescription : "(end of text)"
    Issue.record("""
        \(what) differs at line \(line + 1) (\(actualLines.count) lines, expected \(expectedLines.count)):
          expected: \(expectedLine)
          actual:   \(actualLine)
        """, sourceLocation: sourceLocation)
}
