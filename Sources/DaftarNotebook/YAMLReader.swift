import Yams

/// Reads a YAML mapping embedded in a notebook (the front matter, a cell's options) into
/// metadata values whose locations point at the notebook's own lines and columns.
package struct YAMLReader {
    /// Maps a 1-based YAML line and a 1-based column counted in Unicode scalars, as libyaml
    /// counts them, to a location in the notebook.
    var locate: (_ line: Int, _ scalarColumn: Int) -> SourceLocation

    /// Parses `yaml` (without Yams' regular-expression resolver, whose start-up cost dominated a
    /// one-notebook render; plain scalars are typed by `CoreSchema`); returns nil when it is empty, throws a located diagnostic when it does not
    /// parse or is not a mapping.
    ///
    /// The constructor has no construction functions, as this reader reads the nodes itself:
    /// `Constructor.default` built eight, and `Parser.Encoding.default` read the whole
    /// environment, on every start (a twentieth of rendering a small notebook). UTF-8 is passed
    /// explicitly, so `YAMS_DEFAULT_ENCODING` cannot change how a notebook reads.
    func mapping(_ yaml: String, what: String) throws(Diagnostic) -> [MetadataEntry]? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            throw diagnostic(for: error, what: what)
        } catch {
            throw Diagnostic(.error, "invalid YAML in \(what): \(error)", at: locate(1, 1))
        }
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            throw Diagnostic(.error, "\(what) must be a mapping of `key: value` lines", at: location(of: node))
        }
        return entries(of: mapping)
    }

    /// One YAML value written on its own (`3`, `abc`, `[1, 2]`), as `--param name=value` gives
    /// it; nil when it does not parse.
    package static func value(ofYAML text: String) -> MetadataValue? {
        let reader = YAMLReader { line, column in SourceLocation(file: "", line: line, column: column) }
        return (try? reader.mapping("value: \(text)", what: "value"))??.first?.value
    }

    private func entries(of mapping: Node.Mapping) -> [MetadataEntry] {
        mapping.map { key, value in
            MetadataEntry(
                key: key.string ?? "\(key.any)",
                value: self.value(of: value),
                location: location(of: key),
                valueLocation: location(of: value)
            )
        }
    }

    private func value(of node: Node) -> MetadataValue {
        switch node {
        case .scalar(let scalar):
            scalar.style == .plain ? CoreSchema.value(of: scalar.string) : .string(scalar.string)
        case .sequence(let sequence):
            .list(sequence.map(value(of:)))
        case .mapping(let mapping):
            .map(entries(of: mapping))
        case .alias:
            .null
        }
    }

    private func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return locate(1, 1) }
        return locate(mark.line, mark.column)
    }

    private func diagnostic(for error: YamlError, what: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let notes = context.map { [Diagnostic.Note($0.text, at: locate($0.mark.line, $0.mark.column))] } ?? []
            return Diagnostic(.error, "invalid YAML in \(what): \(problem)", at: locate(mark.line, mark.column), notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.error, "\(what) repeats the key \(keys)", at: locate(context.mark.line, context.mark.column))
        default:
            return Diagnostic(.error, "invalid YAML in \(what): \(error)", at: locate(1, 1))
        }
    }
}

extension SourceFile {
    /// The location of a column counted in Unicode scalars on a 1-based line, as a byte column.
    func location(line: Int, scalarColumn: Int) -> SourceLocation {
        let text = self.line(line)
        let prefix = text.unicodeScalars.prefix(max(scalarColumn - 1, 0))
        let bytes = prefix.reduce(0) { $0 + UTF8.width($1) }
        return SourceLocation(file: path, line: line, column: bytes + 1)
    }
}
