import DaftarKernelProtocol
import Foundation
import Testing
@testable import DaftarKernel

@Suite struct RecordLineReaderTests {
    private func line(_ record: KernelRecord) -> String {
        String(decoding: try! JSONEncoder().encode(record), as: UTF8.self) + "\n"
    }

    @Test func recordsSplitAcrossChunksAreReadWhole() {
        var reader = RecordLineReader()
        let bytes = Array((line(.cellStart(cell: "fig-a")) + line(.done)).utf8)
        var records: [ReceivedRecord] = []
        for byte in bytes { records += reader.consume([byte][...]) }
        #expect(records == [.record(.cellStart(cell: "fig-a")), .record(.done)])
    }

    /// A line this version cannot read — a program built against another DaftarKit — is kept as
    /// unreadable, so that the run can be refused.
    @Test func linesOfAnotherVersionAreUnreadable() throws {
        var reader = RecordLineReader()
        let records = reader.consume(Array(#"{"event":"cell-start","cell":2}"#.utf8 + [.newline])[...])
        #expect(records == [.unreadable])
        #expect(throws: KernelError.self) { try Kernel.checkProtocolVersion(records) }
        #expect(throws: KernelError.self) { try Kernel.checkProtocolVersion([.record(.hello(version: KernelProtocol.version + 1))]) }
        try Kernel.checkProtocolVersion([.record(.hello(version: KernelProtocol.version)), .record(.done)])
    }

    /// Past the budget a display is dropped unread, whatever the chunking, and later small
    /// records that still fit are kept.
    @Test(arguments: [1, 7, 1000])
    func displaysPastTheBudgetAreDroppedWithTheirSize(chunkSize: Int) {
        var reader = RecordLineReader(byteBudget: 200)
        let small = line(.display(cell: "c", bundle: .plainText("a")))
        let large = line(.display(cell: "c", bundle: .plainText(String(repeating: "x", count: 300))))
        let stream = Array((small + large + line(.done)).utf8)
        var records: [ReceivedRecord] = []
        for start in stride(from: 0, to: stream.count, by: chunkSize) {
            records += reader.consume(stream[start..<min(start + chunkSize, stream.count)])
        }
        #expect(records == [
            .record(.display(cell: "c", bundle: .plainText("a"))),
            .dropped(bytes: large.utf8.count - 1),
            .record(.done),
        ])
    }
}
