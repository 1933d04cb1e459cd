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
    /// result ← selfᵀ (resized; no allocation once it has the size), in 4 × 4 blocks.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    func transpose(into result: inout RowMajorMatrix) {
        result.resize(rows: columns, columns: rows)
        let r = rows, c = columns
        withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                guard let a = source.baseAddress, let t = target.baseAddress else { return }
                if Scalar.self == Float.self {
                    a.withMemoryRebound(to: Float.self, capacity: r * c) { a in
                        t.withMemoryRebound(to: Float.self, capacity: r * c) { t in Self.floatTranspose(a, rows: r, columns: c, into: t) }
                    }
                    return
                }
                for i in 0..<r { for j in 0..<c { t[j * r + i] = a[i * c + j] } }
            }
        }
    }

    /// t ← aᵀ for a row-major r × c matrix a: 4 × 4 blocks through four SIMD4 loads and stores.
    @inline(__always)
    private static func floatTranspose(_ a: UnsafePointer<Float>, rows r: Int, columns c: Int, into t: UnsafeMutablePointer<Float>) {
        typealias V = SIMD4<Float>
        @inline(__always) func load(_ p: UnsafePointer<Float>) -> V { UnsafeRawPointer(p).loadUnaligned(as: V.self) }
        @inline(__always) func store(_ v: V, _ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self) }
        var i = 0
        while i + 4 <= r {
            var j = 0
            while j + 4 <= c {
                let p = a + i * c + j, q = t + j * r + i
                let r0 = load(p), r1 = load(p + c), r2 = load(p + 2 * c), r3 = load(p + 3 * c)
                store(V(r0[0], r1[0], r2[0], r3[0]), q)
                store(V(r0[1], r1[1], r2[1], r3[1]), q + r)
                store(V(r0[2], r1[2], r2[2], r3[2]), q + 2 * r)
                store(V(r0[3], r1[3], r2[3], r3[3]), q + 3 * r)
                j += 4
            }
            while j < c {
                for ii in i..<i + 4 { t[j * r + ii] = a[ii * c + j] }
                j += 1
            }
            i += 4
        }
        while i < r {
            for j in 0..<c { t[j * r + i] = a[i * c + j] }
            i += 1
        }
    }

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

    /// sums[j] ← Σᵢ self[i, j] (a bias gradient over a batch), each column summed from the first
    /// row to the last.
    ///
    /// For Float the sums of 32 columns at a time stay in registers while the rows stream past (one
    /// load and one add per value), instead of a load, add and store of each sum per row; every
    /// column is still summed in row order, so the bits are the same.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    func columnSums(into sums: inout RowMajorMatrix) {
        sums.resize(rows: 1, columns: columns)
        let n = columns, rows = rows
        withUnsafeBufferPointer { m in
            sums.withUnsafeMutableBufferPointer { s in
                guard let source = m.baseAddress, let target = s.baseAddress else { return }
                if Scalar.self == Float.self {
                    source.withMemoryRebound(to: Float.self, capacity: rows * n) { source in
                        target.withMemoryRebound(to: Float.self, capacity: n) { target in
                            Self.floatColumnSums(source, rows: rows, columns: n, into: target)
                        }
                    }
                    return
                }
                target.update(repeating: 0, count: n)
                for i in 0..<rows {
                    let row = source + i * n
                    for j in 0..<n { target[j] += row[j] }
                }
            }
        }
    }

    /// target[j] ← Σᵢ source[i·columns + j], summed in row order, in column blocks of 32, 16 and 1.
    /// Blocks of 32 keep the sums in eight SSE registers of the baseline compilation (64 would take
    /// all sixteen and spill); `a = a + b`, not `+=`, which the standard library leaves as a call.
    @inline(__always)
    private static func floatColumnSums(_ source: UnsafePointer<Float>, rows: Int, columns n: Int,
                                        into target: UnsafeMutablePointer<Float>) {
        typealias V = SIMD16<Float>
        @inline(__always) func load(_ p: UnsafePointer<Float>) -> V { UnsafeRawPointer(p).loadUnaligned(as: V.self) }
        @inline(__always) func store(_ v: V, _ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self) }
        var j = 0
        while j + 32 <= n {
            var a = V(), b = V()
            var p = source + j
            for _ in 0..<rows {
                a = a + load(p); b = b + load(p + 16)
                p += n
            }
            store(a, target + j); store(b, target + j + 16)
            j += 32
        }
        while j + 16 <= n {
            var a = V()
            var p = source + j
            for _ in 0..<rows { a = a + load(p); p += n }
            store(a, target + j)
            j += 16
        }
        while j < n {
            var a: Float = 0
            var p = source + j
            for _ in 0..<rows { a += p.pointee; p += n }
            target[j] = a
            j += 1
        }
    }
}
