import DaftarNotebook

/// One input: a bibliography read as BibTeX and as CSL-JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBibTeX(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    var reader = BibTeXReader(text: text, file: "fuzz.bib")
    _ = reader.entries()
    var diagnostics: [Diagnostic] = []
    _ = CSLJSONReader.entries(text, file: "fuzz.json", diagnostics: &diagnostics)
    return 0
}
