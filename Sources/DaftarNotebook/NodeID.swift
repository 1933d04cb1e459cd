/// The identity of a code cell or an inline expression: its `label` where it has one, else a
/// name made from its code (`cell-3f2a9c1e`, `expr-77b0c2d4`), with `-2`, `-3`… for repeats.
///
/// Results, freeze entries and figure numbers belong to a node by this identity, never by its
/// position, so that adding prose, a picture or another expression cannot shift a value onto the
/// wrong node (Quarto and nbformat match outputs to cells the same way).
public struct NodeID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A name for an unlabelled node: the prefix and 32 bits of the FNV-1a hash of its code, which
    /// stays the same wherever the node moves.
    static func derived(prefix: String, code: String) -> NodeID {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in code.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash >> 32, radix: 16)
        return NodeID(prefix + "-" + String(repeating: "0", count: 8 - hex.count) + hex)
    }
}
