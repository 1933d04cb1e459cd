/// A table of results as a value: caption, columns with alignment and number format, and rows;
/// rendered as semantic HTML, Markdown or plain text.
public struct Table: Sendable {
    public var caption: String?
    public var columns: [Column]
    public var rows: [[Value]]
    /// The first column names its row (`<th scope="row">` in HTML).
    public var rowHeaders: Bool

    public init(caption: String? = nil, columns: [Column], rows: [[Value]], rowHeaders: Bool = true) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "each row needs one value per column")
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.rowHeaders = rowHeaders
    }

    /// A column: its header, how its numbers are written, and how its cells line up.
    public struct Column: Sendable {
        public var title: String
        public var format: NumberFormat
        /// By default numbers line up on the right, text on the reading direction's start.
        public var alignment: Alignment?

        public init(_ title: String, format: NumberFormat = .automatic, alignment: Alignment? = nil) {
            self.title = title
            self.format = format
            self.alignment = alignment
        }
    }

    /// Where a column's cells line up. Numbers right-align in every script (their digits run left
    /// to right); text aligns to the start of the line, which is the right in Arabic.
    public enum Alignment: Sendable { case start, center, right }

    /// One cell.
    public enum Value: Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case number(Double)
        /// A mean with its standard deviation: `0.912 ± 0.004`.
        case estimate(mean: Double, deviation: Double)
        /// No value: an empty cell.
        case missing

        public init(stringLiteral value: String) { self = .text(value) }
        public init(floatLiteral value: Double) { self = .number(value) }
        public init(integerLiteral value: Int) { self = .number(Double(value)) }

        var isNumeric: Bool {
            switch self {
            case .number, .estimate: true
            case .text, .missing: false
            }
        }
    }

    /// Each column's alignment: as given, else right for a column of numbers.
    var alignments: [Alignment] {
        columns.indices.map { column in
            if let alignment = columns[column].alignment { return alignment }
            let values = rows.map { $0[column] }.filter { if case .missing = $0 { false } else { true } }
            return !values.isEmpty && values.allSatisfy(\.isNumeric) ? .right : .start
        }
    }

    /// The text of the cell at `row`, `column`, numbers in the column's format.
    func text(row: Int, column: Int, minus: NumberFormat.Minus) -> String {
        let format = columns[column].format
        switch rows[row][column] {
        case .text(let text): return text
        case .number(let value): return format.string(value, minus: minus)
        case .estimate(let mean, let deviation): return format.string(mean, minus: minus) + " ± " + format.string(deviation, minus: minus)
        case .missing: return ""
        }
    }

    /// Results per seed, one row each, and a last row with each column's mean ± standard
    /// deviation over the seeds: `values[seed][metric]`.
    public static func perSeed(caption: String? = nil, metrics: [String], seeds: [Int], values: [[Double]],
                               format: NumberFormat = .fixed(3)) -> Table {
        precondition(values.count == seeds.count && values.allSatisfy { $0.count == metrics.count }, "one row of values per seed, one value per metric")
        var rows: [[Value]] = zip(seeds, values).map { seed, row in [.text("\(seed)")] + row.map { .number($0) } }
        rows.append([.text("mean ± std")] + metrics.indices.map { metric in
            let statistics = Statistics(values.map { $0[metric] })
            return .estimate(mean: statistics.mean, deviation: statistics.standardDeviation)
        })
        return Table(caption: caption, columns: [Column("seed", alignment: .start)] + metrics.map { Column($0, format: format) }, rows: rows)
    }
}
