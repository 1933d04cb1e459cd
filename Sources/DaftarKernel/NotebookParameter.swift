import DaftarNotebook

/// A notebook parameter (Papermill's idea): a front matter `params:` default, possibly
/// overridden by `--param name=value`, injected into the program as a typed Swift constant.
public struct NotebookParameter: Hashable, Sendable {
    public var name: String
    public var value: MetadataValue
    /// Where the default is written, which is where type errors point.
    public var location: SourceLocation
    /// The Swift type the default's YAML type implies.
    public var swiftType: ParameterType
    public var swiftLiteral: String

    /// Resolves defaults and overrides (`name=value`, the value read as YAML and converted to the
    /// default's type); every problem becomes a diagnostic.
    public static func resolve(
        _ notebook: Notebook, overrides: [String: String], diagnostics: inout [Diagnostic]
    ) -> [NotebookParameter] {
        var parameters: [NotebookParameter] = []
        for entry in notebook.frontMatter.params {
            guard isIdentifier(entry.key) else {
                diagnostics.append(Diagnostic(.error, "parameter `\(entry.key)` is not a Swift identifier", at: entry.location))
                continue
            }
            guard let (type, _) = swift(entry.value) else {
                diagnostics.append(Diagnostic(
                    .error, "parameter `\(entry.key)` must default to a number, a boolean, text or a list of one of them",
                    at: entry.valueLocation))
                continue
            }
            var value = entry.value
            if let text = overrides[entry.key] {
                guard let converted = convert(text, to: type) else {
                    diagnostics.append(Diagnostic(
                        .error, "--param \(entry.key)=\(text): expected a value of type \(type), as the default `\(entry.key)` has",
                        at: entry.valueLocation))
                    continue
                }
                value = converted
            }
            let literal = swift(value)!.literal
            parameters.append(NotebookParameter(
                name: entry.key, value: value, location: entry.valueLocation, swiftType: type, swiftLiteral: literal))
        }
        let known = Set(notebook.frontMatter.params.map(\.key))
        for name in overrides.keys.sorted() where !known.contains(name) {
            let names = known.sorted().map { "`\($0)`" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(
                .error, "--param \(name): the notebook has no such parameter", at: nil,
                notes: [Diagnostic.Note(known.isEmpty ? "it declares no `params:`" : "its parameters: \(names)")]))
        }
        return parameters
    }

    /// The Swift type and literal of a value; nil for values no Swift constant can hold.
    private static func swift(_ value: MetadataValue) -> (type: ParameterType, literal: String)? {
        switch value {
        case .int(let int): return (.int, String(int))
        case .double(let double):
            if double.isNaN { return (.double, "Double.nan") }
            if double.isInfinite { return (.double, double < 0 ? "-Double.infinity" : "Double.infinity") }
            return (.double, "\(double)")
        case .bool(let bool): return (.bool, String(bool))
        case .string(let string): return (.string, KernelProgram.stringLiteral(string))
        case .list(let items):
            let elements = items.compactMap(swift)
            guard elements.count == items.count else { return nil }
            let types = Set(elements.map(\.type))
            // Integers in a list with decimals are decimals: [1, 2.5] is [Double].
            let type: ParameterType? = types == [.int, .double] ? .double : types.count == 1 ? types.first! : nil
            guard let type, !type.isList else { return elements.isEmpty ? (.list(.string), "[]") : nil }
            let literals = items.map { item in
                if type == .double, case .int(let int) = item { return "\(Double(int))" }
                return swift(item)!.literal
            }
            return (.list(type), "[" + literals.joined(separator: ", ") + "]")
        case .null, .map:
            return nil
        }
    }

    /// Reads an override as YAML and converts it to `type`; nil when it does not fit.
    private static func convert(_ text: String, to type: ParameterType) -> MetadataValue? {
        guard let value = YAMLReader.value(ofYAML: text) else { return nil }
        switch (type, value) {
        case (.string, _): return .string(text)
        // `[]` has no element type of its own: it fits any list.
        case (.list, .list(let items)) where items.isEmpty: return .list([])
        case (.double, .int(let int)): return .double(Double(int))
        case (.list(.double), .list(let items)):
            let doubles = items.map { item -> MetadataValue in
                if case .int(let int) = item { return .double(Double(int)) }
                return item
            }
            return swift(.list(doubles))?.type == .list(.double) ? .list(doubles) : nil
        default:
            return swift(value)?.type == type ? value : nil
        }
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType == .decimal }
    }
}

/// The Swift types a parameter can have: a number, a boolean, text, or an array of one of them.
public indirect enum ParameterType: Hashable, Sendable, CustomStringConvertible {
    case int, double, bool, string
    case list(ParameterType)

    var isList: Bool {
        if case .list = self { true } else { false }
    }

    /// The type as Swift spells it: `Int`, `[Double]`.
    public var description: String {
        switch self {
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .list(let element): "[\(element)]"
        }
    }
}
