import DaftarTraining
import Testing

/// OpenBLAS as loaded by the engine: the right products, on the kernels chosen for this CPU.
@Suite struct BLASTests {
    /// (m, n, k) including degenerate and odd shapes and the MLP benchmark's small product.
    static let shapes = [(1, 1, 1), (7, 13, 5), (33, 17, 65), (128, 64, 64), (5, 300, 2)]

    @Test(arguments: shapes)
    func productsMatchADoubleReference(shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
            let a = Matrix.randomNormal(rows: transposeA ? k : m, columns: transposeA ? m : k, seed: m * 7 + k)
            let b = Matrix.randomNormal(rows: transposeB ? n : k, columns: transposeB ? k : n, seed: n * 11 + k)
            var c = Matrix.randomNormal(rows: m, columns: n, seed: 3)
            let before = c
            Matrix.multiply(a, b, transposeA: transposeA, transposeB: transposeB, into: &c, alpha: 0.5, beta: 2)
            var worst = 0.0
            for i in 0..<m {
                for j in 0..<n {
                    var sum = 0.0, magnitude = 0.0
                    for p in 0..<k {
                        let x = Double(transposeA ? a[p, i] : a[i, p]), y = Double(transposeB ? b[j, p] : b[p, j])
                        sum += x * y
                        magnitude += abs(x * y)
                    }
                    let expected = 0.5 * sum + 2 * Double(before[i, j])
                    let error = abs(Double(c[i, j]) - expected) / (0.5 * magnitude + 2 * abs(Double(before[i, j])) + 1e-30)
                    worst = max(worst, error)
                }
            }
            // Float rounding of k products relative to the sum of their magnitudes.
            #expect(worst < 4e-6, "\(m)×\(n)×\(k), transposes \(transposeA), \(transposeB): worst relative error \(worst)")
        }
    }

    @Test func theKernelsChosenForThisCPURun() {
        let requested = BLAS.requestedCoreType
        print("OpenBLAS: \(BLAS.configuration); core \(BLAS.coreName); requested \(requested.name.isEmpty ? "nothing" : requested.name)"
              + (requested.fromEnvironment ? " (environment)" : " (CPU features)"))
        #expect(BLAS.threadCount == 1)
        if !requested.name.isEmpty {
            #expect(BLAS.coreName.lowercased() == requested.name.lowercased())
        }
    }

    @Test func theThreadCountIsSettable() {
        BLAS.threadCount = 2
        #expect(BLAS.threadCount == 2)
        BLAS.threadCount = 1
        #expect(BLAS.threadCount == 1)
    }

    @Test func doubleProductsUseTheSameRoutine() {
        let a = DoubleMatrix([[1, 2], [3, 4]]), b = DoubleMatrix([[5, 6], [7, 8]])
        #expect(a * b == DoubleMatrix([[19, 22], [43, 50]]))
        var c = DoubleMatrix()
        DoubleMatrix.multiply(a, b, transposeA: true, into: &c)
        #expect(c == DoubleMatrix([[26, 30], [38, 44]]))
    }
}
