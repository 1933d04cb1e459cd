import Foundation
import Testing

/// Bad input gets a message that names the file (with `line:column` where there is one), the exit
/// code the README publishes, and leaves every file as it was: no report, no temporary file.
@Suite struct BadInputTests {
    /// What standard error must say: all of it, or its first line, or how it starts.
    enum Expected: Sendable {
        case exactly(String)
        case firstLine(String)
        case prefix(String)
    }

    /// A case in pandoc's style: files, a command, the exit status and the diagnostic.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Files to create (relative path → bytes); a path ending in `/` is an empty folder.
        var files: [String: [UInt8]]
        var arguments: [String]
        var status: Int32
        var stderr: Expected
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a file that is not UTF-8",
             files: ["x.md": Array("# Title\n\nab".utf8) + [0xFF] + Array("cd\n".utf8)],
             arguments: ["render", "--quiet", "x.md", "-o", "out"], status: 1,
             stderr: .exactly("x.md:3:3: error: the file is not valid UTF-8 (byte 0xFF); save it as UTF-8\nab\u{FFFD}cd\n  ^\n")),
        Case(name: "invalid UTF-8 after Arabic letters is located by byte column",
             files: ["y.md": Array("نص\n".utf8) + Array("ب".utf8) + [0xC3, 0x28] + Array("\n".utf8)],
             arguments: ["render", "--quiet", "y.md", "-o", "out"], status: 1,
             stderr: .firstLine("y.md:2:3: error: the file is not valid UTF-8 (byte 0xC3); save it as UTF-8")),
        Case(name: "front matter that is not valid YAML",
             files: ["bad.md": Array("---\ntitle: Broken\nlang: ar: rtl\n---\n\nText.\n".utf8)],
             arguments: ["render", "--quiet", "bad.md", "-o", "out"], status: 1,
             stderr: .exactly("""
                bad.md:3:9: error: invalid YAML in front matter: mapping values are not allowed in this context
                lang: ar: rtl
                        ^

                """)),
        Case(name: "front matter that is not valid YAML, after Arabic letters",
             files: ["عربي.md": Array("---\ntitle: عنوان: ثاني\n---\n\nنص.\n".utf8)],
             arguments: ["render", "--quiet", "عربي.md", "-o", "out"], status: 1,
             stderr: .exactly("""
                عربي.md:2:18: error: invalid YAML in front matter: mapping values are not allowed in this context
                title: عنوان: ثاني
                            ^

                """)),
        Case(name: "front matter never closed",
             files: ["open.md": Array("---\ntitle: Open\nlang: en\n\nText.\n".utf8)],
             arguments: ["render", "--quiet", "open.md", "-o", "out"], status: 1,
             stderr: .exactly("""
                open.md:1:1: error: front matter is never closed
                ---
                ^
                note: end it with a line of three dashes, `---`

                """)),
        Case(name: "a path that does not exist",
             files: ["here.md": Array("# Here\n".utf8)],
             arguments: ["render", "here.md", "missing.md", "-o", "out"], status: 66,
             stderr: .exactly("error: no such file or folder: missing.md\n")),
        Case(name: "a folder with no notebooks",
             files: ["empty/notes.txt": Array("not a notebook\n".utf8), "empty/_draft.md": Array("# Draft\n".utf8),
                     "empty/.hidden/h.md": Array("# Hidden\n".utf8)],
             arguments: ["render", "empty", "-o", "out"], status: 66,
             stderr: .exactly("error: no notebooks (*.md, *.qmd, *.markdown, *.ipynb) in empty\n")),
        Case(name: "an output folder that is a file",
             files: ["good.md": Array("# Good\n".utf8), "out": Array("I am a file\n".utf8)],
             arguments: ["render", "good.md", "-o", "out"], status: 73,
             stderr: .exactly("error: cannot create the folder out: a file of that name is in the way\n0 of 1 notebook rendered in N ms\n")),
        Case(name: "a report whose place is taken by a folder",
             files: ["good.md": Array("# Good\n".utf8), "out/good.html/": []],
             arguments: ["render", "good.md", "-o", "out"], status: 73,
             stderr: .exactly("error: cannot write out/good.html: Is a directory\n0 of 1 notebook rendered in N ms\n")),
        Case(name: "an unknown flag",
             files: ["good.md": Array("# Good\n".utf8)],
             arguments: ["render", "--colour", "good.md", "-o", "out"], status: 64,
             stderr: .firstLine("Error: Unknown option '--colour'")),
        Case(name: "standard output with two notebooks",
             files: ["a.md": Array("# A\n".utf8), "b.md": Array("# B\n".utf8)],
             arguments: ["render", "a.md", "b.md", "-o", "-"], status: 64,
             stderr: .firstLine("Error: --output - writes one notebook to standard output, but 2 were given")),
        Case(name: "standard output with a folder of two notebooks",
             files: ["many/a.md": Array("# A\n".utf8), "many/b.md": Array("# B\n".utf8)],
             arguments: ["render", "many", "--output", "-"], status: 64,
             stderr: .firstLine("Error: --output - writes one notebook to standard output, but 2 were given")),
        Case(name: "an invalid cell option value",
             files: ["cell.md": Array("# Cell\n\n```swift\n//| label: first\n//| echo: maybe\nlet x = 1\n```\n".utf8)],
             arguments: ["render", "--quiet", "cell.md", "-o", "out"], status: 1,
             stderr: .exactly("""
                cell.md:5:11: error: cell option `echo` must be `true`, `false` or `fold`
                //| echo: maybe
                          ^

                """)),
        Case(name: "cell options that are not valid YAML",
             files: ["cell.md": Array("```swift\n//| echo: [maybe\nlet x = 1\n```\n".utf8)],
             arguments: ["render", "--quiet", "cell.md", "-o", "out"], status: 1,
             stderr: .firstLine("cell.md:2:5: error: invalid YAML in cell options: did not find expected ',' or ']'")),
        Case(name: "a bad front matter value",
             files: ["lang.md": Array("---\ntitle: Tagged\nlang: not a tag\n---\n\nText.\n".utf8)],
             arguments: ["render", "--quiet", "lang.md", "-o", "out"], status: 1,
             stderr: .exactly("""
                lang.md:3:7: error: `lang` must be a BCP 47 language tag such as `ar` or `en-GB`
                lang: not a tag
                      ^

                """)),
    ]

    @Test(arguments: cases)
    func badInputFailsClearlyAndChangesNothing(_ testCase: Case) throws {
        let folder = try TemporaryFolder(purpose: "bad-input")
        defer { folder.remove() }
        for (path, bytes) in testCase.files {
            if path.hasSuffix("/") { try folder.makeFolder(path) } else { try folder.write(bytes, to: path) }
        }
        let before = folder.snapshot()
        let result = try DaftarProcess.run(testCase.arguments, in: folder.url)

        #expect(result.status == testCase.status, "stderr: \(result.stderr)")
        let stderr = result.normalizedStderr(temporaryFolder: folder)
        switch testCase.stderr {
        case .exactly(let expected):
            #expect(stderr == expected)
        case .firstLine(let expected):
            #expect(stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) == expected)
        case .prefix(let expected):
            #expect(stderr.hasPrefix(expected), "stderr: \(stderr)")
            #expect(stderr.components(separatedBy: "\n").count == 2, "one line expected: \(stderr)")
        }
        #expect(result.stdout == "")
        let after = folder.snapshot()
        #expect(after.keys.sorted() == before.keys.sorted(), "files were added or removed")
        for (path, bytes) in before.sorted(by: { $0.key < $1.key }) where after[path].map({ $0 != bytes }) ?? false {
            Issue.record("\(path) was changed")
        }
    }

    /// An unknown cell option is a warning at its line: the notebook still renders.
    @Test func unknownCellOptionIsAWarning() throws {
        let folder = try TemporaryFolder(purpose: "warning")
        defer { folder.remove() }
        try folder.write("# Cell\n\n```swift\n//| colour: red\nlet x = 1\n```\n", to: "cell.md")
        let result = try folder.daftar("render", "--quiet", "cell.md", "-o", "out")
        #expect(result.status == 0)
        #expect(result.stderr == """
            cell.md:4:5: warning: unknown cell option `colour`; it is ignored
            //| colour: red
                ^
            note: known options: `label`, `caption`, `echo`, `eval`, `output`, `error`, `timeout`, `depends`, `fig-cap`, `fig-alt`, `tbl-cap`, `code-fold`, `code-summary`, `include`, `warning`, `id`

            """)
        #expect(folder.files(below: "out") == ["cell.html", "index.html"])
        #expect(try folder.read("out/cell.html").contains("<pre><code class=\"language-swift\"><span class=\"kw\">let</span> x"))
    }

    /// A notebook that fails leaves its previous report byte for byte and the index untouched,
    /// with no temporary file left behind; the other notebooks still render.
    @Test func aBrokenNotebookKeepsItsPreviousReport() throws {
        let folder = try TemporaryFolder(purpose: "keep")
        defer { folder.remove() }
        try folder.write("---\ntitle: First\nlang: en\n---\n\n# One\n\nText.\n", to: "Notebooks/a.md")
        try folder.write("---\ntitle: Second\n---\n\nMore text.\n", to: "Notebooks/b.md")
        let first = try folder.daftar("render", "--quiet")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(folder.files(below: "Output") == ["a.html", "b.html", "index.html"])
        let rendered = folder.snapshot(below: "Output")

        try folder.write("---\ntitle: First\nlang: [en\n---\n\n# One, edited\n\nText.\n", to: "Notebooks/a.md")
        try folder.write("---\ntitle: Second, edited\n---\n\nMore text.\n", to: "Notebooks/b.md")
        let second = try folder.daftar("render")
        #expect(second.status == 1)
        #expect(second.normalizedStderr(temporaryFolder: folder) == """
            Notebooks/a.md:4:1: error: invalid YAML in front matter: did not find expected ',' or ']'
            ---
            ^
            Notebooks/a.md:3:7: note: while parsing a flow sequence
            lang: [en
                  ^
            rendered Notebooks/b.md → Output/b.html in N ms
            1 of 2 notebooks rendered in N ms

            """)
        let after = folder.snapshot(below: "Output")
        #expect(after.keys.sorted() == ["a.html", "b.html", "index.html"], "a temporary file was left behind")
        #expect(after["a.html"] == rendered["a.html"], "the previous report of the broken notebook changed")
        #expect(after["index.html"] == rendered["index.html"], "the index changed although a notebook failed")
        #expect(after["b.html"] != rendered["b.html"], "the good notebook was not rendered again")
        #expect(String(decoding: after["b.html"] ?? [], as: UTF8.self).contains("<title>Second, edited</title>"))
    }
}
