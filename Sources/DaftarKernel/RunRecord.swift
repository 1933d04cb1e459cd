import Foundation

/// A record the DaftarKit runtime sends on descriptor 3, one JSON object a line.
enum RunRecord: Equatable {
    case cellStart(cell: Int)
    case cellEnd(cell: Int, seconds: Double)
    case display(cell: Int, representations: [(type: String, content: String)])
    case inline(expression: Int, text: String)
    case done

    static func == (lhs: RunRecord, rhs: RunRecord) -> Bool {
        switch (lhs, rhs) {
        case (.cellStart(let a), .cellStart(let b)): a == b
        case (.cellEnd(let a, let x), .cellEnd(let b, let y)): a == b && x == y
        case (.display(let a, let x), .display(let b, let y)):
            a == b && x.elementsEqual(y) { $0.type == $1.type && $0.content == $1.content }
        case (.inline(let a, let x), .inline(let b, let y)): a == b && x == y
        case (.done, .done): true
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
struct RecordLineReader {
    private(set) var records: [RunRecord] = []
    private var pending: [UInt8] = []

    /// Returns the records completed by `chunk`.
    mutating func consume(_ chunk: ArraySlice<UInt8>) -> [RunRecord] {
        pending += chunk
        var completed: [RunRecord] = []
        var start = 0
        while let end = pending[start...].firstIndex(of: .newline) {
            if let record = RunRecord(line: pending[start..<end]) { completed.append(record) }
            start = end + 1
        }
        pending.removeFirst(start)
        records += completed
        return completed
    }
}
