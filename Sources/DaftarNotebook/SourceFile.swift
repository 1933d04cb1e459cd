/// The text of one notebook file with an index of its lines, for turning byte offsets into locations.
public struct SourceFile: Sendable {
    /// The path as the user gave it; used in every location.
    public let path: String
    /// The whole file, decoded as UTF-8.
    public let text: String
    /// The same text as bytes: parsing works on bytes, since locations count bytes.
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0] == 0`.
    let lineStarts: [Int]

    /// Decodes `data` as UTF-8, or throws a diagnostic at the first invalid byte. Valid text is
    /// checked once, by the standard library's validator; only invalid text is decoded scalar by
    /// scalar, to find where.
    public init(path: String, data: [UInt8]) throws(Diagnostic) {
        guard let text = String(validating: data, as: UTF8.self) else {
            let invalid = Self.firstInvalidUTF8Offset(in: data) ?? 0
            let starts = Self.lineStarts(of: data)
            let line = starts.lastIndex { $0 <= invalid }! + 1
            let location = SourceLocation(file: path, line: line, column: invalid - starts[line - 1] + 1)
            let byte = String(data[invalid], radix: 16, uppercase: true)
            throw Diagnostic(.error, "the file is not valid UTF-8 (byte 0x\(byte)); save it as UTF-8", at: location)
        }
        self.path = path
        self.text = text
        self.bytes = data
        self.lineStarts = Self.lineStarts(of: data)
    }

    /// Wraps text already in memory (tests, standard input).
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.bytes = Array(text.utf8)
        self.lineStarts = Self.lineStarts(of: bytes)
    }

    /// The number of lines; a final newline does not start another line.
    public var lineCount: Int {
        bytes.last == UInt8(ascii: "\n") ? lineStarts.count - 1 : lineStarts.count
    }

    /// The location of a byte offset.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let line = lineIndex(containing: offset)
        return SourceLocation(file: path, line: line + 1, column: offset - lineStarts[line] + 1)
    }

    /// The byte offset of a 1-based line and column.
    public func offset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        return min(lineStarts[line - 1] + max(column, 1) - 1, bytes.count)
    }

    /// The text of a 1-based line, without its line ending.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        // A slice of the decoded text, not a copy: a warning on a megabyte line need not copy it.
        let utf8 = text.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        return starts
    }

    private static func firstInvalidUTF8Offset(in data: [UInt8]) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error:
                // Step back to the first byte the decoder could not use.
                return offset
            }
        }
    }
}
