import Foundation

/// What one cell wrote to one stream, kept up to the `OutputBudget`, with the lines beyond it only
/// counted, so that a cell printing 200 MB costs Daftar a few hundred kilobytes.
struct BoundedText {
    static let byteLimit = OutputBudget.bytes
    static let lineLimit = OutputBudget.lines

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
        hiddenNewlines += Self.newlineCount(in: rest)
        lastHiddenByte = rest.last
    }

    /// Counts line breaks with `memchr`, fast even in debug builds, where a flood of hundreds of
    /// megabytes passes through here.
    private static func newlineCount(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBytes { buffer in
            guard var cursor = buffer.baseAddress else { return 0 }
            let end = cursor + buffer.count
            var count = 0
            while cursor < end, let found = memchr(cursor, Int32(UInt8.newline), end - cursor) {
                count += 1
                cursor = UnsafeRawPointer(found) + 1
            }
            return count
        }
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
