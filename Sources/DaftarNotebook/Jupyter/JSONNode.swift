/// A JSON value with the byte offset where it starts in its file, so that a notebook's schema
/// errors can point at the value that is wrong, not only at the file.
public struct JSONNode: Hashable, Sendable {
    public indirect enum Value: Hashable, Sendable {
        case null
        case bool(Bool)
        /// The number as written (`1`, `-0.5e3`), so that it is written back unchanged.
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in written order (nbformat's writer sorts them; other writers may not).
        case object([Member])
    }

    public struct Member: Hashable, Sendable {
        public var key: String
        public var value: JSONNode

        public init(_ key: String, _ value: JSONNode) {
            self.key = key
            self.value = value
        }
    }

    public var value: Value
    /// The offset of the value's first byte (a string's opening quote); 0 for values made in memory.
    public var offset: Int

    public init(_ value: Value, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }

    /// The value of `key` when this is an object that has it.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var string: String? {
        if case .string(let text) = value { text } else { nil }
    }

    public var array: [JSONNode]? {
        if case .array(let elements) = value { elements } else { nil }
    }

    public var members: [Member]? {
        if case .object(let members) = value { members } else { nil }
    }

    /// The value as an integer, when it is a number without fraction or exponent.
    public var integer: Int? {
        if case .number(let text) = value { Int(text) } else { nil }
    }
}

extension JSONNode {
    /// A string node made in memory.
    public static func text(_ text: String) -> JSONNode { JSONNode(.string(text)) }

    /// An object node made in memory, members in the order given.
    public static func object(_ members: [(String, JSONNode)]) -> JSONNode {
        JSONNode(.object(members.map { Member($0.0, $0.1) }))
    }

    /// An array node made in memory.
    public static func array(_ elements: [JSONNode]) -> JSONNode { JSONNode(.array(elements)) }

    public static func integer(_ value: Int) -> JSONNode { JSONNode(.number(String(value))) }

    public static let null = JSONNode(.null)
}
