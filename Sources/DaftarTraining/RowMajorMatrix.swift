/// A matrix stored row by row in one contiguous array: a batch of examples (one per row), a
/// weight matrix, a gradient.
///
/// A value type: copies share storage until one is written (copy on write), so the engine's
/// buffers, written in place step after step, never allocate once they have their size.
public struct RowMajorMatrix<Scalar: TrainingScalar>: Sendable, Equatable {
    public internal(set) var rows: Int
    public internal(set) var columns: Int
    /// The elements, row after row: element (i, j) is `elements[i * columns + j]`.
    public internal(set) var elements: [Scalar]

    /// A matrix of `rows` × `columns` copies of `value`.
    public init(rows: Int, columns: Int, repeating value: Scalar = 0) {
        precondition(rows >= 0 && columns >= 0, "a matrix cannot have \(rows) rows and \(columns) columns")
        self.rows = rows
        self.columns = columns
        elements = Array(repeating: value, count: rows * columns)
    }

    /// A matrix from its elements, row after row.
    public init(rows: Int, columns: Int, elements: [Scalar]) {
        precondition(elements.count == rows * columns, "\(elements.count) elements do not make \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from its rows, which must all have the same length.
    public init(_ rows: [[Scalar]]) {
        let columns = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == columns }, "the rows of a matrix must have the same length")
        self.init(rows: rows.count, columns: columns, elements: rows.flatMap { $0 })
    }

    /// A matrix whose element (i, j) is `value(i, j)`.
    public init(rows: Int, columns: Int, _ value: (Int, Int) -> Scalar) {
        self.init(rows: rows, columns: columns)
        for i in 0..<rows { for j in 0..<columns { elements[i * columns + j] = value(i, j) } }
    }

    /// An empty 0 × 0 matrix (no storage).
    public init() { self.init(rows: 0, columns: 0, elements: []) }

    /// The element in row `row`, column `column`.
    public subscript(row: Int, column: Int) -> Scalar {
        get { elements[index(row, column)] }
        set { elements[index(row, column)] = newValue }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Scalar] {
        precondition(i >= 0 && i < rows, "row \(i) of a matrix of \(rows) rows")
        return Array(elements[i * columns..<(i + 1) * columns])
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Scalar] {
        precondition(j >= 0 && j < columns, "column \(j) of a matrix of \(columns) columns")
        return (0..<rows).map { elements[$0 * columns + j] }
    }

    /// (rows, columns).
    public var shape: (rows: Int, columns: Int) { (rows, columns) }

    /// The transpose, as a new matrix (the engine's products transpose without copying).
    public func transposed() -> RowMajorMatrix {
        RowMajorMatrix(rows: columns, columns: rows) { i, j in self[j, i] }
    }

    /// The same values in another precision (Float for training, Double for checks).
    public func converted<Other: TrainingScalar>(to _: Other.Type = Other.self) -> RowMajorMatrix<Other> {
        RowMajorMatrix<Other>(rows: rows, columns: columns, elements: elements.map { Other($0) })
    }

    /// √(Σ aᵢⱼ²), summed in Double.
    public var frobeniusNorm: Double {
        elements.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
    }

    /// Makes this `rows` × `columns`, keeping the storage's capacity (no allocation when it
    /// suffices); the contents are unspecified afterwards unless the size did not change.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func resize(rows: Int, columns: Int) {
        if rows == self.rows && columns == self.columns { return }
        let count = rows * columns
        if count != elements.count {
            elements.removeAll(keepingCapacity: true)
            elements.append(contentsOf: repeatElement(0, count: count))
        }
        self.rows = rows
        self.columns = columns
    }

    /// Calls `body` with the elements' memory, for reading.
    @inline(__always)
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Scalar>) throws -> R) rethrows -> R {
        try elements.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the elements' memory, for writing in place.
    @inline(__always)
    public mutating func withUnsafeMutableBufferPointer<R>(_ body: (inout UnsafeMutableBufferPointer<Scalar>) throws -> R) rethrows -> R {
        try elements.withUnsafeMutableBufferPointer(body)
    }

    @inline(__always)
    private func index(_ row: Int, _ column: Int) -> Int {
        precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                     "element (\(row), \(column)) of a \(rows)×\(columns) matrix")
        return row * columns + column
    }
}

/// The matrix the engine trains with: Float32, row-major.
public typealias Matrix = RowMajorMatrix<Float>

/// A matrix in Double, for finite-difference gradient checks and references.
public typealias DoubleMatrix = RowMajorMatrix<Double>

extension RowMajorMatrix: CustomStringConvertible {
    /// `3×2 [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]`, eliding rows beyond eight.
    public var description: String {
        let shown = (0..<min(rows, 8)).map { "[" + row($0).map { "\($0)" }.joined(separator: ", ") + "]" }
        return "\(rows)×\(columns) [" + shown.joined(separator: ", ") + (rows > 8 ? ", …]" : "]")
    }
}
