import Foundation

/// The front matter's `bibliography:` (a path or a list of paths, relative to the notebook) and
/// `citation-style:` (`author-date`, the default, or `numeric`).
extension Bibliography {
    /// How citations and the references section look.
    public enum Style: String, Hashable, Sendable {
        /// Chicago author–date: "(Glorot and Bengio 2010)", references sorted by author and year.
        case authorDate = "author-date"
        /// "[1]", references numbered in order of first citation.
        case numeric
    }

    /// Reads the files the front matter names; a missing or unreadable file is an error at the
    /// `bibliography:` value, a malformed entry an error at its line in its file. A `confined`
    /// (`--safe`) notebook's files are read only from inside its own folder, links resolved, and
    /// only when they are regular files; any other is a warning at the value, and not read.
    static func load(for frontMatter: FrontMatter, notebookPath: String, confined: Bool, diagnostics: inout [Diagnostic]) -> Bibliography? {
        guard let entry = frontMatter.metadata.first(where: { $0.key == "bibliography" }) else { return nil }
        let paths: [String]
        switch entry.value {
        case .string(let path): paths = [path]
        case .list(let items) where items.allSatisfy({ $0.text != nil }): paths = items.compactMap(\.text)
        default:
            diagnostics.append(Diagnostic(.error, "`bibliography` must be a file's path or a list of paths", at: entry.valueLocation))
            return Bibliography()
        }
        let folder = notebookPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        var bibliography = Bibliography()
        for path in paths {
            let resolved = path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
            if confined, let refusal = NotebookFolder.refusal(toRead: resolved, inside: folder.isEmpty ? "." : folder) {
                diagnostics.append(Diagnostic(.warning, "the bibliography `\(path)` \(refusal)", at: entry.valueLocation))
                continue
            }
            guard let data = FileManager.default.contents(atPath: resolved) else {
                diagnostics.append(Diagnostic(.error, "bibliography `\(path)` cannot be read (looked for \(resolved))", at: entry.valueLocation))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, "bibliography `\(path)` is not UTF-8 text", at: entry.valueLocation))
                continue
            }
            var fileDiagnostics: [Diagnostic] = []
            let entries: [BibliographyEntry]
            if resolved.lowercased().hasSuffix(".json") {
                entries = CSLJSONReader.entries(text, file: resolved, diagnostics: &fileDiagnostics)
            } else if resolved.lowercased().hasSuffix(".bib") || resolved.lowercased().hasSuffix(".bibtex") {
                var reader = BibTeXReader(text: text, file: resolved)
                entries = reader.entries()
                fileDiagnostics = reader.diagnostics
            } else {
                diagnostics.append(Diagnostic(.error, "bibliography `\(path)` must be BibTeX (`.bib`) or CSL-JSON (`.json`)", at: entry.valueLocation))
                continue
            }
            if !fileDiagnostics.isEmpty {
                diagnostics.append(Diagnostic(.error, "bibliography `\(path)` has \(fileDiagnostics.count) malformed entr\(fileDiagnostics.count == 1 ? "y" : "ies")",
                                              at: entry.valueLocation))
                diagnostics += fileDiagnostics
            }
            bibliography.entries += entries
        }
        var seen: [String: SourceLocation] = [:]
        for entry in bibliography.entries {
            if let first = seen[entry.key] {
                diagnostics.append(Diagnostic(.warning, "bibliography: two entries have the key `\(entry.key)`; citations name the first",
                                              at: entry.location, notes: [Diagnostic.Note("the first is here", at: first)]))
            } else {
                seen[entry.key] = entry.location
            }
        }
        return bibliography
    }

    /// The front matter's `citation-style`; an unknown value is an error at it.
    static func style(for frontMatter: FrontMatter, diagnostics: inout [Diagnostic]) -> Style {
        guard let entry = frontMatter.metadata.first(where: { $0.key == "citation-style" }) else { return .authorDate }
        guard let text = entry.value.text, let style = Style(rawValue: text) else {
            diagnostics.append(Diagnostic(.error, "`citation-style` must be `author-date` or `numeric`", at: entry.valueLocation))
            return .authorDate
        }
        return style
    }
}

extension Notebook {
    /// Reads the bibliography and citation style the front matter names; `confined` as `--safe` reads files.
    mutating func readBibliography(confined: Bool, diagnostics: inout [Diagnostic]) {
        bibliography = Bibliography.load(for: frontMatter, notebookPath: path, confined: confined, diagnostics: &diagnostics)
        citationStyle = Bibliography.style(for: frontMatter, diagnostics: &diagnostics)
    }
}
