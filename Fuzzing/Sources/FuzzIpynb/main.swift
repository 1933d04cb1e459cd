import DaftarHTML
import DaftarNotebook
import FuzzDriver

/// Each input: a Jupyter notebook read, its held outputs attached, resolved and written as a
/// report under `--safe`, as `daftar render x.ipynb` would.
fuzz { bytes, count in
    var diagnostics: [Diagnostic] = []
    let notebook = Notebook.parseIpynb(SourceFile(path: "fuzz.ipynb", text: text(bytes, count)), confined: true, diagnostics: &diagnostics)
    let resolved = notebook.resolved(with: notebook.heldResults, options: Notebook.ResolutionOptions(safe: true), diagnostics: &diagnostics)
    _ = Report.html(for: resolved, options: Report.Options(safe: true), diagnostics: &diagnostics)
    return 0
}
