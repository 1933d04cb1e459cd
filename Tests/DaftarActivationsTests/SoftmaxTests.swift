import DaftarActivations
import RealModule
import Testing
import DaftarTestSupport

@Suite struct SoftmaxTests {
    @Test func softmaxOfLargeLogitsIsFiniteAndSumsToOne() {
        let y = softmax([1000.0, 1001, 1002])
        #expect(y.allSatisfy { $0.isFinite })
        #expect(abs(y.reduce(0, +) - 1) <= 1e-15)
        // mpmath: softmax([0, 1, 2]).
        let expected = [0.09003057317038045798, 0.2447284710547976368, 0.6652409557748219052]
        for (a, b) in zip(y, expected) { #expect(abs(a - b) / b <= 1e-15, "\(a) vs \(b)") }
        let f = softmax([Float(1000), 1001, 1002])
        #expect(f.allSatisfy { $0.isFinite })
        #expect(abs(f.reduce(0, +) - 1) <= 1e-6)
    }

    @Test func logSoftmaxOfSpreadLogitsIsExact() {
        #expect(logSoftmax([-1000.0, 0, 1000]) == [-2000, -1000, 0])
        #expect(logSoftmax([Float(-1000), 0, 1000]) == [-2000, -1000, 0])
    }

    @Test func emptyAndSingleInputs() {
        #expect(softmax([Double]()) == [])
        #expect(logSoftmax([Double]()) == [])
        #expect(softmax([5.0]) == [1])
        #expect(logSoftmax([5.0]) == [0])
    }

    @Test(arguments: [3, 17, 1000]) func softmaxOfAnyLengthSumsToOne(count: Int) {
        var generator = SplitMix64(seed: UInt64(count))
        let x = (0..<count).map { _ in Double.random(in: -50...50, using: &generator) }
        #expect(abs(softmax(x).reduce(0, +) - 1) <= 1e-14)
        let logs = logSoftmax(x)
        for (a, b) in zip(softmax(x), logs.map { Double.exp($0) }) { #expect(abs(a - b) <= 1e-13 * a) }
    }

    /// The backward passes against finite differences of L(x) = Σ gᵢ·yᵢ(x).
    @Test func backwardMatchesFiniteDifferences() {
        let x = [0.3, -1.2, 2.5, 0.0, 1.1]
        let g = [0.5, -2.0, 1.0, 0.25, -0.75]
        for (forward, backward) in [(softmax as ([Double]) -> [Double], softmaxBackward as ([Double], [Double]) -> [Double]),
                                    (logSoftmax, logSoftmaxBackward)] {
            let analytic = backward(forward(x), g)
            for i in x.indices {
                let h = 1e-6
                var up = x, down = x
                up[i] += h
                down[i] -= h
                let loss = { (v: [Double]) in zip(forward(v), g).map { $0 * $1 }.reduce(0, +) }
                let estimate = (loss(up) - loss(down)) / (2 * h)
                #expect(abs(estimate - analytic[i]) <= 1e-8, "component \(i): \(analytic[i]) vs \(estimate)")
            }
        }
    }
}

/// The row-wise buffer forms against the array forms.
@Suite struct SoftmaxBufferTests {
    @Test func rowsMatchTheArrayForm() {
        var generator = SplitMix64(seed: 7)
        let rowLength = 17
        let x = (0..<(rowLength * 5)).map { _ in Double.random(in: -30...30, using: &generator) }
        let g = (0..<x.count).map { _ in Double.random(in: -1...1, using: &generator) }
        var y = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { input in y.withUnsafeMutableBufferPointer { softmax(input, rowLength: rowLength, into: $0) } }
        var d = [Double](repeating: 0, count: x.count)
        y.withUnsafeBufferPointer { output in g.withUnsafeBufferPointer { upstream in
            d.withUnsafeMutableBufferPointer { softmaxBackward(output: output, upstream: upstream, rowLength: rowLength, into: $0) }
        } }
        var floats = [Float](repeating: 0, count: x.count)
        let xf = x.map { Float($0) }
        xf.withUnsafeBufferPointer { input in floats.withUnsafeMutableBufferPointer { softmax(input, rowLength: rowLength, into: $0) } }
        var worstFloat = 0.0
        for row in 0..<5 {
            let range = row * rowLength..<(row + 1) * rowLength
            let expected = softmax(Array(x[range]))
            for (a, b) in zip(y[range], expected) { #expect(abs(a - b) <= 4e-16 * b, "\(a) vs \(b)") }
            let expectedFloat = softmax(Array(xf[range]).map { Double($0) })
            for (a, b) in zip(floats[range], expectedFloat) {
                worstFloat = max(worstFloat, abs(Double(a) - b) / b)
                #expect(abs(Double(a) - b) <= 2.5e-7 * b, "\(a) vs \(b)")
            }
            for (a, b) in zip(d[range], softmaxBackward(output: Array(y[range]), upstream: Array(g[range]))) { #expect(a == b) }
        }
        print("accuracy Float buffer softmax: max relative error \(worstFloat)")
        #expect(abs(y[0..<rowLength].reduce(0, +) - 1) <= 1e-15)
    }
}

/// The Float rows' vector paths (SIMD16 maximum, SIMD8 sums, vectorised exp) and their scalar
/// tails, against the Double array form of the same Float inputs, forward and backward.
@Suite struct FloatSoftmaxRowTests {
    @Test(arguments: [1, 7, 15, 16, 17, 31, 1000]) func floatRowsMatchDouble(rowLength: Int) {
        var generator = SplitMix64(seed: UInt64(rowLength))
        let rows = max(1, 20_000 / rowLength)
        let x = (0..<(rowLength * rows)).map { _ in Float.random(in: -30...30, using: &generator) }
        let g = (0..<x.count).map { _ in Float.random(in: -1...1, using: &generator) }
        var y = [Float](repeating: 0, count: x.count), d = y
        x.withUnsafeBufferPointer { input in y.withUnsafeMutableBufferPointer { softmax(input, rowLength: rowLength, into: $0) } }
        y.withUnsafeBufferPointer { output in g.withUnsafeBufferPointer { upstream in
            d.withUnsafeMutableBufferPointer { softmaxBackward(output: output, upstream: upstream, rowLength: rowLength, into: $0) }
        } }
        var worst = 0.0
        for row in 0..<rows {
            let range = row * rowLength..<(row + 1) * rowLength
            let expected = softmax(x[range].map { Double($0) })
            for (a, b) in zip(y[range], expected) where b >= Double(Float.leastNormalMagnitude) {
                worst = max(worst, abs(Double(a) - b) / b)
                #expect(abs(Double(a) - b) <= 2.5e-7 * b, "row \(row) of \(rowLength): \(a) vs \(b)")
            }
            let gradient = softmaxBackward(output: y[range].map { Double($0) }, upstream: g[range].map { Double($0) })
            // The dot product is summed in another order: allow its 1e-15 besides Float's rounding.
            for (a, (b, output)) in zip(d[range], zip(gradient, y[range])) {
                #expect(abs(Double(a) - b) <= 2.5e-7 * abs(b) + 1e-15 * Double(output), "row \(row) of \(rowLength): \(a) vs \(b)")
            }
        }
        print("accuracy Float buffer softmax rows of \(rowLength): max relative error \(worst)")
    }
}
