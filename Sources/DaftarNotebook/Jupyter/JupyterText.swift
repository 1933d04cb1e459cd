/// A multi-line string of a notebook (a cell's source: one JSON string, or a list of them), with
/// the places of its JSON strings in the file, so that a position in the text maps back to the
/// notebook's line and column, escapes and all.
public struct JupyterText: Hashable, Sendable {
    public var text: String
    /// The JSON strings the text was joined from: each one's opening quote in the file, and the
    /// byte offset in `text` where its content starts.
    var pieces: [(quote: Int, start: Int)]

    public init(_ text: String) {
        self.text = text
        pieces = []
    }

    init(text: String, pieces: [(quote: Int, start: Int)]) {
        self.text = text
        self.pieces = pieces
    }

    public static func == (lhs: JupyterText, rhs: JupyterText) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// The file location of the byte at `offset` in the text: found by walking its JSON string
    /// in the file, an escape (`\n`, `\u00e9`) counting as the bytes it stands for.
    func location(ofOffset offset: Int, in file: SourceFile) -> SourceLocation {
        guard let piece = pieces.last(where: { $0.start <= offset }) else {
            return file.location(ofOffset: pieces.first?.quote ?? 0)
        }
        var raw = piece.quote + 1, decoded = piece.start
        let bytes = file.bytes
        while decoded < offset, raw < bytes.count, bytes[raw] != UInt8(ascii: "\"") {
            if bytes[raw] == UInt8(ascii: "\\"), let (scalar, length) = JSONScanner.escape(in: bytes, at: raw) {
                raw += length
                decoded += UTF8.width(scalar)
            } else {
                raw += 1
                decoded += 1
            }
        }
        return file.location(ofOffset: raw)
    }

    /// A function from a 1-based line and byte column of the text to the file location, the
    /// text's line starts found once.
    func locator(in file: SourceFile) -> (_ line: Int, _ column: Int) -> SourceLocation {
        let lineStarts = [0] + text.utf8.enumerated().filter { $0.element == UInt8(ascii: "\n") }.map { $0.offset + 1 }
        return { line, column in
            let start = lineStarts[min(max(line, 1), lineStarts.count) - 1]
            return self.location(ofOffset: start + max(column, 1) - 1, in: file)
        }
    }

    /// `diagnostic` with its locations, read as line and column of the text, moved to the file.
    func relocated(_ diagnostic: Diagnostic, in file: SourceFile) -> Diagnostic {
        var moved = diagnostic
        let locate = locator(in: file)
        func move(_ location: SourceLocation?) -> SourceLocation? {
            location.map { locate($0.line, $0.column) }
        }
        moved.location = move(diagnostic.location)
        moved.notes = diagnostic.notes.map { Diagnostic.Note($0.message, at: move($0.location)) }
        return moved
    }
}
