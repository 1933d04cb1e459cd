import Foundation
import Testing

/// `daftar render x.ipynb`: a Jupyter notebook of any language shown with the outputs it holds,
/// nothing run, every problem at the `.ipynb` file's line and column.
@Suite struct IpynbRenderTests {
    static let notebook = #"""
        {
         "cells": [
          {"cell_type": "raw", "id": "fm", "metadata": {}, "source": ["---\n", "title: منحنى\n", "lang: ar\n", "---"]},
          {"cell_type": "markdown", "id": "m", "metadata": {}, "source": ["نص $x$.\n"]},
          {"cell_type": "code", "execution_count": 1, "id": "c", "metadata": {},
           "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["4\n"]},
            {"output_type": "display_data", "metadata": {"image/png": {"width": 320, "height": 240}},
             "data": {"image/png": "iVBORw0KGgo=\n", "text/plain": ["<Figure>"]}},
            {"output_type": "execute_result", "execution_count": 1, "metadata": {},
             "data": {"text/html": ["<table><tr><td>1</td></tr></table>\n", "<script>alert(1)</script>"], "text/plain": ["   a\n", "0  1"]}},
            {"output_type": "error", "ename": "ValueError", "evalue": "bad",
             "traceback": ["\u001b[0;31mValueError\u001b[0m: bad"]}
           ],
           "source": ["import os\n", "print(2 + 2)"]}
         ],
         "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
         "nbformat": 4, "nbformat_minor": 5
        }
        """#

    @Test func aPythonNotebookIsShownWithItsOutputs() throws {
        let folder = try TemporaryFolder(purpose: "ipynb-render")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "plot.ipynb")
        let result = try folder.daftar("render", "plot.ipynb", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.normalizedStderr() == "rendered plot.ipynb → out/plot.html (outputs held in the notebook) in N ms\n1 of 1 notebook rendered in N ms\n")
        let html = try folder.read("out/plot.html")
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains(".ansi-red-fg { color: #e75c58; }"))
        expectSameText(mainContent(of: html), """
            <p>نص <span class="nobreak"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math>.</span></p>
            <div class="cell" id="cell-id=c">
            <pre><code class="language-python"><span class="kw">import</span> os
            print(<span class="nu">2</span> <span class="op">+</span> <span class="nu">2</span>)
            </code></pre>
            <div class="cell-output cell-output-stdout">
            <pre><code>4
            </code></pre>
            </div>
            <div class="cell-output cell-output-display">
            <img src="data:image/png;base64,iVBORw0KGgo=" alt="&lt;Figure&gt;" width="320" height="240">
            </div>
            <div class="cell-output cell-output-display">
            <table><tr><td>1</td></tr></table>
            <script>alert(1)</script>
            </div>
            <div class="cell-output cell-output-error">
            <pre><code><span class="ansi-red-fg">ValueError</span>: bad</code></pre>
            </div>
            </div>

            """, "the report's body")
    }

    /// `--safe` trusts no HTML from outputs: the table (and its script) give way to the text.
    @Test func safeReportsShowNoHTMLFromOutputs() throws {
        let folder = try TemporaryFolder(purpose: "ipynb-safe")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "plot.ipynb")
        let result = try folder.daftar("render", "--safe", "plot.ipynb", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try folder.read("out/plot.html")
        #expect(!html.contains("<script>") && !html.contains("<table>"))
        #expect(html.contains("<pre><code>   a\n0  1</code></pre>"))
    }

    @Test func malformedJSONIsAnErrorAtItsLineAndColumn() throws {
        let folder = try TemporaryFolder(purpose: "ipynb-malformed")
        defer { folder.remove() }
        try folder.write("{\n \"cells\": [\n  {\"cell_type\": \"code\" \"source\": []}\n ]\n}\n", to: "bad.ipynb")
        try folder.write("{\"cells\": [{\"cell_type\": \"code\", \"source\": [], \"outputs\": {}}], \"metadata\": {}, \"nbformat\": 4}\n", to: "schema.ipynb")
        try folder.write("# fine\n", to: "fine.md")
        let result = try folder.daftar("render", "bad.ipynb", "schema.ipynb", "fine.md", "-o", "out")
        #expect(result.status == 1)
        #expect(result.normalizedStderr() == """
            bad.ipynb:3:24: error: the notebook is not valid JSON: expected `,` or `}` after an object member
              {"cell_type": "code" "source": []}
                                   ^
            schema.ipynb:1:59: error: `outputs` must be a list
            {"cells": [{"cell_type": "code", "source": [], "outputs": {}}], "metadata": {}, "nbformat": 4}
                                                                      ^
            rendered fine.md → out/fine.html in N ms
            1 of 3 notebooks rendered in N ms

            """)
        #expect(folder.files(below: "out") == ["fine.html"])
    }
}
