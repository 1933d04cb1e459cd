/// Reading a cell's leading `//|` lines as YAML, as Quarto reads `#|` lines.
extension CellOptions {
    /// The comment prefix that marks an option line.
    static let prefix = "//|"

    /// Splits `block`'s code into option lines and code, parses the options, and reports unknown
    /// options as warnings and ill-typed ones as errors, each at its own line and column.
    static func parse(_ block: MarkdownCodeBlock, in source: SourceFile, diagnostics: inout [Diagnostic]) -> CodeCell {
        let (options, code, optionLines) = split(block.code, prefix: prefix, diagnostics: &diagnostics, locate: block.optionLocator(in: source))
        // Named by `Identities` once the whole notebook is read.
        var cell = CodeCell(id: "", code: code, options: options, location: block.location,
                            codeLine: block.location.line + 1 + optionLines, info: block.info)
        cell.jupyterID = options.id
        return cell
    }

    /// Splits `code` into its leading option lines (those starting with `prefix`: `//|`, or `#|`
    /// in a Jupyter notebook's Python) and the rest, and parses the options; `locate` maps an
    /// option line's index and a 1-based byte column in that line to the notebook.
    static func split(_ code: String, prefix: String, diagnostics: inout [Diagnostic],
                      locate: @escaping (_ index: Int, _ column: Int) -> SourceLocation) -> (CellOptions, code: String, optionLines: Int) {
        let (options, optionLines) = read(code, listings: false, diagnostics: &diagnostics, locate: locate) { line in
            guard line.hasPrefix(prefix) else { return nil }
            let afterPrefix = line.dropFirst(prefix.count)
            return afterPrefix.first == " " ? afterPrefix.dropFirst() : afterPrefix
        }
        let rest = code.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(optionLines).joined(separator: "\n")
        return (options, rest, optionLines)
    }

    /// Reads the option lines at the top of `code` as YAML: `yamlText` gives a line's YAML (a
    /// slice of it, after its comment and `|`), or nil for the first line of code; `locate` maps
    /// an option line's index and a 1-based byte column in it to the notebook. Returns the options
    /// and how many lines they take. `listings` reads Quarto's `lst-label` and `lst-cap` as
    /// `label` and `caption`, as for cells that are shown and not run.
    static func read(_ code: String, listings: Bool, diagnostics: inout [Diagnostic],
                     locate: @escaping (_ index: Int, _ column: Int) -> SourceLocation,
                     yamlText: (Substring) -> Substring?) -> (CellOptions, lineCount: Int) {
        var yamlLines: [(text: Substring, prefixBytes: Int)] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let text = yamlText(line) else { break }
            yamlLines.append((text, line.utf8.distance(from: line.utf8.startIndex, to: text.startIndex)))
        }
        var options = CellOptions()
        let reader = YAMLReader { line, scalarColumn in
            let index = min(max(line - 1, 0), max(yamlLines.count - 1, 0))
            guard !yamlLines.isEmpty else { return locate(0, 1) }
            let (text, prefixBytes) = yamlLines[index]
            let bytes = text.unicodeScalars.prefix(max(scalarColumn - 1, 0)).reduce(0) { $0 + UTF8.width($1) }
            return locate(index, prefixBytes + bytes + 1)
        }
        do {
            options.entries = try reader.mapping(yamlLines.map(\.text).joined(separator: "\n"), what: "cell options") ?? []
            options.read(listings: listings, diagnostics: &diagnostics)
        } catch {
            diagnostics.append(error)
        }
        return (options, yamlLines.count)
    }

    /// Quarto's names for a listing's label and caption, read for cells that are shown and not run.
    private static let listingSpellings: [String: Name] = ["lst-label": .label, "lst-cap": .caption]

    private mutating func read(listings: Bool, diagnostics: inout [Diagnostic]) {
        var fold: Echo?
        var spellings = SynonymSpellings()
        for entry in entries {
            func fail(_ expected: String) {
                diagnostics.append(Diagnostic(.error, "cell option `\(entry.key)` must be \(expected)", at: entry.valueLocation))
            }
            let name = Name(rawValue: entry.key) ?? (listings ? Self.listingSpellings[entry.key] : nil)
            if let name, !spellings.accept(name, entry, value: entry.value, diagnostics: &diagnostics) { continue }
            switch (name, entry.value) {
            case (.label, let value):
                if let text = value.text { label = text } else { fail("text") }
            case (.caption, let value), (.figCap, let value), (.tblCap, let value):
                if let text = value.text { caption = text } else { fail("text") }
            case (.echo, .bool(let show)): echo = show ? .shown : .hidden
            case (.echo, .string("fold")): fold = .folded
            case (.echo, _): fail("`true`, `false` or `fold`")
            case (.eval, .bool(let run)): eval = run
            case (.eval, _): fail("`true` or `false`")
            case (.output, .bool(let show)): output = show ? .shown : .hidden
            case (.output, .string("asis")): output = .asIs
            case (.output, _): fail("`true`, `false` or `asis`")
            case (.error, .bool(let allowed)): error = allowed
            case (.error, _): fail("`true` or `false`")
            case (.timeout, .int(let seconds)) where seconds > 0: timeout = Double(seconds)
            case (.timeout, .double(let seconds)) where seconds > 0: timeout = seconds
            case (.timeout, _): fail("a positive number of seconds")
            case (.depends, .string(let file)): depends = [file]
            case (.depends, .list(let files)) where files.allSatisfy({ $0.text != nil }): depends = files.compactMap(\.text)
            case (.depends, _): fail("a file name or a list of file names")
            case (.figAlt, let value):
                if let text = value.text { alt = text } else { fail("text") }
            case (.codeFold, .bool(let folded)): fold = folded ? .folded : .shown
            case (.codeFold, .string("show")): fold = .foldedOpen
            case (.codeFold, _): fail("`true`, `false` or `show`")
            case (.codeSummary, let value):
                if let text = value.text { codeSummary = text } else { fail("text") }
            case (.include, .bool(let shown)): include = shown
            case (.include, _): fail("`true` or `false`")
            case (.warning, .bool(let shown)): warning = shown
            case (.warning, _): fail("`true` or `false`")
            case (.id, let value):
                if let text = value.text, JupyterCell.isValidID(text) {
                    id = text
                } else {
                    diagnostics.append(Diagnostic(.warning, "cell option `id` is not 1 to 64 letters, digits, `-` or `_` (a Jupyter cell id); "
                        + "it is ignored", at: entry.valueLocation))
                }
            case (nil, _):
                let names = Name.allCases.map(\.rawValue) + (listings ? Self.listingSpellings.keys.sorted() : [])
                let known = names.map { "`\($0)`" }.joined(separator: ", ")
                diagnostics.append(Diagnostic(.warning, "unknown cell option `\(entry.key)`; it is ignored",
                                              at: entry.location, notes: [Diagnostic.Note("known options: \(known)")]))
            }
        }
        // `echo: false` hides the code whatever the folding; `include: false` hides everything.
        if echo != .hidden, let fold { echo = fold }
        if !include { (echo, output) = (.hidden, .hidden) }
        // A cell that is only shown has no output for `fig-cap` or `tbl-cap` to caption: its caption is its listing's.
        if listings { caption = entries.last { $0.key == "lst-cap" }?.value.text }
    }
}

/// The first spelling of each option given: a second spelling of one option (`caption` and
/// `fig-cap`, `echo: fold` and `code-fold`) is a warning, and the first one written is used.
private struct SynonymSpellings {
    private var first: [CellOptions.Name: MetadataEntry] = [:]

    /// Whether `entry` is to be read: false, with a warning, when another spelling of it came first.
    mutating func accept(_ name: CellOptions.Name, _ entry: MetadataEntry, value: MetadataValue, diagnostics: inout [Diagnostic]) -> Bool {
        // `echo: true`/`false` says whether code is shown, `code-fold` how: only `echo: fold` is a spelling of folding.
        let key: CellOptions.Name
        switch name {
        case .echo: guard case .string("fold") = value else { return true }; key = .codeFold
        case .codeFold: key = .codeFold
        default:
            guard let synonym = name.synonymOf ?? (name == .caption ? .caption : nil) else { return true }
            key = synonym
        }
        if let earlier = first[key], earlier.key != entry.key {
            diagnostics.append(Diagnostic(
                .warning, "cell option `\(entry.key)` repeats `\(earlier.key)`, another spelling of it; it is ignored",
                at: entry.location, notes: [Diagnostic.Note("`\(earlier.key)` is set here", at: earlier.location)]))
            return false
        }
        first[key] = first[key] ?? entry
        return true
    }
}

extension MarkdownCodeBlock {
    /// Where an option line's byte column lies in the notebook: the line after the fence plus the
    /// line's index, shifted by the fence's indentation.
    func optionLocator(in source: SourceFile) -> (_ index: Int, _ column: Int) -> SourceLocation {
        let fenceIndent = location.column - 1, firstLine = location.line + 1, path = source.path
        return { index, column in SourceLocation(file: path, line: firstLine + index, column: fenceIndent + column) }
    }
}
