import Foundation
import Testing

/// With `--diagnostics json`, standard error is JSON lines only — one object a diagnostic, with
/// `file`, `line`, `column`, `severity`, `message` and `notes` — whatever went wrong: a missing
/// path, an unknown option, a compile error.
@Suite struct JSONDiagnosticsTests {
    /// Each line of standard error decoded as a JSON object; fails on any line that is not one.
    static func objects(_ stderr: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
        #expect(stderr.hasSuffix("\n"), "standard error ends its last line", sourceLocation: sourceLocation)
        return stderr.split(separator: "\n").compactMap { line in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object != nil, "not a JSON object: \(line)", sourceLocation: sourceLocation)
            return object
        }
    }

    @Test func aMissingPath() throws {
        let folder = try TemporaryFolder(purpose: "json")
        defer { folder.remove() }
        let result = try folder.daftar("render", "--diagnostics", "json", "nowhere.md")
        #expect(result.status == 66)
        let objects = Self.objects(result.stderr)
        #expect(objects.count == 1)
        #expect(objects.first?["severity"] as? String == "error")
        #expect(objects.first?["message"] as? String == "no such file or folder: nowhere.md")
    }

    @Test(arguments: [["--diagnostics", "json", "--frobnicate"], ["--frobnicate", "--diagnostics=json"]])
    func anUnknownOption(arguments: [String]) throws {
        let folder = try TemporaryFolder(purpose: "json")
        defer { folder.remove() }
        let result = try folder.daftar(["render"] + arguments, environment: [:])
        #expect(result.status == 64)
        let objects = Self.objects(result.stderr)
        #expect(objects.count == 1)
        #expect((objects.first?["message"] as? String)?.contains("Unknown option '--frobnicate'") == true)
    }

    @Test func aCompileError() throws {
        let folder = try TemporaryFolder(purpose: "json")
        defer { folder.remove() }
        try folder.write("# C\n\n```swift\nlet x: Int = \"no\"\n```\n", to: "c.md")
        let result = try folder.daftar("render", "--diagnostics", "json", "c.md", "-o", "out")
        #expect(result.status == 1)
        let objects = Self.objects(result.stderr)
        #expect(objects.count >= 1)
        #expect(objects.first?["file"] as? String == "c.md")
        #expect(objects.first?["line"] as? Int == 4)
        #expect(objects.first?["severity"] as? String == "error")
    }
}
