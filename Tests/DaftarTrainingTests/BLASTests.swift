import DaftarTraining
import Testing

/// OpenBLAS as loaded by the engine: the right products, on the kernels chosen for this CPU.
@Suite struct BLASTests {
    /// (m, n, k) including degenerate and odd shapes, the MLP benchmark's small product, and one
    /// above 100³ that cblas_sgemm would pack but the engine sends to the small-matrix kernels.
    static let shapes = [(1, 1, 1), (7, 13, 5), (33, 17, 65), (128, 64, 64), (5, 300, 2), (130, 129, 131)]

    @Test(arguments: shapes)
    func productsMatchADoubleReference(shape: (Int, Int, Int)) {
        let (m, n, k) = shape
        // beta = 0 takes other kernels (C is not read), so it is checked too.
        var cases: [(Bool, Bool, Float)] = []
        for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
            for beta: Float in [2, 0] { cases.append((transposeA, transposeB, beta)) }
        }
        for (transposeA, transposeB, beta) in cases {
            let a = Matrix.randomNormal(rows: transposeA ? k : m, columns: transposeA ? m : k, seed: m * 7 + k)
            let b = Matrix.randomNormal(rows: transposeB ? n : k, columns: transposeB ? k : n, seed: n * 11 + k)
            var c = Matrix.randomNormal(rows: m, columns: n, seed: 3)
            let before = c
            if beta == 0 { c.withUnsafeMutableBufferPointer { $0.update(repeating: .nan) } }
            Matrix.multiply(a, b, transposeA: transposeA, transposeB: transposeB, into: &c, alpha: 0.5, beta: beta)
            var worst = 0.0
            for i in 0..<m {
                for j in 0..<n {
                    var sum = 0.0, magnitude = 0.0
                    for p in 0..<k {
                        let x = Double(transposeA ? a[p, i] : a[i, p]), y = Double(transposeB ? b[j, p] : b[p, j])
                        sum += x * y
                        magnitude += abs(x * y)
                    }
                    let kept = Double(beta) * Double(before[i, j])
                    let expected = 0.5 * sum + kept
                    let error = abs(Double(c[i, j]) - expected) / (0.5 * magnitude + abs(kept) + 1e-30)
                    worst = max(worst, error.isNaN ? .infinity : error)
                }
            }
            // Float rounding of k products relative to the sum of their magnitudes.
            #expect(worst < 4e-6, "\(m)×\(n)×\(k), transposes \(transposeA), \(transposeB), beta \(beta): worst relative error \(worst)")
        }
    }

    /// A Float dense layer's gradients against the same layer in Double: small layers take their
    /// input gradient through an explicit transpose of W (odd sizes exercise its edges).
    @Test(arguments: [(9, 50, 70), (128, 64, 64), (16, 5, 3)])
    func denseGradientsMatchDouble(shape: (Int, Int, Int)) {
        let (batch, fanIn, fanOut) = shape
        let weights = Matrix.randomNormal(rows: fanIn, columns: fanOut, seed: 5)
        let input = Matrix.randomNormal(rows: batch, columns: fanIn, seed: 6)
        let upstream = Matrix.randomNormal(rows: batch, columns: fanOut, seed: 7)
        var single = Dense(weights: weights)
        var double = Dense(weights: weights.converted(to: Double.self))
        let output = single(input), doubleOutput = double(input.converted(to: Double.self))
        var inputGradient = Matrix(), doubleInputGradient = DoubleMatrix()
        single.backward(input: input, output: output, outputGradient: upstream, inputGradient: &inputGradient, needsInputGradient: true)
        double.backward(input: input.converted(to: Double.self), output: doubleOutput, outputGradient: upstream.converted(to: Double.self),
                        inputGradient: &doubleInputGradient, needsInputGradient: true)
        for (got, want) in [(inputGradient, doubleInputGradient), (single.weightGradient, double.weightGradient),
                            (single.biasGradient, double.biasGradient)] {
            #expect(got.shape == want.shape)
            // Float sums of up to 128 products, against the largest value of the matrix.
            let scale = want.elements.map(abs).max() ?? 1
            let worst = zip(got.elements, want.elements).map { abs(Double($0) - $1) }.max() ?? 0
            #expect(worst <= 1e-5 * scale, "\(batch)×\(fanIn)→\(fanOut): worst difference \(worst) for values up to \(scale)")
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
