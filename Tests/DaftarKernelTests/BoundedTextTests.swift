@testable import DaftarKernel
import Testing

/// A cell's text kept up to the `OutputBudget`, whole lines only, with the rest counted.
@Suite struct BoundedTextTests {
    static func lines(_ count: Int, width: Int = 4) -> String {
        String(repeating: String(repeating: "x", count: width - 1) + "\n", count: count)
    }

    static func bounded(_ pieces: String...) -> BoundedText {
        var text = BoundedText()
        for piece in pieces { text.append(Array(piece.utf8)[...]) }
        return text
    }

    @Test func exactlyTheLineLimitIsKeptWhole() {
        let text = Self.bounded(Self.lines(BoundedText.lineLimit))
        #expect(text.hiddenLines == 0)
        #expect(text.keptText == Self.lines(BoundedText.lineLimit))
    }

    @Test func oneLineOverTheLimitIsHidden() {
        let text = Self.bounded(Self.lines(BoundedText.lineLimit), "last\n")
        #expect(text.hiddenLines == 1)
        #expect(text.keptText == Self.lines(BoundedText.lineLimit))
    }

    /// A last line without a line break is a line too.
    @Test(arguments: [("a\nb\n", 2), ("a\nb", 2), ("a", 1), ("\n", 1), ("\n\n\n", 3), ("a\n\nb", 3)])
    func hiddenLinesAreCountedWithOrWithoutAFinalLineBreak(hidden: String, count: Int) {
        let text = Self.bounded(Self.lines(BoundedText.lineLimit), hidden)
        #expect(text.hiddenLines == count)
    }

    /// The count is the same however the hidden text is cut into writes.
    @Test func hiddenLinesSpanningWritesAreCountedOnce() {
        let text = Self.bounded(Self.lines(BoundedText.lineLimit), "par", "tial", "\nnext", "", "\n", "end")
        #expect(text.hiddenLines == 3)
    }

    /// The line that reaches the limit is kept; the first line that would pass it is not.
    @Test func exactlyTheByteLimitIsKept() {
        let line = String(repeating: "y", count: BoundedText.byteLimit - 1) + "\n"
        let exact = Self.bounded(line)
        #expect(exact.keptText == line)
        #expect(exact.hiddenLines == 0)
        let over = Self.bounded(line, "z\n")
        #expect(over.keptText == line)
        #expect(over.hiddenLines == 1)
    }

    /// A line longer than the limit is hidden whole, not cut in the middle.
    @Test func aLineLongerThanTheLimitIsHiddenWhole() {
        let text = Self.bounded("short\n", String(repeating: "w", count: BoundedText.byteLimit) + "\n", "tail\n")
        #expect(text.keptText == "short\n")
        #expect(text.hiddenLines == 2)
    }

    /// After the limit, a display starts no new segment: what follows is hidden anyway.
    @Test func segmentsStopAtTheLimit() {
        var text = Self.bounded("a\n")
        text.breakSegment()
        text.append(Array(Self.lines(BoundedText.lineLimit).utf8)[...])
        text.breakSegment()
        text.append(Array("after\n".utf8)[...])
        #expect(text.segments.count == 2)
        #expect(text.segmentTexts[0] == "a\n")
        #expect(text.segmentTexts[1] == Self.lines(BoundedText.lineLimit - 1))
        #expect(text.hiddenLines == 2)
    }

    /// 50 MB fed in pipe-sized chunks, lines cut across chunks: the kept text is the first 2,000
    /// lines and every other line is counted.
    @Test func memoryStaysBoundedUnderAFlood() {
        let line = Array((String(repeating: "f", count: 99) + "\n").utf8)
        let lineCount = 524_288 // 50 MiB of 100-byte lines
        var chunk: [UInt8] = []
        var text = BoundedText()
        var fed = 0
        for _ in 0..<lineCount {
            chunk += line
            if chunk.count >= 65_536 {
                text.append(chunk[0..<65_536])
                fed += 65_536
                chunk.removeFirst(65_536)
            }
        }
        text.append(chunk[...])
        fed += chunk.count
        #expect(fed == 52_428_800)
        #expect(text.segments.count == 1)
        #expect(text.segments[0].count == 100 * BoundedText.lineLimit)
        #expect(text.segments[0].capacity < 2 * BoundedText.byteLimit)
        #expect(text.hiddenLines == lineCount - BoundedText.lineLimit)
    }

    /// With long lines the byte limit comes first: 262 lines of 1,000 bytes fit in 256 KB.
    @Test func theByteLimitBindsForLongLines() {
        let line = String(repeating: "L", count: 999) + "\n"
        let text = Self.bounded(String(repeating: line, count: 1_000))
        #expect(text.keptText == String(repeating: line, count: BoundedText.byteLimit / 1_000))
        #expect(text.hiddenLines == 1_000 - BoundedText.byteLimit / 1_000)
    }
}
