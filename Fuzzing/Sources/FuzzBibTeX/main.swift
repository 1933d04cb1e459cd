import DaftarNotebook
import FuzzDriver

/// Each input: a bibliography read as BibTeX and as CSL-JSON.
fuzz { bytes, count in
    let input = text(bytes, count)
    var reader = BibTeXReader(text: input, file: "fuzz.bib")
    _ = reader.entries()
    var diagnostics: [Diagnostic] = []
    _ = CSLJSONReader.entries(input, file: "fuzz.json", diagnostics: &diagnostics)
    return 0
}
