/// Finding, parsing and checking the front matter block.
///
/// A block counts as front matter when the file's first line is `---`, a later line `---` or
/// `...` closes it, and its first line reads as a YAML key — so that CommonMark's own uses of a
/// leading `---` (a thematic break, a setext underline) stay Markdown, as in pandoc.
extension FrontMatter {
    /// Reads the front matter of `source`, if any, appending problems to `diagnostics`.
    static func parse(_ source: SourceFile, diagnostics: inout [Diagnostic]) -> FrontMatter {
        var frontMatter = FrontMatter()
        guard source.lineCount >= 2, isDelimiter(withoutByteOrderMark(source.line(1)), closing: false),
              looksLikeMappingKey(source.line(2)) else { return frontMatter }
        guard let closing = (2...max(2, source.lineCount)).first(where: { isDelimiter(source.line($0), closing: true) }) else {
            diagnostics.append(Diagnostic(
                .error, "front matter is never closed",
                at: SourceLocation(file: source.path, line: 1, column: 1),
                notes: [Diagnostic.Note("end it with a line of three dashes, `---`")]))
            frontMatter.lines = 1...source.lineCount
            return frontMatter
        }
        frontMatter.lines = 1...closing
        let yaml = (2..<closing).map { source.line($0) }.joined(separator: "\n")
        let reader = YAMLReader { line, column in source.location(line: line + 1, scalarColumn: column) }
        do {
            frontMatter.metadata = try reader.mapping(yaml, what: "front matter") ?? []
        } catch {
            diagnostics.append(error)
            return frontMatter
        }
        frontMatter.readKnownKeys(diagnostics: &diagnostics)
        return frontMatter
    }

    private static func isDelimiter(_ line: Substring, closing: Bool) -> Bool {
        var text = line
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text == "---" || (closing && text == "...")
    }

    /// The line without a leading U+FEFF, which some editors write at the start of a UTF-8 file
    /// (cmark ignores it too, so the rest of the file already reads as if it were not there).
    private static func withoutByteOrderMark(_ line: Substring) -> Substring {
        line.unicodeScalars.first == "\u{FEFF}" ? Substring(line.unicodeScalars.dropFirst()) : line
    }

    /// `key:` followed by a space or the end of the line, the way a YAML mapping begins.
    private static func looksLikeMappingKey(_ line: Substring) -> Bool {
        guard let first = line.first, !first.isWhitespace, first != "#", first != ":", first != "-",
              let colon = line.firstIndex(of: ":") else { return false }
        let after = line.index(after: colon)
        return after == line.endIndex || line[after] == " " || line[after] == "\t"
    }

    /// Types and checks the keys Daftar acts on; a bad value is an error at the value.
    private mutating func readKnownKeys(diagnostics: inout [Diagnostic]) {
        func fail(_ entry: MetadataEntry, _ message: String) {
            diagnostics.append(Diagnostic(.error, message, at: entry.valueLocation))
        }
        for entry in metadata {
            switch entry.key {
            case "title":
                if let text = entry.value.text { title = text } else { fail(entry, "`title` must be text") }
            case "lang":
                if let text = entry.value.text, Self.isLanguageTag(text) {
                    lang = text
                } else {
                    fail(entry, "`lang` must be a BCP 47 language tag such as `ar` or `en-GB`")
                }
            case "dir":
                if let text = entry.value.text, let direction = TextDirection(rawValue: text) {
                    explicitDirection = direction
                } else {
                    fail(entry, "`dir` must be `ltr`, `rtl` or `auto`")
                }
            case "author":
                if let names = Self.authorNames(entry.value) { authors = names } else {
                    fail(entry, "`author` must be a name or a list of names")
                }
            case "date":
                if let text = entry.value.text { date = text } else { fail(entry, "`date` must be text") }
            case "execute":
                execute = Self.executeOptions(entry, diagnostics: &diagnostics)
            case "params":
                if case .map(let entries) = entry.value { params = entries } else {
                    fail(entry, "`params` must be a mapping of names to default values")
                }
            default:
                break
            }
        }
    }

    private static func executeOptions(_ entry: MetadataEntry, diagnostics: inout [Diagnostic]) -> ExecuteOptions {
        guard case .map(let entries) = entry.value else {
            diagnostics.append(Diagnostic(.error, "`execute` must be a mapping such as `timeout: 300`", at: entry.valueLocation))
            return ExecuteOptions()
        }
        var options = ExecuteOptions()
        for option in entries {
            switch (option.key, option.value) {
            case ("timeout", .int(let seconds)) where seconds > 0: options.timeout = Double(seconds)
            case ("timeout", .double(let seconds)) where seconds > 0: options.timeout = seconds
            case ("timeout", _):
                diagnostics.append(Diagnostic(.error, "`execute.timeout` must be a positive number of seconds", at: option.valueLocation))
            case ("allow-errors", .bool(let allow)): options.allowErrors = allow
            case ("allow-errors", _):
                diagnostics.append(Diagnostic(.error, "`execute.allow-errors` must be `true` or `false`", at: option.valueLocation))
            case ("eval", .bool(let run)): options.eval = run
            case ("eval", _):
                diagnostics.append(Diagnostic(.error, "`execute.eval` must be `true` or `false`", at: option.valueLocation))
            case ("limits", _):
                options.limits = executionLimits(option, diagnostics: &diagnostics)
            default:
                break
            }
        }
        return options
    }

    /// `limits: {memory: 4 GiB, cpu-time: 300, output: 16 MB, displays: 500, processes: 8}`: each
    /// key overrides its default; a size in bytes or with a unit, the others whole numbers.
    private static func executionLimits(_ entry: MetadataEntry, diagnostics: inout [Diagnostic]) -> ExecutionLimits {
        var limits = ExecutionLimits.defaults
        guard case .map(let entries) = entry.value else {
            diagnostics.append(Diagnostic(.error, "`execute.limits` must be a mapping such as `memory: 4 GiB`", at: entry.valueLocation))
            return limits
        }
        for option in entries {
            guard let key = ExecutionLimits.Key(rawValue: option.key) else {
                let known = ExecutionLimits.Key.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                diagnostics.append(Diagnostic(.error, "unknown limit `\(option.key)`; the limits are \(known)", at: option.location))
                continue
            }
            let count: Int? = if case .int(let number) = option.value, number > 0 { number } else { nil }
            switch key {
            case .memory, .output:
                guard let bytes = count ?? option.value.text.flatMap(ExecutionLimits.parseBytes) else {
                    diagnostics.append(Diagnostic(.error, "`execute.limits.\(key.rawValue)` must be a size such as `512 MB` or `4 GiB`", at: option.valueLocation))
                    continue
                }
                if key == .memory { limits.memoryBytes = bytes } else { limits.outputBytes = bytes }
            case .cpuTime, .displays, .processes:
                guard let count else {
                    let what = key == .cpuTime ? "a positive whole number of seconds" : "a positive whole number"
                    diagnostics.append(Diagnostic(.error, "`execute.limits.\(key.rawValue)` must be \(what)", at: option.valueLocation))
                    continue
                }
                switch key {
                case .cpuTime: limits.cpuSeconds = count
                case .displays: limits.displays = count
                default: limits.processes = count
                }
            }
        }
        return limits
    }

    /// A name, a list of names, or Quarto's list of `{name: …}` mappings.
    private static func authorNames(_ value: MetadataValue) -> [String]? {
        switch value {
        case .list(let items):
            let names = items.compactMap { $0.text ?? $0["name"]?.text }
            return names.count == items.count ? names : nil
        case .map:
            return value["name"]?.text.map { [$0] }
        default:
            return value.text.map { [$0] }
        }
    }

    private static func isLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...8).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
