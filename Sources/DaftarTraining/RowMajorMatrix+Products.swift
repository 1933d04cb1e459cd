import DaftarActivations

/// Matrix products through OpenBLAS's gemm: transposes are flags, never copies.
extension RowMajorMatrix {
    /// c ← alpha·op(a)·op(b) + beta·c, op transposing when asked; `c` is resized to the
    /// product's shape (then `beta` must be 0 unless it already had that shape).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func multiply(_ a: RowMajorMatrix, _ b: RowMajorMatrix, transposeA: Bool = false, transposeB: Bool = false,
                                into c: inout RowMajorMatrix, alpha: Scalar = 1, beta: Scalar = 0) {
        let m = transposeA ? a.columns : a.rows, k = transposeA ? a.rows : a.columns
        let kb = transposeB ? b.columns : b.rows, n = transposeB ? b.rows : b.columns
        precondition(k == kb, "cannot multiply \(m)×\(k) by \(kb)×\(n)")
        let reshaped = c.rows != m || c.columns != n
        precondition(!reshaped || beta == 0, "accumulating (beta ≠ 0) into a \(c.rows)×\(c.columns) matrix, not \(m)×\(n)")
        c.resize(rows: m, columns: n)
        guard m > 0 && n > 0 else { return }
        if k == 0 {
            c.withUnsafeMutableBufferPointer { buffer in for i in buffer.indices { buffer[i] *= beta } }
            return
        }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    Scalar.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                                a: pa.baseAddress!, lda: max(1, a.columns), b: pb.baseAddress!, ldb: max(1, b.columns),
                                beta: beta, c: pc.baseAddress!, ldc: n)
                }
            }
        }
    }

    /// The product a·b, as a new matrix.
    public static func * (a: RowMajorMatrix, b: RowMajorMatrix) -> RowMajorMatrix {
        var c = RowMajorMatrix()
        multiply(a, b, into: &c)
        return c
    }

    /// The element-wise sum.
    public static func + (a: RowMajorMatrix, b: RowMajorMatrix) -> RowMajorMatrix {
        precondition(a.shape == b.shape, "adding \(a.rows)×\(a.columns) to \(b.rows)×\(b.columns)")
        return RowMajorMatrix(rows: a.rows, columns: a.columns, elements: zip(a.elements, b.elements).map { $0 + $1 })
    }

    /// The element-wise difference.
    public static func - (a: RowMajorMatrix, b: RowMajorMatrix) -> RowMajorMatrix {
        precondition(a.shape == b.shape, "subtracting \(b.rows)×\(b.columns) from \(a.rows)×\(a.columns)")
        return RowMajorMatrix(rows: a.rows, columns: a.columns, elements: zip(a.elements, b.elements).map { $0 - $1 })
    }

    /// Every element times `scale`.
    public static func * (scale: Scalar, a: RowMajorMatrix) -> RowMajorMatrix {
        RowMajorMatrix(rows: a.rows, columns: a.columns, elements: a.elements.map { scale * $0 })
    }

    /// f applied to every element with the activation engine's buffer kernels.
    public func applying(_ activation: Activation) -> RowMajorMatrix {
        var result = RowMajorMatrix(rows: rows, columns: columns)
        withUnsafeBufferPointer { input in
            result.withUnsafeMutableBufferPointer { Scalar.activate(activation, input, into: $0) }
        }
        return result
    }
}

extension RowMajorMatrix {
    /// Each row replaced by `vector` (a bias broadcast over a batch): the start of y = x·W + b.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    mutating func fillRows(with vector: RowMajorMatrix) {
        precondition(vector.elements.count == columns, "a row of \(vector.elements.count) values for \(columns) columns")
        let n = columns, rows = rows
        vector.withUnsafeBufferPointer { v in
            withUnsafeMutableBufferPointer { out in
                guard let source = v.baseAddress, let target = out.baseAddress else { return }
                for i in 0..<rows { (target + i * n).update(from: source, count: n) }
            }
        }
    }

    /// sums[j] ← Σᵢ self[i, j] (a bias gradient over a batch), accumulated row by row so that the
    /// inner loop runs along memory and vectorises.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    func columnSums(into sums: inout RowMajorMatrix) {
        sums.resize(rows: 1, columns: columns)
        let n = columns
        withUnsafeBufferPointer { m in
            sums.withUnsafeMutableBufferPointer { s in
                guard let source = m.baseAddress, let target = s.baseAddress else { return }
                target.update(repeating: 0, count: n)
                for i in 0..<rows {
                    let row = source + i * n
                    for j in 0..<n { target[j] += row[j] }
                }
            }
        }
    }
}
