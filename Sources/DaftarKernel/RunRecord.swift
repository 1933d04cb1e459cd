import DaftarKernelProtocol
import Foundation

/// What the records pipe gave `daftar`: a record, a line this version cannot read (a program
/// built against another DaftarKit), or the size of a record dropped for the display budget.
enum ReceivedRecord: Equatable {
    case record(KernelRecord)
    case unreadable
    case dropped(bytes: Int)
}

/// Cuts the records pipe into lines and decodes them as they complete.
///
/// Displays get a memory budget, as printed text does: past 64 MB of records in one run, a record
/// is dropped unread and only its size kept, so a cell that displays without end cannot exhaust
/// Daftar's memory or bloat the report.
struct RecordLineReader {
    /// The budget, in bytes; messages quote it from here.
    static let defaultByteBudget = 64 * 1024 * 1024

    let byteBudget: Int
    private(set) var records: [ReceivedRecord] = []
    private var pending: [UInt8] = []
    private var keptBytes = 0
    /// Bytes of the record being dropped, while one is.
    private var dropping: Int?
    private let decoder = JSONDecoder()

    init(byteBudget: Int = Self.defaultByteBudget) {
        self.byteBudget = byteBudget
    }

    /// Returns the records completed by `chunk`.
    mutating func consume(_ chunk: ArraySlice<UInt8>) -> [ReceivedRecord] {
        var completed: [ReceivedRecord] = []
        var rest = chunk
        while !rest.isEmpty {
            let lineEnd = rest.firstIndex(of: .newline)
            let piece = rest[..<(lineEnd ?? rest.endIndex)]
            if let dropped = dropping {
                dropping = dropped + piece.count
            } else if keptBytes + pending.count + piece.count > byteBudget {
                dropping = pending.count + piece.count
                pending.removeAll()
            } else {
                pending += piece
            }
            guard let lineEnd else { break }
            if let dropped = dropping {
                completed.append(.dropped(bytes: dropped))
                dropping = nil
            } else {
                keptBytes += pending.count
                completed.append((try? decoder.decode(KernelRecord.self, from: Data(pending))).map(ReceivedRecord.record) ?? .unreadable)
                pending.removeAll(keepingCapacity: true)
            }
            rest = rest[(lineEnd + 1)...]
        }
        records += completed
        return completed
    }
}
