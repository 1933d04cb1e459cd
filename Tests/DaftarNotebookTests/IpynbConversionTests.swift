import DaftarKernelProtocol
import Foundation
import Testing
@testable import DaftarNotebook

/// Markdown notebooks to nbformat 4.5 and back: every cell and option kept, outputs in
/// nbformat's shapes, and Jupyter notebooks imported as Daftar Markdown.
@Suite struct IpynbConversionTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every Markdown notebook the repository ships.
    static let notebooks: [String] = {
        let folder = repository.appendingPathComponent("Notebooks").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }()

    private func toIpynb(_ source: SourceFile, results: NotebookResults? = nil) -> String {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(source, diagnostics: &diagnostics)
        return JSONWriter.text(JupyterNotebook(converting: notebook, source: source, results: results).json)
    }

    private func toMarkdown(_ ipynb: String, path: String = "x.ipynb") throws -> (String, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let jupyter = try #require(JupyterNotebook.read(SourceFile(path: path, text: ipynb), diagnostics: &diagnostics))
        return (jupyter.markdown(diagnostics: &diagnostics), diagnostics)
    }

    /// What a round trip must keep of a notebook: its kinds of cells in order, each code cell's
    /// identity, code and options, and its front matter.
    private func essence(_ notebook: Notebook) -> [String] {
        notebook.frontMatter.metadata.map { "front matter \($0.key): \($0.value)" } + notebook.cells.map { cell in
            switch cell {
            case .prose: "prose"
            case .fencedCode(let block): "fence \(block.info)"
            case .code(let code): "cell \(code.id) \(code.options.entries.map { "\($0.key)=\($0.value)" }) \(code.code)"
            }
        }
    }

    /// Lines with runs of blank lines made one, and none at either end: what the round trip may change.
    private func normalized(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !(line.isEmpty && (lines.last?.isEmpty ?? true)) {
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    @Test func theRepositoryHasNotebooks() {
        #expect(Self.notebooks.count >= 5)
    }

    @Test(arguments: notebooks)
    func markdownToIpynbAndBackKeepsEveryCellAndOption(name: String) throws {
        let path = Self.repository.appendingPathComponent("Notebooks/\(name)").path
        let source = try SourceFile(path: path, data: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let (markdown, diagnostics) = try toMarkdown(toIpynb(source))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        var found: [Diagnostic] = []
        let original = Notebook.parse(source, diagnostics: &found)
        let back = Notebook.parse(SourceFile(path: path, text: markdown), diagnostics: &found)
        #expect(essence(back) == essence(original))
        #expect(normalized(markdown) == normalized(source.text))
    }

    /// Ids come from cell identities (labels, code hashes), Markdown cells' from their text; the
    /// front matter is a raw cell; Swift cells keep their `//|` lines; the kernel is Swift.
    @Test func theIpynbHasIdsOptionsAndAKernel() throws {
        let text = "---\ntitle: T\n---\n\nIntro.\n\n```swift\n//| label: fig-a\n//| echo: fold\nprint(1)\n```\n\n```python\nshown()\n```\n\n```swift\nlet b = 2\n```\n"
        let ipynb = toIpynb(SourceFile(path: "x.md", text: text))
        let root = try JSONScanner.parse(Array(ipynb.utf8))
        let cells = try #require(root["cells"]?.array)
        #expect(cells.map { $0["id"]?.string } == [
            "front-matter", NodeID.derived(prefix: "md", code: "Intro.").rawValue, "fig-a",
            NodeID.derived(prefix: "md", code: "```python\nshown()\n```").rawValue, NodeID.derived(prefix: "cell", code: "let b = 2\n").rawValue,
        ])
        #expect(cells.map { $0["cell_type"]?.string } == ["raw", "markdown", "code", "markdown", "code"])
        #expect(cells[2]["source"]?.array?.compactMap(\.string) == ["//| label: fig-a\n", "//| echo: fold\n", "print(1)"])
        #expect(cells[2]["execution_count"]?.value == .null)
        #expect(root["metadata"]?["kernelspec"]?["language"]?.string == "swift")
        #expect(root["nbformat"]?.integer == 4 && root["nbformat_minor"]?.integer == 5)
    }

    /// Outputs in nbformat's shapes: streams, displays (JSON as JSON, images as one string, text as
    /// lines), errors; execution counts for the cells that ran.
    @Test func outputsAndExecutionCounts() throws {
        let text = "```swift\nprint(1)\n```\n\n```swift\n//| eval: false\nskipped()\n```\n\n```swift\nfail()\n```\n"
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: text), diagnostics: &diagnostics)
        let ids = notebook.codeCells.map(\.id)
        let results = NotebookResults(cells: [
            CellResult(id: ids[0], status: .ok, outputs: [
                .stream(.stdout, text: "1\n2\n", hiddenLines: 0),
                .display(MIMEBundle([(MIMEType.svg, "<svg>\n</svg>"), (MIMEType.plainText, "chart")])),
                .display(MIMEBundle([(MIMEType.json, "{\"a\": [1]}"), (MIMEType.png, "AAAA")])),
            ]),
            CellResult(id: ids[1], status: .skipped),
            CellResult(id: ids[2], status: .failed, outputs: [.error(message: "Fatal error: boom\nmore", line: 11, column: 1)]),
        ])
        let ipynb = toIpynb(SourceFile(path: "x.md", text: text), results: results)
        let cells = try #require(try JSONScanner.parse(Array(ipynb.utf8))["cells"]?.array)
        #expect(cells.map { $0["execution_count"]?.integer } == [1, nil, 2])
        #expect(JSONWriter.text(try #require(cells[0]["outputs"])) == """
            [
             {
              "name": "stdout",
              "output_type": "stream",
              "text": [
               "1\\n",
               "2\\n"
              ]
             },
             {
              "data": {
               "image/svg+xml": [
                "<svg>\\n",
                "</svg>"
               ],
               "text/plain": [
                "chart"
               ]
              },
              "metadata": {},
              "output_type": "display_data"
             },
             {
              "data": {
               "application/json": {
                "a": [
                 1
                ]
               },
               "image/png": "AAAA"
              },
              "metadata": {},
              "output_type": "display_data"
             }
            ]

            """)
        #expect(JSONWriter.text(try #require(cells[2]["outputs"])) == """
            [
             {
              "ename": "Error",
              "evalue": "Fatal error: boom",
              "output_type": "error",
              "traceback": [
               "Fatal error: boom",
               "more"
              ]
             }
            ]

            """)
    }

    /// A Python notebook becomes shown-only fences with one warning; `#|` options stay in the code
    /// of other languages and become `//|` in Swift; raw cells become raw blocks; metadata's title
    /// becomes front matter.
    @Test func jupyterNotebooksBecomeDaftarMarkdown() throws {
        let python = """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": "# Title\\n\\nText."},
              {"cell_type": "code", "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": "x"}],
               "execution_count": 1, "source": ["#| echo: false\\n", "'''\\n", "```\\n", "'''"]},
              {"cell_type": "raw", "metadata": {"format": "text/html"}, "source": "<hr>"},
              {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "x = 1"}
            ], "metadata": {"title": "A \\"quoted\\" title", "kernelspec": {"language": "python", "name": "python3"}},
             "nbformat": 4, "nbformat_minor": 4}
            """
        let (markdown, diagnostics) = try toMarkdown(python)
        #expect(markdown == """
            ---
            title: "A \\"quoted\\" title"
            ---

            # Title

            Text.

            ````python
            #| echo: false
            '''
            ```
            '''
            ````

            ```{=html}
            <hr>
            ```

            ```python
            x = 1
            ```

            """)
        #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" } == [
            "3:3: 2 python code cells become fences that are shown and never run: Daftar runs Swift cells only",
        ])
        let swift = """
            {"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
              "source": ["#| label: fig-x\\n", "//| echo: false\\n", "plot()"]}],
             "metadata": {"kernelspec": {"language": "swift", "name": "swift"}}, "nbformat": 4, "nbformat_minor": 5}
            """
        let (swiftMarkdown, swiftDiagnostics) = try toMarkdown(swift)
        #expect(swiftMarkdown == "```swift\n//| label: fig-x\n//| echo: false\nplot()\n```\n")
        #expect(swiftDiagnostics.isEmpty)
    }

    /// A Swift cell's Jupyter id goes into the Markdown as Quarto's `id` option, and from there
    /// back into the `.ipynb`: where it is what the cell would be named anyway (its label, or the
    /// name made from its code), nothing is added, so that `md → ipynb → md` stays as it was.
    @Test func jupyterIdsSurviveTheTripThroughMarkdown() throws {
        let derived = NodeID.derived(prefix: "cell", code: "2\n").rawValue
        let ipynb = """
            {"cells": [
              {"cell_type": "code", "id": "a1b2c3", "metadata": {}, "outputs": [], "execution_count": null, "source": "1"},
              {"cell_type": "code", "id": "\(derived)", "metadata": {}, "outputs": [], "execution_count": null, "source": "2"},
              {"cell_type": "code", "id": "\(derived)-2", "metadata": {}, "outputs": [], "execution_count": null, "source": "2"},
              {"cell_type": "code", "id": "fig-x", "metadata": {}, "outputs": [], "execution_count": null, "source": "//| label: fig-x\\nplot()"},
              {"cell_type": "code", "id": "kept", "metadata": {}, "outputs": [], "execution_count": null, "source": "//| label: fig-y\\nplot()"}
            ], "metadata": {"kernelspec": {"language": "swift", "name": "swift"}}, "nbformat": 4, "nbformat_minor": 5}
            """
        let (markdown, diagnostics) = try toMarkdown(ipynb)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(markdown == """
            ```swift
            //| id: a1b2c3
            1
            ```

            ```swift
            2
            ```

            ```swift
            2
            ```

            ```swift
            //| label: fig-x
            plot()
            ```

            ```swift
            //| id: kept
            //| label: fig-y
            plot()
            ```

            """)
        var found: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &found)
        #expect(found.isEmpty, "\(found)")
        #expect(notebook.codeCells.map(\.id) == ["a1b2c3", NodeID(derived), NodeID(derived + "-2"), "fig-x", "fig-y"])
        let back = try #require(JupyterNotebook.read(SourceFile(path: "x.ipynb", text: toIpynb(SourceFile(path: "x.md", text: markdown))),
                                                     diagnostics: &found))
        #expect(back.cells.map(\.id) == ["a1b2c3", derived, derived + "-2", "fig-x", "kept"])
    }

    /// In a Markdown notebook, Quarto's `id` option names a cell without a label; one that is not
    /// a Jupyter cell id is a warning at its value, and a second cell with one id is named from its code.
    @Test func theIdOptionNamesACellAndABadOneIsAWarning() {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: """
            ```swift
            //| id: first
            1
            ```

            ```swift
            //| id: not valid
            2
            ```

            ```swift
            //| id: first
            3
            ```

            """), diagnostics: &diagnostics)
        #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" } == [
            "7:9: cell option `id` is not 1 to 64 letters, digits, `-` or `_` (a Jupyter cell id); it is ignored",
            "11:1: two cells have the id `first`; the second is named from its code",
        ])
        #expect(notebook.codeCells.map(\.id) == ["first", .derived(prefix: "cell", code: "2\n"), .derived(prefix: "cell", code: "3\n")])
    }
}
