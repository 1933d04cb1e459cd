import Foundation

/// A record the DaftarKit runtime sends on descriptor 3, one JSON object a line.
enum RunRecord: Equatable {
    case cellStart(cell: Int)
    case cellEnd(cell: Int, seconds: Double)
    case display(cell: Int, representations: [(type: String, content: String)])
    case inline(expression: Int, text: String)
    case done
    /// A record Daftar dropped unread because displays had used up their memory budget.
    case dropped(bytes: Int)

    static func == (lhs: RunRecord, rhs: RunRecord) -> Bool {
        switch (lhs, rhs) {
        case (.cellStart(let a), .cellStart(let b)): a == b
        case (.cellEnd(let a, let x), .cellEnd(let b, let y)): a == b && x == y
        case (.display(let a, let x), .display(let b, let y)):
            a == b && x.elementsEqual(y) { $0.type == $1.type && $0.content == $1.content }
        case (.inline(let a, let x), .inline(let b, let y)): a == b && x == y
        case (.done, .done): true
        case (.dropped(let a), .dropped(let b)): a == b
        default: false
        }
    }

    /// Parses one line; nil for anything that is not a record this version knows.
    init?(line: ArraySlice<UInt8>) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let event = object["event"] as? String else { return nil }
        switch event {
        case "cell-start":
            guard let cell = object["cell"] as? Int else { return nil }
            self = .cellStart(cell: cell)
        case "cell-end":
            guard let cell = object["cell"] as? Int, let seconds = object["seconds"] as? Double else { return nil }
            self = .cellEnd(cell: cell, seconds: seconds)
        case "display":
            guard let cell = object["cell"] as? Int, let data = object["data"] as? [[String: String]] else { return nil }
            let representations = data.compactMap { entry in entry["type"].flatMap { type in entry["content"].map { (type: type, content: $0) } } }
            guard representations.count == data.count else { return nil }
            self = .display(cell: cell, representations: representations)
        case "inline":
            guard let index = object["expression"] as? Int, let text = object["text"] as? String else { return nil }
            self = .inline(expression: index, text: text)
        case "done":
            self = .done
        default:
            return nil
        }
    }
}

/// Cuts the records pipe into lines and parses them as they complete.
///
/// Displays get a memory budget, as printed text does: past 64 MB of records in one run, a record
/// is dropped unread and only its size kept, so a cell that displays without end cannot exhaust
/// Daftar's memory or bloat the report.
struct RecordLineReader {
    let byteBudget: Int
    private(set) var records: [RunRecord] = []
    private var pending: [UInt8] = []
    private var keptBytes = 0
    /// Bytes of the record being dropped, while one is.
    private var dropping: Int?

    init(byteBudget: Int = 64 * 1024 * 1024) {
        self.byteBudget = byteBudget
    }

    /// Returns the records completed by `chunk`.
    mutating func consume(_ chunk: ArraySlice<UInt8>) -> [RunRecord] {
        var completed: [RunRecord] = []
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
                if let record = RunRecord(line: pending[...]) { completed.append(record) }
                pending.removeAll(keepingCapacity: true)
            }
            rest = rest[(lineEnd + 1)...]
        }
        records += completed
        return completed
    }
}
