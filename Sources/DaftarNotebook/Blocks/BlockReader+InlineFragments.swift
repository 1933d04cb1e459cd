/// The content of a span or an inline note cut out of a paragraph, to be read on its own.
extension BlockReader {
    /// `range` of `bytes` as a fragment; continuation lines lose up to `continuationIndent` bytes
    /// of container prefix (spaces, `>`), as math does.
    func fragment(_ range: Range<Int>, in bytes: [UInt8], file: SourceFile, continuationIndent: Int) -> FragmentText {
        var text = FragmentText()
        var lineStart = range.lowerBound
        var first = true
        while lineStart <= range.upperBound {
            var start = lineStart
            if !first {
                var dropped = 0
                while dropped < continuationIndent, start < range.upperBound,
                      bytes[start] == .space || bytes[start] == .tab || bytes[start] == .greaterThan {
                    start += 1
                    dropped += 1
                }
            }
            let lineEnd = bytes[start..<range.upperBound].firstIndex(of: .newline) ?? range.upperBound
            let position = file.location(ofOffset: start)
            text.append(bytes[start..<lineEnd], sourceLine: position.line, sourceColumn: position.column)
            guard lineEnd < range.upperBound else { break }
            text.newLine()
            lineStart = lineEnd + 1
            first = false
        }
        return text
    }
}
