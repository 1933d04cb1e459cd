@testable import DaftarKernel
import DaftarNotebook
import Foundation
import Testing

/// The freeze key: it changes with everything that can change a notebook's results, and with
/// nothing else — not prose, not how the notebook's path is spelled.
@Suite struct FreezeKeyTests {
    static let base = """
        ---
        title: Key
        params:
          n: 3
        execute:
          timeout: 30
        ---

        # Heading

        Some prose with `{swift} n + 1`.

        ```swift
        //| label: first
        //| depends: data.csv
        let a = n * 2
        print(a)
        ```

        More prose.

        ```swift
        print(a + 1)
        ```

        """

    /// A folder with `data.csv`, for `depends`.
    final class Folder {
        let path: String
        init() throws {
            path = NSTemporaryDirectory() + "/daftar-key-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try write("1,2\n", to: "data.csv")
        }
        func write(_ text: String, to name: String) throws {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func key(_ text: String = base, path: String, overrides: [String: String] = [:],
                    compiler: String = "Swift version 6.3.1 (swift-6.3.1-RELEASE)", kit: String = "kit-1") -> String {
        let notebook = notebook(text, path: path)
        var diagnostics: [Diagnostic] = []
        let parameters = NotebookParameter.resolve(notebook, overrides: overrides, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        return FreezeKey.compute(for: notebook, parameters: parameters, compilerVersion: compiler, kitStamp: kit)
    }

    @Test func theKeyIsAHexSHA256AndStable() throws {
        let folder = try Folder()
        let key = Self.key(path: folder.path + "/x.md")
        #expect(key.count == 64 && key.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(Self.key(path: folder.path + "/x.md") == key)
    }

    @Test(arguments: [
        ("cell code", "let a = n * 2", "let a = n * 3"),
        ("a cell's whitespace", "print(a + 1)", "print(a + 1) "),
        ("a cell option", "//| label: first", "//| label: second"),
        ("an added option", "//| label: first", "//| label: first\n//| echo: false"),
        ("an inline expression", "`{swift} n + 1`", "`{swift} n + 2`"),
        ("the front matter", "title: Key", "title: Other key"),
        ("a parameter's default", "n: 3", "n: 4"),
        ("the notebook's time limit", "timeout: 30", "timeout: 31"),
        ("a cell's depends", "//| depends: data.csv", "//| depends: [data.csv, other.csv]"),
        ("a new cell", "More prose.", "More prose.\n\n```swift\nprint(0)\n```"),
        ("cells swapped", "print(a + 1)", "print(a)"),
    ])
    func changesWithWhatCanChangeTheResults(what: String, from: String, to: String) throws {
        let folder = try Folder()
        let path = folder.path + "/x.md"
        #expect(Self.base.contains(from))
        #expect(Self.key(Self.base.replacingOccurrences(of: from, with: to), path: path) != Self.key(path: path), "\(what)")
    }

    @Test(arguments: [
        ("a word of prose", "More prose.", "More words."),
        ("a heading", "# Heading", "# Another heading"),
        ("a new paragraph between cells", "More prose.", "More prose.\n\nAnd a paragraph more, with $x^2$."),
        ("a code block in another language", "More prose.", "More prose.\n\n```python\nprint(1)\n```"),
        ("blank lines", "\n\n# Heading", "\n\n\n\n# Heading"),
    ])
    func ignoresProse(what: String, from: String, to: String) throws {
        let folder = try Folder()
        let path = folder.path + "/x.md"
        #expect(Self.base.contains(from))
        #expect(Self.key(Self.base.replacingOccurrences(of: from, with: to), path: path) == Self.key(path: path), "\(what)")
    }

    @Test func changesWithParameterOverridesCompilerAndKit() throws {
        let folder = try Folder()
        let path = folder.path + "/x.md"
        let key = Self.key(path: path)
        #expect(Self.key(path: path, overrides: ["n": "3"]) == key)
        #expect(Self.key(path: path, overrides: ["n": "5"]) != key)
        #expect(Self.key(path: path, compiler: "Swift version 6.3.2 (swift-6.3.2-RELEASE)") != key)
        #expect(Self.key(path: path, kit: "kit-2") != key)
    }

    @Test func changesWithTheContentsOfDependsFiles() throws {
        let folder = try Folder()
        let path = folder.path + "/x.md"
        let key = Self.key(path: path)
        try folder.write("1,3\n", to: "data.csv")
        let changed = Self.key(path: path)
        #expect(changed != key)
        try FileManager.default.removeItem(atPath: folder.path + "/data.csv")
        let missing = Self.key(path: path)
        #expect(missing != key && missing != changed)
        try folder.write("1,2\n", to: "data.csv")
        #expect(Self.key(path: path) == key)
    }

    /// The same notebook named `x.md`, `./x.md` or by its absolute path, from any folder, has one
    /// key: a committed freeze must be fresh on CI's machine, whatever the working directory.
    @Test func doesNotDependOnHowThePathIsSpelled() throws {
        let folder = try Folder()
        let other = try Folder()
        try other.write("1,2\n", to: "data.csv")
        let key = Self.key(path: folder.path + "/x.md")
        #expect(Self.key(path: folder.path + "/./x.md") == key)
        #expect(Self.key(path: other.path + "/renamed.md") == key)
    }
}
