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
        print("a")
        ```

        Inline `{swift} 1` and `{swift} 2`.

        ```swift
        display(html: "<b>x</b>")
        ```

        """

    /// Results as the kernel numbers them: by index among all cells.
    static let results = NotebookResults(cells: [
        CellResult(cell: 1, status: .ok, outputs: [.stream(.stdout, text: "a\nb\n", hiddenLines: 3)], seconds: 0.5),
        CellResult(cell: 3, status: .failed, outputs: [
            .display([MIMERepresentation(type: "text/html", content: "<b>x</b>\n<i>y</i>")]),
            .error(message: "Fatal error: boom\nmore", line: 9, column: 1),
        ]),
    ], inlineValues: ["1", nil])

    @Test(arguments: [
        ("x.md", "_freeze/x.json"), ("Notebooks/x.md", "Notebooks/_freeze/x.json"),
        ("a/b/c.qmd", "a/b/_freeze/c.json"), ("n.markdown", "_freeze/n.json"),
        ("why.ar.md", "_freeze/why.ar.json"), ("/abs/مجلد ع/دفتر.md", "/abs/مجلد ع/_freeze/دفتر.json"),
    ])
    func freezesLiveInAFreezeFolderBesideTheNotebook(notebook: String, freeze: String) {
        #expect(Freeze.path(forNotebookAt: notebook) == freeze)
    }

    @Test func cellsAreNumberedAmongCodeCells() {
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook(Self.text))
        #expect(freeze.cells.map(\.cell) == [0, 1])
        #expect(freeze.inlineValues == ["1", nil])
    }

    @Test func aRoundTripGivesTheSameResults() throws {
        let notebook = notebook(Self.text)
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook)
        let decoded = try JSONDecoder().decode(Freeze.self, from: Data(try freeze.encoded().utf8))
        #expect(decoded == freeze)
        #expect(decoded.results(for: notebook) == Self.results)
    }

    /// Prose added or removed around the cells moves their indexes; the freeze still fits.
    @Test func proseBetweenCellsKeepsTheFreezeValid() throws {
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook(Self.text))
        let edited = notebook("""
            # T

            A new paragraph.

            ```swift
            print("a")
            ```

            Inline `{swift} 1` and `{swift} 2`.

            ```text
            a listing, which is a cell of its own
            ```

            More.

            ```swift
            display(html: "<b>x</b>")
            ```

            """)
        let thawed = try #require(freeze.results(for: edited))
        #expect(thawed.cells.map(\.cell) == [1, 5])
        #expect(thawed.cells.map(\.outputs) == Self.results.cells.map(\.outputs))
        #expect(thawed.inlineValues == ["1", nil])
    }

    /// A freeze that does not fit — another number of cells or inline expressions — is no freeze.
    @Test func aFreezeThatDoesNotFitGivesNoResults() {
        let freeze = Freeze(key: "k", results: Self.results, notebook: notebook(Self.text))
        #expect(freeze.results(for: notebook(Self.text + "```swift\nprint(3)\n```\n")) == nil)
        #expect(freeze.results(for: notebook(Self.text.replacingOccurrences(of: " and `{swift} 2`", with: ""))) == nil)
        #expect(freeze.results(for: notebook(Self.text + "\nAnd `{swift} 3`.\n")) == nil)
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
                  "cell" : 0,
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
                  "cell" : 1,
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
                      "line" : 9,
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
              "inline_values" : [
                "1",
                null
              ],
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
