import DaftarNotebook

/// A page that shows why a notebook has no report: its diagnostics as `daftar render` prints them
/// (`file:line:column`, the line and a caret), for a preview of a notebook that cannot be read.
public enum DiagnosticsPage {
    /// The page for the notebook at `path`; `text` is the diagnostics already formatted.
    public static func html(path: String, text: String) -> String {
        let body = """
        <header id="title-block-header">
        <h1 class="title">\(HTMLEscaping.escape(path))</h1>
        </header>
        <main>
        <div class="cell-output cell-output-error" role="alert"><pre><code>\(HTMLEscaping.escape(text))</code></pre></div>
        </main>

        """
        return PageTemplate.html(title: path, languageTag: "en", direction: .ltr, body: body)
    }
}
