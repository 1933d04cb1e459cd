import Testing
@testable import DaftarKernel

@Suite struct RecordLineReaderTests {
    private func line(_ text: String) -> ArraySlice<UInt8> { Array((text + "\n").utf8)[...] }

    @Test func recordsSplitAcrossChunksAreReadWhole() {
        var reader = RecordLineReader()
        let bytes = Array(#"{"event":"cell-start","cell":2}"# .utf8) + [.newline] + Array(#"{"event":"done"}"#.utf8) + [.newline]
        var records: [RunRecord] = []
        for byte in bytes { records += reader.consume([byte][...]) }
        #expect(records == [.cellStart(cell: 2), .done])
    }

    /// Past the budget a display is dropped unread, whatever the chunking, and later small
    /// records that still fit are kept.
    @Test(arguments: [1, 7, 1000])
    func displaysPastTheBudgetAreDroppedWithTheirSize(chunkSize: Int) {
        var reader = RecordLineReader(byteBudget: 200)
        let small = #"{"event":"display","cell":0,"data":[{"type":"text/plain","content":"a"}]}"#
        let large = #"{"event":"display","cell":0,"data":[{"type":"text/plain","content":""# + String(repeating: "x", count: 300) + #""}]}"#
        let stream = Array((small + "\n" + large + "\n" + #"{"event":"done"}"# + "\n").utf8)
        var records: [RunRecord] = []
        for start in stride(from: 0, to: stream.count, by: chunkSize) {
            records += reader.consume(stream[start..<min(start + chunkSize, stream.count)])
        }
        #expect(records == [
            .display(cell: 0, representations: [(type: "text/plain", content: "a")]),
            .dropped(bytes: large.utf8.count),
            .done,
        ])
    }
}
