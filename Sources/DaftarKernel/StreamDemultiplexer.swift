/// Splits a program's standard output or error into each cell's text at the markers the DaftarKit
/// runtime writes (`KernelProtocol.streamMarker` before a cell, `displayMarker` at a display).
struct StreamDemultiplexer {
    /// The longest marker body awaited before bytes are taken as text: room for long labels.
    private static let longestMarker = 512

    /// The text of each cell, by identity.
    private(set) var texts: [String: BoundedText] = [:]
    private let prefix: [UInt8]
    private var current: String?
    private var pending: [UInt8] = []

    init(marker: String) {
        prefix = Array("\(marker):".utf8)
    }

    mutating func consume(_ chunk: ArraySlice<UInt8>) {
        pending += chunk
        var start = 0
        while let separator = pending[start...].firstIndex(of: .recordSeparator) {
            emit(pending[start..<separator])
            // A marker is short; wait for more bytes if it may still be arriving.
            let searchEnd = min(pending.count, separator + 1 + prefix.count + Self.longestMarker)
            guard let close = pending[(separator + 1)..<searchEnd].firstIndex(of: .recordSeparator) else {
                if pending.count < separator + 1 + prefix.count + Self.longestMarker {
                    pending.removeFirst(separator)
                    return
                }
                emit(pending[separator...separator])
                start = separator + 1
                continue
            }
            let body = pending[(separator + 1)..<close]
            if body.starts(with: prefix) {
                handleMarker(String(decoding: body.dropFirst(prefix.count), as: UTF8.self))
                start = close + 1
            } else {
                emit(pending[separator...separator])
                start = separator + 1
            }
        }
        emit(pending[start...])
        pending.removeAll(keepingCapacity: true)
    }

    /// Flushes bytes held back while a marker might have been arriving.
    mutating func finish() {
        emit(pending[...])
        pending.removeAll()
    }

    private mutating func handleMarker(_ body: String) {
        if body == "display" {
            if let current { texts[current, default: BoundedText()].breakSegment() }
        } else if body.hasPrefix("cell:") {
            current = String(body.dropFirst(5))
        }
    }

    private mutating func emit(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty, let current else { return }
        texts[current, default: BoundedText()].append(bytes)
    }
}
