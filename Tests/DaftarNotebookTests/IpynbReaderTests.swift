import DaftarKernelProtocol
import Testing
@testable import DaftarNotebook

/// Jupyter notebooks read into the notebook model: cells, options, held outputs, front matter,
/// attachments, and every message at the `.ipynb` file's own line and column.
@Suite struct IpynbReaderTests {
    static let notebook = """
        {
         "cells": [
          {"cell_type": "raw", "id": "fm", "metadata": {}, "source": ["---\\n", "title: تجربة\\n", "lang: ar\\n", "---"]},
          {"cell_type": "markdown", "id": "intro", "metadata": {},
           "source": ["# Intro\\n", "\\n", "Some $x^2$ and ![plot](attachment:p.png)\\n"],
           "attachments": {"p.png": {"image/png": "iVBORw0K\\nGgo="}}},
          {"cell_type": "code", "execution_count": 1, "id": "c1", "metadata": {},
           "outputs": [{"name": "stdout", "output_type": "stream", "text": ["hi\\n"]},
                       {"output_type": "execute_result", "execution_count": 1, "metadata": {},
                        "data": {"text/plain": ["2"], "application/json": {"a": [1]}}},
                       {"output_type": "error", "ename": "ValueError", "evalue": "bad", "traceback": ["\\u001b[31mValueError\\u001b[0m: bad"]}],
           "source": ["#| label: fig-plot\\n", "#| echo: false\\n", "print('hi')"]},
          {"cell_type": "code", "execution_count": null, "id": "c2", "metadata": {}, "outputs": [], "source": "x = 1"},
          {"cell_type": "raw", "id": "r", "metadata": {"raw_mimetype": "text/html"}, "source": "<b>raw</b>"},
          {"cell_type": "raw", "id": "r2", "metadata": {}, "source": "dropped"}
         ],
         "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
         "nbformat": 4, "nbformat_minor": 5
        }
        """

    private func read(_ text: String) -> (Notebook, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parseIpynb(SourceFile(path: "x.ipynb", text: text), diagnostics: &diagnostics)
        return (notebook, diagnostics)
    }

    @Test func cellsOptionsAndFrontMatterAreRead() throws {
        let (notebook, diagnostics) = read(Self.notebook)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(notebook.frontMatter.title == "تجربة")
        #expect(notebook.direction == .rtl)
        #expect(notebook.cells.count == 4)
        let cells = notebook.codeCells
        // A label names its cell; a cell without one is named by its Jupyter id.
        #expect(cells.map(\.id) == ["fig-plot", "c2"])
        #expect(cells.map(\.language) == ["python", "python"])
        #expect(cells[0].code == "print('hi')\n")
        #expect(cells[0].options.echo == .hidden)
        guard case .prose(let blocks) = notebook.cells[3], case .rawBlock(let format, let text)? = blocks.first else {
            Issue.record("the text/html raw cell is not a raw block: \(notebook.cells[3])")
            return
        }
        #expect(format == "html" && text == "<b>raw</b>")
    }

    /// Outputs are held by cell identity; a cell that never ran is `skipped`, one with an error `failed`.
    @Test func outputsAreHeldByIdentity() throws {
        let (notebook, _) = read(Self.notebook)
        let results = try #require(notebook.heldResults)
        let plot = try #require(results.result(for: "fig-plot"))
        #expect(plot.status == .failed)
        #expect(plot.outputs == [
            .stream(.stdout, text: "hi\n", hiddenLines: 0),
            .display(MIMEBundle([(MIMEType.plainText, "2"), (MIMEType.json, "{\n \"a\": [\n  1\n ]\n}")])),
            .error(message: "\u{1B}[31mValueError\u{1B}[0m: bad", line: nil, column: nil),
        ])
        #expect(results.cells.map(\.status) == [.failed, .skipped])
        #expect(!notebook.hasCodeToRun || notebook.heldResults != nil)
    }

    /// Swift cells take `//|` options, or `#|` ones as other tools write them.
    @Test func swiftCellsTakeEitherOptionPrefix() {
        let text = """
            {"cells": [
              {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "//| label: a\\n1"},
              {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "#| label: b\\n#| echo: false\\n2"}
            ], "metadata": {"kernelspec": {"language": "swift", "name": "swift"}}, "nbformat": 4, "nbformat_minor": 5}
            """
        let (notebook, diagnostics) = read(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(notebook.codeCells.map(\.id) == ["a", "b"])
        #expect(notebook.codeCells.map(\.code) == ["1\n", "2\n"])
        #expect(notebook.codeCells.map(\.options.echo) == [.shown, .hidden])
    }

    @Test func attachmentsBecomeDataURIs() throws {
        let (notebook, _) = read(Self.notebook)
        guard case .prose(let blocks) = notebook.cells[0] else {
            Issue.record("the Markdown cell is not prose")
            return
        }
        let images = blocks.flatMap(\.inlinesDeep).compactMap { if case .attributedImage(let image) = $0 { image } else { nil } }
        #expect(images.map(\.embedded) == ["data:image/png;base64,iVBORw0KGgo="])
    }

    /// A problem in a cell's source is reported at its place in the JSON file, escapes counted.
    @Test func cellMessagesPointIntoTheFile() {
        let text = """
            {"cells": [
             {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
              "source": ["x = \\"\\u00e9\\"\\n#| echo: maybe\\n"]},
             {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null,
              "source": ["#| label: a\\n", "#| echo: maybe\\n", "1"]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """
        let (_, diagnostics) = read(text)
        #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" } == [
            "5:41: cell option `echo` must be `true`, `false` or `fold`",
        ])
    }

    @Test func markdownWarningsPointIntoTheFile() {
        let text = """
            {"cells": [{"cell_type": "markdown", "metadata": {},
              "source": "Intro \\"quoted\\"\\n\\n::: {.note}\\ntext\\n"}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """
        let (_, diagnostics) = read(text)
        #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column)" } == ["2:34"])
    }

    /// A valid cell id names its cell when it has no label, so that editing the code keeps its
    /// identity; an invalid, repeated or label-taking id is a warning at it, and the cell is
    /// named from its code as in a notebook without ids.
    @Test func cellIdsNameUnlabelledCellsAndBadOnesAreWarnings() {
        let text = """
            {"cells": [
             {"cell_type": "code", "id": "keep-me_1", "metadata": {}, "outputs": [], "execution_count": null, "source": "1"},
             {"cell_type": "code", "id": "a b\\u202e", "metadata": {}, "outputs": [], "execution_count": null, "source": "2"},
             {"cell_type": "code", "id": "keep-me_1", "metadata": {}, "outputs": [], "execution_count": null, "source": "3"},
             {"cell_type": "code", "id": "\(String(repeating: "x", count: 65))", "metadata": {}, "outputs": [], "execution_count": null, "source": "4"},
             {"cell_type": "code", "id": "named", "metadata": {}, "outputs": [], "execution_count": null, "source": "5"},
             {"cell_type": "code", "id": "z", "metadata": {}, "outputs": [], "execution_count": null, "source": "#| label: named\\n6"}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """
        let (notebook, diagnostics) = read(text)
        #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" } == [
            "3:30: the cell id `a b<U+202E>` is not 1 to 64 letters, digits, `-` or `_` (nbformat 4.5); it is ignored, and a code cell is named from its code",
            "4:30: two cells have the id `keep-me_1`; the second's is ignored, and a code cell is named from its code",
            "5:30: the cell id `\(String(repeating: "x", count: 65))` is not 1 to 64 letters, digits, `-` or `_` (nbformat 4.5); "
                + "it is ignored, and a code cell is named from its code",
            "6:106: the cell id `named` is another cell's label; this cell is named from its code",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics[1].notes == [Diagnostic.Note("the first is here", at: SourceLocation(file: "x.ipynb", line: 2, column: 30))])
        #expect(notebook.codeCells.map(\.id) == [
            "keep-me_1", NodeID.derived(prefix: "cell", code: "2\n"), NodeID.derived(prefix: "cell", code: "3\n"), NodeID.derived(prefix: "cell", code: "4\n"),
            NodeID.derived(prefix: "cell", code: "5\n"), "named",
        ])
        #expect(notebook.codeCells.map(\.jupyterID) == ["keep-me_1", nil, nil, nil, nil, "z"])
    }

    /// nbconvert shows an image at the `width` and `height` its output's metadata gives.
    @Test func imageSizesComeFromTheOutputsMetadata() throws {
        let text = """
            {"cells": [{"cell_type": "code", "id": "p", "metadata": {}, "execution_count": 1, "source": "plot()",
              "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBORw0KGgo=", "text/plain": ["<Figure>"]},
                           "metadata": {"image/png": {"width": 320, "height": 240}, "text/plain": {"width": 9}}}]}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """
        let (notebook, diagnostics) = read(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let outputs = try #require(notebook.heldResults?.result(for: "p")?.outputs)
        #expect(outputs == [.display(MIMEBundle([
            MIMERepresentation(type: .png, content: "iVBORw0KGgo=", width: 320, height: 240),
            MIMERepresentation(type: .plainText, content: "<Figure>", width: 9),
        ]))])
    }

    @Test(arguments: [
        ("[]", "a Jupyter notebook is a JSON object with `nbformat`, `metadata` and `cells`", "1:1"),
        ("{\"nbformat\": 3, \"cells\": []}", "only nbformat 4 notebooks are read; upgrade it with `jupyter nbconvert --to notebook --nbformat 4`", "1:14"),
        ("{\"nbformat\": 4}", "the notebook has no `cells` list", "1:1"),
        ("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"text\", \"source\": \"\"}]}", "a cell's `cell_type` must be \"markdown\", \"code\" or \"raw\"", "1:41"),
        ("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": 3}]}", "the cell's `source` must be a string or a list of strings", "1:59"),
        ("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"output_type\": \"movie\"}]}]}",
         "unknown `output_type` \"movie\": expected stream, display_data, execute_result or error", "1:91"),
        ("{\"nbformat\": 4, \"cells\": [\n{\"cell_type\": \"markdown\", \"source\": [\"a\", 1]}]}", "the cell's `source` must be a string or a list of strings", "2:43"),
        ("{\"nbformat\": 4, \"cells\": [}", "the notebook is not valid JSON: unexpected character `}`: expected a JSON value", "1:27"),
    ])
    func schemaErrorsAreLocated(text: String, message: String, location: String) {
        let (notebook, diagnostics) = read(text)
        #expect(diagnostics.map { "\($0.location!.line):\($0.location!.column): \($0.message)" } == ["\(location): \(message)"])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(notebook.cells.isEmpty)
    }
}
