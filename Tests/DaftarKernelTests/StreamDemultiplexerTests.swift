@testable import DaftarKernel
import Testing

/// Splitting a program's output into cells at the runtime's markers, whichever way the bytes
/// arrive, and leaving every other byte — 0x1E included — to the cell that wrote it.
@Suite struct StreamDemultiplexerTests {
    static let token = "DAFTARk3y"

    static func marker(_ body: String) -> String { "\u{1E}\(token):\(body)\u{1E}" }

    /// Feeds `text` in every chunk size from one byte to the whole, and checks each gives `expected`.
    func expectSplit(_ text: String, _ expected: [String: String], segments: [String: [String]]? = nil,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        for size in 1...max(bytes.count, 1) {
            var demultiplexer = StreamDemultiplexer(marker: Self.token)
            demultiplexer.consumeAll(bytes, chunkSize: size)
            #expect(demultiplexer.keptTexts == expected, "chunks of \(size) bytes", sourceLocation: sourceLocation)
            if let segments {
                #expect(demultiplexer.texts.mapValues(\.segmentTexts) == segments, "chunks of \(size) bytes",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test func splitsAtCellMarkersEvenWhenTheyArriveByteByByte() {
        expectSplit(Self.marker("cell:1") + "one\n" + Self.marker("cell:3") + "three\nmore" + Self.marker("cell:12") + "twelve\n",
                    ["1": "one\n", "3": "three\nmore", "12": "twelve\n"])
    }

    /// What a program writes before its first cell (nothing, normally) belongs to no cell.
    @Test func textBeforeTheFirstMarkerIsDropped() {
        expectSplit("preamble\n" + Self.marker("cell:0") + "cell\n", ["0": "cell\n"])
    }

    /// A marker with another token — a cell printing what looks like the protocol — is text.
    @Test func markersWithAnotherTokenAreText() {
        let fake = "\u{1E}DAFTARother:5\u{1E}"
        let sameShape = "\u{1E}\(Self.token)x:5\u{1E}"
        expectSplit(Self.marker("cell:0") + "a" + fake + "b\n" + sameShape + "\n",
                    ["0": "a" + fake + "b\n" + sameShape + "\n"])
    }

    @Test func recordSeparatorsInUserOutputAreKept() {
        // Alone, doubled, right before a real marker, and as the very last byte of the stream.
        expectSplit(Self.marker("cell:0") + "a\u{1E}b\n\u{1E}\u{1E}\nx\u{1E}" + Self.marker("cell:1") + "y\u{1E}",
                    ["0": "a\u{1E}b\n\u{1E}\u{1E}\nx\u{1E}", "1": "y\u{1E}"])
    }

    /// A 0x1E followed by more bytes than any marker has, with no closing 0x1E, is text at once.
    @Test func aLongRunAfterARecordSeparatorIsText() {
        let long = "\u{1E}" + String(repeating: "z", count: 600) + "\n"
        expectSplit(Self.marker("cell:2") + long + Self.marker("cell:4") + "after\n", ["2": long, "4": "after\n"])
    }

    @Test func displayMarkersSplitTheCellsTextIntoSegments() {
        expectSplit(Self.marker("cell:0") + "before\n" + Self.marker("display") + "after\n" + Self.marker("display") + Self.marker("display")
                        + Self.marker("cell:1") + Self.marker("display") + "one\n",
                    ["0": "before\nafter\n", "1": "one\n"],
                    segments: ["0": ["before\n", "after\n", "", ""], "1": ["", "one\n"]])
    }

    /// Returning to an earlier cell's number (never done by the runtime) appends to its text.
    @Test func markersOnlySwitchTheCurrentCell() {
        expectSplit(Self.marker("cell:0") + "a" + Self.marker("cell:1") + "b" + Self.marker("cell:0") + "c",
                    ["0": "ac", "1": "b"])
    }

    /// Text held back while a marker may be arriving is not lost when the stream ends.
    @Test func finishFlushesAPartialMarker() {
        var demultiplexer = StreamDemultiplexer(marker: Self.token)
        demultiplexer.consume(Array((Self.marker("cell:0") + "text\u{1E}DAFT").utf8)[...])
        #expect(demultiplexer.keptTexts == ["0": "text"])
        demultiplexer.finish()
        #expect(demultiplexer.keptTexts == ["0": "text\u{1E}DAFT"])
    }

    /// Each cell's text is bounded on its own.
    @Test func eachCellIsBoundedSeparately() {
        var demultiplexer = StreamDemultiplexer(marker: Self.token)
        let flood = String(repeating: "line\n", count: BoundedText.lineLimit + 10)
        demultiplexer.consumeAll(Array((Self.marker("cell:0") + flood + Self.marker("cell:1") + "small\n").utf8), chunkSize: 4096)
        #expect(demultiplexer.texts["0"]?.hiddenLines == 10)
        #expect(demultiplexer.texts["0"]?.keptText == String(repeating: "line\n", count: BoundedText.lineLimit))
        #expect(demultiplexer.texts["1"]?.hiddenLines == 0)
        #expect(demultiplexer.texts["1"]?.keptText == "small\n")
    }
}
