import DaftarHTML
import DaftarNotebook
import FuzzDriver

/// Each input: a notebook read in each dialect, resolved and written as a report under `--safe`
/// (so that no input can make the fuzzer read files), as `daftar render` would.
fuzz { bytes, count in
    let input = text(bytes, count)
    for dialect in ["markdown", "commonmark", "gfm"] {
        var diagnostics: [Diagnostic] = []
        let source = "---\nfrom: \(dialect)\n---\n" + input
        let notebook = Notebook.parse(SourceFile(path: "fuzz.md", text: source), diagnostics: &diagnostics)
        let resolved = notebook.resolved(with: nil, options: Notebook.ResolutionOptions(safe: true), diagnostics: &diagnostics)
        _ = Report.html(for: resolved, options: Report.Options(safe: true), diagnostics: &diagnostics)
    }
    return 0
}
