import Foundation
import Testing

/// Notebooks whose paths hold spaces, Arabic letters, quotes or a backslash run like any other:
/// the program names them in `#sourceLocation`, and errors come back to their lines.
@Suite struct NotebookPathExecutionTests {
    static let paths = ["مجلد ع/sub dir/دفتر x.md", #"quotes/دفتر "q" \ x.md"#, "look at this/what we look at.md"]

    @Test(arguments: paths)
    func aNotebookAtAnUnusualPathRuns(path: String) throws {
        let folder = try TemporaryFolder(purpose: "path-run")
        defer { folder.remove() }
        try folder.write("# عنوان\n\n```swift\n//| echo: false\nprint(\"مرحبا\", #line)\nlet v = [1, 2]\n```\n\nCount: `{swift} v.count`.\n", to: path)
        let result = try folder.daftar("render", path, "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let name = (path as NSString).lastPathComponent
        let report = "out/" + name.dropLast(".md".count) + ".html"
        let body = mainContent(of: try folder.read(report))
        // `#line` is the notebook's line 5.
        #expect(body.contains("<pre><code>مرحبا 5\n</code></pre>"), "\(body)")
        // The notebook is right to left (its first letter is Arabic), so the value is isolated left to right.
        #expect(body.contains("<p>Count: <span class=\"swift-value\" dir=\"ltr\">2</span>.</p>"))
        #expect(folder.exists((path as NSString).deletingLastPathComponent + "/_freeze/" + name.dropLast(".md".count) + ".json"))
    }

    @Test(arguments: paths)
    func compileErrorsNameTheNotebookAndShowItsLine(path: String) throws {
        let folder = try TemporaryFolder(purpose: "path-compile")
        defer { folder.remove() }
        try folder.write("# عنوان\n\n  ```swift\n  let نص = \"ع\"; let n: Int = نص\n  ```\n", to: path)
        let result = try folder.daftar("render", path, "-o", "out")
        #expect(result.status == 1)
        // Before the second `نص`: the fence's two spaces and `let نص = "ع"; let n: Int = `, 32
        // bytes (Arabic letters take two) but 29 characters, so the caret has 29 spaces before it.
        #expect(result.normalizedStderr() == """
            \(path):4:33: error: cannot convert value of type 'String' to specified type 'Int'
              let نص = "ع"; let n: Int = نص
            \(String(repeating: " ", count: 29))^
            0 of 1 notebook rendered in N ms

            """)
    }

    @Test(arguments: paths)
    func crashesNameTheNotebookAndTheirLine(path: String) throws {
        let folder = try TemporaryFolder(purpose: "path-crash")
        defer { folder.remove() }
        try folder.write("# عنوان\n\n```swift\nlet v = [1]\nprint(v[3])\n```\n", to: path)
        let result = try folder.daftar("render", path, "-o", "out")
        #expect(result.status == 1)
        #expect(result.normalizedStderr() == """
            \(path):5:8: error: Fatal error: Index out of range
            print(v[3])
                   ^
            0 of 1 notebook rendered in N ms

            """)
    }
}
