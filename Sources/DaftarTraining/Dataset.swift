/// Examples to train on: inputs one per row, with class labels or with target values.
public struct Dataset: Sendable {
    /// One example per row.
    public var inputs: Matrix
    /// The class of each example (0 ..< classCount), for classification.
    public var labels: [Int]?
    /// The number of classes (one more than the largest label), 0 without labels.
    public var classCount: Int
    /// Target values, one row per example, for regression.
    public var targetValues: Matrix?

    /// A classification data set; `classCount` defaults to one more than the largest label.
    public init(inputs: Matrix, labels: [Int], classCount: Int? = nil) {
        precondition(labels.count == inputs.rows, "\(labels.count) labels for \(inputs.rows) examples")
        precondition(labels.allSatisfy { $0 >= 0 }, "labels are class indices from 0")
        self.inputs = inputs
        self.labels = labels
        self.classCount = classCount ?? ((labels.max() ?? -1) + 1)
        targetValues = nil
    }

    /// A regression data set: the network learns to output `targets` (one row per example).
    public init(inputs: Matrix, targets: Matrix) {
        precondition(targets.rows == inputs.rows, "\(targets.rows) target rows for \(inputs.rows) examples")
        self.inputs = inputs
        labels = nil
        classCount = 0
        targetValues = targets
    }

    /// The number of examples.
    public var count: Int { inputs.rows }

    /// Values per example.
    public var inputWidth: Int { inputs.columns }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        var copy = self
        copy.inputs = Matrix(rows: 0, columns: 0)
        gatherRows(indices[...], from: inputs, into: &copy.inputs)
        if let labels { copy.labels = indices.map { labels[$0] } }
        if let targetValues {
            copy.targetValues = Matrix()
            gatherRows(indices[...], from: targetValues, into: &copy.targetValues!)
        }
        return copy
    }

    /// The examples in a seeded random order (Fisher–Yates on `PCG32(seed:)`).
    public func shuffled(seed: Int) -> Dataset {
        var generator = PCG32(seed: seed)
        return subset(generator.permutation(of: count))
    }

    /// Consecutive mini-batches of `size` examples after a seeded shuffle; the last may be smaller.
    public func batches(size: Int, seed: Int) -> [Dataset] {
        precondition(size > 0, "a batch size must be positive, got \(size)")
        var generator = PCG32(seed: seed)
        let order = generator.permutation(of: count)
        return stride(from: 0, to: count, by: size).map { subset(Array(order[$0..<min($0 + size, count)])) }
    }

    /// The targets a network of `width` outputs is trained towards: the target values, or for
    /// labels one-hot rows (or the label itself, 0 or 1, when `width` is 1).
    public func targets(width: Int) -> Matrix {
        var matrix = Matrix()
        fillTargets(rows: 0..<count, width: width, into: &matrix)
        return matrix
    }

    /// Writes the targets of the examples at `rows` into `matrix` (resized; no allocation once sized).
    func fillTargets<Rows: Collection<Int>>(rows: Rows, width: Int, into matrix: inout Matrix) {
        if let targetValues {
            precondition(targetValues.columns == width, "targets of \(targetValues.columns) values for \(width) outputs")
            gatherRows(rows, from: targetValues, into: &matrix)
            return
        }
        guard let labels else { preconditionFailure("a data set has labels or targets") }
        precondition(width == 1 ? classCount <= 2 : width >= classCount,
                     "\(classCount) classes for a network of \(width) outputs")
        matrix.resize(rows: rows.count, columns: width)
        matrix.withUnsafeMutableBufferPointer { target in
            target.update(repeating: 0)
            for (row, example) in rows.enumerated() {
                if width == 1 { target[row] = Float(labels[example]) } else { target[row * width + labels[example]] = 1 }
            }
        }
    }
}

/// destination ← the rows of `source` at `rows`, in order (a mini-batch), resized in place.
func gatherRows<Rows: Collection<Int>>(_ rows: Rows, from source: Matrix, into destination: inout Matrix) {
    let width = source.columns
    destination.resize(rows: rows.count, columns: width)
    source.withUnsafeBufferPointer { from in
        destination.withUnsafeMutableBufferPointer { to in
            guard let base = from.baseAddress, let target = to.baseAddress else { return }
            for (row, example) in rows.enumerated() {
                precondition(example >= 0 && example < source.rows, "example \(example) of \(source.rows)")
                (target + row * width).update(from: base + example * width, count: width)
            }
        }
    }
}
