/// What one cell wrote to one stream, kept up to a limit, with the lines beyond it only counted,
/// so that a cell printing 200 MB costs Daftar a few hundred kilobytes.
struct BoundedText {
    static let byteLimit = 256 * 1024
    static let lineLimit = 2_000

    /// The kept text, split where display records fell.
    private(set) var segments: [[UInt8]] = [[]]
    /// Lines written after the limit was reached.
    var hiddenLines: Int { hiddenNewlines + (lastHiddenByte.map { $0 == .newline ? 0 : 1 } ?? 0) }

    private var keptBytes = 0
    private var keptLines = 0
    private var hiddenNewlines = 0
    private var lastHiddenByte: UInt8?

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        var rest = bytes
        while !rest.isEmpty, lastHiddenByte == nil {
            let lineEnd = rest.firstIndex(of: .newline).map { rest.index(after: $0) } ?? rest.endIndex
            let line = rest[..<lineEnd]
            guard keptLines < Self.lineLimit, keptBytes + line.count <= Self.byteLimit else { break }
            segments[segments.count - 1] += line
            keptBytes += line.count
            if line.last == .newline { keptLines += 1 }
            rest = rest[lineEnd...]
        }
        guard !rest.isEmpty else { return }
        hiddenNewlines += rest.reduce(0) { $1 == .newline ? $0 + 1 : $0 }
        lastHiddenByte = rest.last
    }

    /// Starts a new segment: a display record came between what was written before and after.
    mutating func breakSegment() {
        if lastHiddenByte == nil { segments.append([]) }
    }
}

extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let recordSeparator: UInt8 = 0x1E
}
