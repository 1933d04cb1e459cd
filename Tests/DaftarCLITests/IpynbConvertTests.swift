import Foundation
import Testing

/// `daftar convert`: Markdown notebooks to nbformat 4.5 with their executed outputs (valid by
/// the `nbformat` package, opened by `jupyter nbconvert`), and back.
@Suite struct IpynbConvertTests {
    static let notebook = """
        ---
        title: Converted
        execute: {allow-errors: true}
        ---

        Prose with a value: `{swift} 6 * 7`.

        ```swift
        //| label: fig-shapes
        //| caption: Shapes
        print("printed")
        display(html: "<b>bold</b>")
        display(svg: #"<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect width="1" height="1"/></svg>"#)
        ```

        ```python
        shown_only()
        ```

        ```swift
        //| echo: fold
        let xs: [Int] = []
        print(xs[1])
        ```

        """

    /// Runs `python3` with `script`; its status and what it printed.
    private func python(_ script: String, in folder: TemporaryFolder) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func theIpynbIsValidOpensInNbconvertAndRendersAsTheMarkdownDoes() throws {
        let folder = try TemporaryFolder(purpose: "convert-ipynb")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "shapes.md")
        let converted = try folder.daftar("convert", "shapes.md", "--to", "ipynb")
        #expect(converted.status == 0, "\(converted.stderr)")
        #expect(converted.normalizedStderr() == "converted shapes.md → shapes.ipynb in N ms\n")

        let validation = try python("""
            import nbformat
            nb = nbformat.read("shapes.ipynb", as_version=4)
            nbformat.validate(nb)
            print(nb.nbformat, nb.nbformat_minor, [c.cell_type for c in nb.cells], [c.get("execution_count") for c in nb.cells])
            print([[o.output_type for o in c.get("outputs", [])] for c in nb.cells])
            print(nb.cells[2].id, repr(nb.cells[2].source))
            """, in: folder)
        #expect(validation.status == 0, "\(validation.output)")
        #expect(validation.output == """
            4 5 ['raw', 'markdown', 'code', 'markdown', 'code'] [None, None, 1, None, 2]
            [[], [], ['stream', 'display_data', 'display_data'], [], ['stream', 'error']]
            fig-shapes '//| label: fig-shapes\\n//| caption: Shapes\\nprint("printed")\\ndisplay(html: "<b>bold</b>")\\ndisplay(svg: #"<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect width="1" height="1"/></svg>"#)'

            """)

        let nbconvert = try python("""
            import subprocess, sys
            run = subprocess.run([sys.executable, "-m", "nbconvert", "--to", "html", "shapes.ipynb", "--output", "nbconvert"], capture_output=True, text=True)
            # nbconvert turns SVG into an <img> without alt text and warns about its own page; nothing else may be said.
            said = ("[NbConvertApp] Converting", "[NbConvertApp] Writing", "[NbConvertApp] WARNING | Alternative text is missing on 1 image(s).")
            lines = [line for line in run.stderr.splitlines() if not line.startswith(said)]
            print(run.returncode, lines)
            """, in: folder)
        #expect(nbconvert.output == "0 []\n", "\(nbconvert.output)")
        #expect(try folder.read("nbconvert.html").contains("<b>bold</b>"))

        // The Jupyter notebook renders to the report the Markdown notebook renders to from its freeze.
        let fromMarkdown = try folder.daftar("render", "shapes.md", "--no-execute", "-o", "-")
        let fromIpynb = try folder.daftar("render", "shapes.ipynb", "-o", "-")
        #expect(fromMarkdown.status == 0 && fromIpynb.status == 0, "\(fromMarkdown.stderr)\(fromIpynb.stderr)")
        // An error's place is a line of the Markdown notebook, which the Jupyter one does not keep.
        let markdownReport = fromMarkdown.stdout.replacingOccurrences(of: #" \(line \d+(:\d+)?\)"#, with: "", options: .regularExpression)
        // The Jupyter notebook's cells have ids, which become their anchors as nbconvert writes them.
        #expect(fromIpynb.stdout.contains("<div class=\"cell\" id=\"cell-id=cell-"))
        let withoutAnchors = fromIpynb.stdout.replacingOccurrences(of: #" id="cell-id=[^"]*""#, with: "", options: .regularExpression)
        #expect(withoutAnchors == markdownReport)
        #expect(fromIpynb.stdout.contains("<span class=\"swift-value\">42</span>"))

        let back = try folder.daftar("convert", "shapes.ipynb", "--to", "md", "-o", "back.md")
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try folder.read("back.md") == Self.notebook)
    }

    @Test func unknownFormatsAndOwnFormatsAreUsageErrors() throws {
        let folder = try TemporaryFolder(purpose: "convert-usage")
        defer { folder.remove() }
        try folder.write("# A\n", to: "a.md")
        let unknown = try folder.daftar("convert", "a.md", "--to", "pdf")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("Error: The value 'pdf' is invalid for '--to <format>'. Please provide one of 'ipynb' and 'md'."))
        let same = try folder.daftar("convert", "a.md", "--to", "md")
        #expect(same.status == 1)
        #expect(same.stderr == "error: a.md is already a Markdown notebook; convert a .ipynb file to md\n")
        let missing = try folder.daftar("convert", "a.md")
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Error: Missing expected argument '--to <format>'"))
        #expect(folder.files() == ["a.md"])
    }

    /// A Jupyter notebook's cell ids survive `--to md` and back `--to ipynb` (the cells run on the
    /// way), and `nbformat` finds the result valid; the report anchors each cell by its id.
    @Test func jupyterCellIdsSurviveConversionToMarkdownAndBack() throws {
        let folder = try TemporaryFolder(purpose: "convert-ids")
        defer { folder.remove() }
        try folder.write("""
            {"cells": [
              {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": "Two cells."},
              {"cell_type": "code", "id": "a1b2c3", "metadata": {}, "outputs": [], "execution_count": null, "source": "print(1)"},
              {"cell_type": "code", "id": "second_cell", "metadata": {}, "outputs": [], "execution_count": null, "source": "print(2)"}
            ], "metadata": {"kernelspec": {"language": "swift", "name": "swift"}}, "nbformat": 4, "nbformat_minor": 5}
            """, to: "ids.ipynb")
        let toMarkdown = try folder.daftar("convert", "ids.ipynb", "--to", "md")
        #expect(toMarkdown.status == 0, "\(toMarkdown.stderr)")
        #expect(try folder.read("ids.md").contains("```swift\n//| id: a1b2c3\nprint(1)\n```"))
        try FileManager.default.removeItem(atPath: folder.url("ids.ipynb").path)
        let back = try folder.daftar("convert", "ids.md", "--to", "ipynb")
        #expect(back.status == 0, "\(back.stderr)")
        let ids = try python("""
            import nbformat
            nb = nbformat.read("ids.ipynb", as_version=4)
            nbformat.validate(nb)
            print([c.id for c in nb.cells if c.cell_type == "code"], [c.outputs[0].text for c in nb.cells if c.cell_type == "code"])
            """, in: folder)
        #expect(ids.output == "['a1b2c3', 'second_cell'] ['1\\n', '2\\n']\n", "\(ids.output)")
        let report = try folder.daftar("render", "ids.ipynb", "-o", "-")
        #expect(report.stdout.contains("<div class=\"cell\" id=\"cell-id=a1b2c3\">"), "\(report.stderr)")
    }
}
