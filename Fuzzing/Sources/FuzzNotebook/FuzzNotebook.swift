import DaftarHTML
import DaftarNotebook

/// One input: a notebook read in each dialect, resolved and written as a report under `--safe`
/// (so that no input can make the fuzzer read files), as `daftar render` would.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    for dialect in ["markdown", "commonmark", "gfm"] {
        var diagnostics: [Diagnostic] = []
        let source = "---\nfrom: \(dialect)\n---\n" + text
        let notebook = Notebook.parse(SourceFile(path: "fuzz.md", text: source), diagnostics: &diagnostics)
        let resolved = notebook.resolved(with: nil, options: ResolutionOptions(safe: true), diagnostics: &diagnostics)
        _ = Report.html(for: resolved, options: Report.Options(safe: true), diagnostics: &diagnostics)
    }
    return 0
}
