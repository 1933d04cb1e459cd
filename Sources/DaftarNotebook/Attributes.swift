/// Pandoc's attributes, `{#id .class key=value key="a value"}`: an identifier, classes and
/// key–value pairs, as headings, divs, spans, code and tables carry them.
public struct Attributes: Hashable, Sendable {
    public var id: String?
    public var classes: [String]
    /// In the order written; a repeated key keeps every occurrence, as pandoc does.
    public var keyValues: [KeyValue]

    public struct KeyValue: Hashable, Sendable {
        public var key: String
        public var value: String

        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// Where an inline's attributes were written (a span's `[`, the `{` after a link or code), for
    /// messages about its id; nil where the node has a place of its own. Not part of what the
    /// attributes say: equality and hashing leave it out.
    public var location: SourceLocation?

    public init(id: String? = nil, classes: [String] = [], keyValues: [KeyValue] = [], location: SourceLocation? = nil) {
        self.id = id
        self.classes = classes
        self.keyValues = keyValues
        self.location = location
    }

    /// The same attributes, written at `location`.
    public func written(at location: SourceLocation) -> Attributes {
        var attributes = self
        attributes.location = location
        return attributes
    }

    public static func == (lhs: Attributes, rhs: Attributes) -> Bool {
        lhs.id == rhs.id && lhs.classes == rhs.classes && lhs.keyValues == rhs.keyValues
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(classes)
        hasher.combine(keyValues)
    }

    public var isEmpty: Bool { id == nil && classes.isEmpty && keyValues.isEmpty }

    /// The value of the first pair with this key.
    public subscript(key: String) -> String? {
        keyValues.first { $0.key == key }?.value
    }

    /// Parses the inside of the braces (`#id .class key=value`); nil when something there is not
    /// an attribute, so that `{not attributes}` stays text.
    public static func parse(inside text: Substring) -> Attributes? {
        var attributes = Attributes()
        var rest = text.unicodeScalars[...]
        func skipSpaces() { while let first = rest.first, first.properties.isWhitespace { rest.removeFirst() } }
        func word() -> String {
            let end = rest.firstIndex { $0.properties.isWhitespace || $0 == "=" || $0 == "}" || $0 == "{" } ?? rest.endIndex
            defer { rest = rest[end...] }
            return String(String.UnicodeScalarView(rest[..<end]))
        }
        skipSpaces()
        while let first = rest.first {
            switch first {
            case "#":
                rest.removeFirst()
                let id = word()
                guard !id.isEmpty else { return nil }
                attributes.id = id
            case ".":
                rest.removeFirst()
                let name = word()
                guard !name.isEmpty else { return nil }
                attributes.classes.append(name)
            default:
                let key = word()
                guard !key.isEmpty, rest.first == "=" else { return nil }
                rest.removeFirst()
                var value = ""
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    rest.removeFirst()
                    var escaped = false
                    while let scalar = rest.first {
                        rest.removeFirst()
                        if escaped { value.unicodeScalars.append(scalar); escaped = false; continue }
                        if scalar == "\\" { escaped = true; continue }
                        if scalar == quote { break }
                        value.unicodeScalars.append(scalar)
                    }
                } else {
                    value = word()
                }
                attributes.keyValues.append(KeyValue(key, value))
            }
            guard rest.isEmpty || rest.first!.properties.isWhitespace else { return nil }
            skipSpaces()
        }
        return attributes
    }

    /// Parses `{…}` with its braces, the whole of `text` but surrounding spaces.
    public static func parse(braced text: Substring) -> Attributes? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("{"), trimmed.hasSuffix("}"), trimmed.count >= 2 else { return nil }
        return parse(inside: trimmed.dropFirst().dropLast())
    }
}
