import DaftarTraining
import Testing

/// Each initialiser draws weights with the spread `torch.nn.init` gives for the layer's fans.
@Suite struct InitializerTests {
    static let cases: [(Initializer, expectedStd: Double, uniformBound: Double?)] = {
        let fanIn = 200.0, fanOut = 300.0
        return [
            (.normal(std: 0.05), 0.05, nil),
            (.uniform(bound: 0.2), 0.2 / 3.0.squareRoot(), 0.2),
            (.xavierNormal, (2 / (fanIn + fanOut)).squareRoot(), nil),
            (.xavierUniform, (2 / (fanIn + fanOut)).squareRoot(), (6 / (fanIn + fanOut)).squareRoot()),
            (.heNormal, (2 / fanIn).squareRoot(), nil),
            (.heUniform, (2 / fanIn).squareRoot(), (6 / fanIn).squareRoot()),
            (.heNormalFanOut, (2 / fanOut).squareRoot(), nil),
            (.heUniformFanOut, (2 / fanOut).squareRoot(), (6 / fanOut).squareRoot()),
            (.lecunNormal, (1 / fanIn).squareRoot(), nil),
        ]
    }()

    @Test(arguments: cases.indices)
    func samplesHaveTheDocumentedSpread(index: Int) {
        let (initializer, expectedStd, bound) = Self.cases[index]
        var generator = PCG32(seed: index)
        let weights: Matrix = initializer.weights(fanIn: 200, fanOut: 300, using: &generator)
        #expect(weights.shape == (200, 300))
        let values = weights.elements.map(Double.init)
        let mean = values.reduce(0, +) / Double(values.count)
        let std = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
        // 60,000 samples: the sample std is within 1 % (≈ 3.5 standard errors) of the true one.
        #expect(abs(std / expectedStd - 1) < 0.01, "\(initializer): std \(std), expected \(expectedStd)")
        #expect(abs(mean) < 4 * expectedStd / Double(values.count).squareRoot(), "\(initializer): mean \(mean)")
        if let bound {
            let largest = values.map(abs).max()!
            #expect(largest <= bound && largest > 0.99 * bound, "\(initializer): largest |w| \(largest), bound \(bound)")
        } else {
            // A normal sample of 60,000 reaches beyond 3.5 std about 28 times.
            #expect(values.contains { abs($0) > 3.5 * expectedStd }, "\(initializer): no tail")
        }
    }
}
