/// A piece of a notebook's text cut out of its lines — a table cell, a term, a caption — to be
/// parsed on its own, with the way back from its positions to the notebook's.
struct FragmentText {
    /// Where a run of the fragment's bytes came from: from `column` of fragment line `line`
    /// onwards, the bytes are those of the parent's `sourceLine` from `sourceColumn`.
    struct Anchor {
        var line: Int, column: Int
        var sourceLine: Int, sourceColumn: Int
    }

    private(set) var text = ""
    private(set) var anchors: [Anchor] = []
    private var line = 1, column = 1

    /// Appends `bytes`, which start at `sourceLine`:`sourceColumn` in the parent text.
    mutating func append(_ bytes: some Collection<UInt8>, sourceLine: Int, sourceColumn: Int) {
        anchors.append(Anchor(line: line, column: column, sourceLine: sourceLine, sourceColumn: sourceColumn))
        text += String(decoding: Array(bytes), as: UTF8.self)
        column += bytes.count
    }

    /// Appends bytes that stand for nothing in the parent (a separator, a marker).
    mutating func appendSynthetic(_ string: String) {
        text += string
        column += string.utf8.count
    }

    mutating func newLine() {
        text += "\n"
        line += 1
        column = 1
    }

    var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" } }

    /// The parent position of the fragment's `line`:`column`.
    func parentPosition(line: Int, column: Int) -> (line: Int, column: Int) {
        guard let anchor = anchors.last(where: { $0.line < line || $0.line == line && $0.column <= column })
            ?? anchors.first else { return (0, 0) }
        if anchor.line != line { return (anchor.sourceLine + line - anchor.line, column) }
        return (anchor.sourceLine, anchor.sourceColumn + column - anchor.column)
    }

    /// The fragment cut after its first `count` bytes (anchors past the cut stay; they are never reached).
    func truncated(toBytes count: Int) -> FragmentText {
        var copy = self
        copy.text = String(decoding: text.utf8.prefix(count), as: UTF8.self)
        return copy
    }
}
