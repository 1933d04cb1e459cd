import DaftarKernelProtocol
import DaftarKernel
import DaftarNotebook
import Foundation
import Testing

/// Frozen results: where they live, how they read on disk, and how they fit a notebook whose
/// prose has changed.
@Suite struct FreezeTests {
    static let text = """
        # T

        ```swift
        //| label: first
        print("a")
        ```

        Inline `{swift} 1` and `{swift} 2`.

        ```swift
        //| label: second
        display(html: "<b>x</b>")
        ```

        """

    /// The identity of the text's first inline expression.
    static let one = notebook(text).inlineExpressions[0].id

    /// Results as the kernel gives them: by identity, error lines absolute (the second cell's
    /// code starts at line 12).
    static let results = NotebookResults(cells: [
        CellResult(id: "first", status: .ok, outputs: [.stream(.stdout, text: "a\nb\n", hiddenLines: 3)], seconds: 0.5),
        CellResult(id: "second", status: .failed, outputs: [
            .display(MIMEBundle([MIMERepresentation(type: .html, content: "<b>x</b>\n<i>y</i>")])),
            .error(message: "Fatal error: boom\nmore", line: 12, column: 1),
        ]),
    ], inlineValues: [one: "1"])

    @Test(arguments: [
        ("x.md", "_freeze/x.json"), ("Notebooks/x.md", "Notebooks/_freeze/x.json"),
        ("a/b/c.qmd", "a/b/_freeze/c.json"), ("n.markdown", "_freeze/n.json"),
        ("why.ar.md", "_freeze/why.ar.json"), ("/abs/مجلد ع/دفتر.md", "/abs/مجلد ع/_freeze/دفتر.json"),
    ])
    func freezesLiveInAFreezeFolderBesideTheNotebook(notebook: String, freeze: String) {
        #expect(Freeze.path(forNotebookAt: notebook) == freeze)
    }

    /// Cells and values are kept by identity, error lines relative to their cell's code.
    @Test func resultsAreKeptByIdentity() {
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook(Self.text))
        #expect(freeze.cells.map(\.id) == ["first", "second"])
        #expect(freeze.inlineValues == [Self.one.rawValue: "1"])
        #expect(freeze.cells[1].outputs.last == .error(message: "Fatal error: boom\nmore", line: 1, column: 1))
    }

    @Test func aRoundTripGivesTheSameResults() throws {
        let notebook = notebook(Self.text)
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook)
        let decoded = try JSONDecoder().decode(Freeze.self, from: Data(try freeze.encoded().utf8))
        #expect(decoded == freeze)
        #expect(decoded.results(for: notebook) == Self.results)
    }

    /// Prose added or removed around the cells moves them; the freeze still fits, and error lines
    /// move with their cells.
    @Test func proseBetweenCellsKeepsTheFreezeValid() throws {
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook(Self.text))
        let edited = notebook("""
            # T

            A new paragraph.

            ```swift
            //| label: first
            print("a")
            ```

            Inline `{swift} 1` and `{swift} 2`.

            ```text
            a listing, which is a cell of its own
            ```

            More.

            ```swift
            //| label: second
            display(html: "<b>x</b>")
            ```

            """)
        let thawed = try #require(freeze.results(for: edited))
        #expect(thawed.cells.map(\.id) == ["first", "second"])
        #expect(thawed.cells[0].outputs == Self.results.cells[0].outputs)
        #expect(thawed.cells[1].outputs.last == .error(message: "Fatal error: boom\nmore", line: 20, column: 1))
        #expect(thawed.inlineValues == [Self.one: "1"])
    }

    /// A freeze that does not fit — another cell, or cells under other identities — is no freeze.
    @Test func aFreezeThatDoesNotFitGivesNoResults() {
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook(Self.text))
        #expect(freeze.results(for: notebook(Self.text + "```swift\nprint(3)\n```\n")) == nil)
        #expect(freeze.results(for: notebook(Self.text.replacingOccurrences(of: "label: second", with: "label: third"))) == nil)
    }

    /// On disk: keys sorted, two-space indentation, text as lists of lines, slashes and markup
    /// unescaped, a final newline.
    @Test func theEncodingIsStableAndReadable() throws {
        let freeze = Freeze(key: "sha/256", results: Self.results, notebook: notebook(Self.text))
        let encoded = try freeze.encoded()
        #expect(encoded == """
            {
              "cells" : [
                {
                  "id" : "first",
                  "outputs" : [
                    {
                      "hidden_lines" : 3,
                      "name" : "stdout",
                      "output_type" : "stream",
                      "text" : [
                        "a\\n",
                        "b\\n"
                      ]
                    }
                  ],
                  "seconds" : 0.5,
                  "status" : "ok"
                },
                {
                  "id" : "second",
                  "outputs" : [
                    {
                      "data" : [
                        {
                          "content" : [
                            "<b>x</b>\\n",
                            "<i>y</i>"
                          ],
                          "type" : "text/html"
                        }
                      ],
                      "output_type" : "display_data"
                    },
                    {
                      "column" : 1,
                      "line" : 1,
                      "message" : [
                        "Fatal error: boom\\n",
                        "more"
                      ],
                      "output_type" : "error"
                    }
                  ],
                  "status" : "failed"
                }
              ],
              "inline_values" : {
                "\(Self.one)" : "1"
              },
              "key" : "sha/256"
            }

            """)
        // Encoding again, or encoding what was decoded, gives the same bytes.
        #expect(try freeze.encoded() == encoded)
        #expect(try JSONDecoder().decode(Freeze.self, from: Data(encoded.utf8)).encoded() == encoded)
    }

    @Test func loadReadsTheFreezeBesideTheNotebookAndIgnoresBrokenOnes() throws {
        let folder = NSTemporaryDirectory() + "/daftar-freeze-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/_freeze", withIntermediateDirectories: true)
        let path = folder + "/x.md"
        #expect(Freeze.load(forNotebookAt: path) == nil)
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook(Self.text, path: path))
        try freeze.encoded().write(toFile: folder + "/_freeze/x.json", atomically: true, encoding: .utf8)
        #expect(Freeze.load(forNotebookAt: path) == freeze)
        try "{\"key\": ".write(toFile: folder + "/_freeze/x.json", atomically: true, encoding: .utf8)
        #expect(Freeze.load(forNotebookAt: path) == nil)
    }
}
