/// A front matter value as YAML typed it, with mappings kept in their written order.
public indirect enum MetadataValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([MetadataValue])
    case map([MetadataEntry])

    /// The value as text when it is a scalar (`3` and `true` included), as Quarto reads titles.
    public var text: String? {
        switch self {
        case .string(let string): string
        case .int(let int): String(int)
        case .double(let double): String(double)
        case .bool(let bool): String(bool)
        case .null, .list, .map: nil
        }
    }

    /// The value under `key` when this is a mapping.
    public subscript(key: String) -> MetadataValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}

/// One `key: value` pair of a mapping, with where its key and its value were written.
public struct MetadataEntry: Hashable, Sendable {
    public var key: String
    public var value: MetadataValue
    public var location: SourceLocation
    public var valueLocation: SourceLocation

    public init(key: String, value: MetadataValue, location: SourceLocation, valueLocation: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
        self.valueLocation = valueLocation
    }
}
