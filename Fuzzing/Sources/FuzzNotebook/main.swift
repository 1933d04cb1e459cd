import DaftarHTML
import DaftarNotebook
import FuzzDriver

/// Each input: a notebook read in the dialect its first byte picks (so that the fuzzer explores
/// all three at the cost of one), resolved and written as a report under `--safe` (so that no
/// input can make the fuzzer read files), as `daftar render` would.
fuzz { bytes, count in
    guard let bytes, count > 0 else { return 0 }
    let dialect = ["markdown", "commonmark", "gfm"][Int(bytes[0]) % 3]
    var diagnostics: [Diagnostic] = []
    let source = "---\nfrom: \(dialect)\n---\n" + text(bytes + 1, count - 1)
    let notebook = Notebook.parse(SourceFile(path: "fuzz.md", text: source), diagnostics: &diagnostics)
    let resolved = notebook.resolved(with: nil, options: Notebook.ResolutionOptions(safe: true), diagnostics: &diagnostics)
    _ = Report.html(for: resolved, options: Report.Options(safe: true), diagnostics: &diagnostics)
    return 0
}
