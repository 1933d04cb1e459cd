import DaftarActivations
import DaftarTraining
import Testing

/// `fit(…, record:every:)` trains exactly as `fit` does and reads what it was asked to.
@Suite struct InstrumentTests {
    static let data = Dataset.spirals(count: 200, noise: 0.02, seed: 1)

    @Test func recordingChangesNothingAboutTraining() {
        var plain = MLP([2, 16, 16, 2], activation: .tanh, initializer: .xavierNormal, seed: 2)
        var instrumented = plain
        let history = plain.fit(Self.data, loss: .softmaxCrossEntropy, optimizer: .adam(learningRate: 0.01), steps: 60, batchSize: 32, seed: 3)
        let recorded = instrumented.fit(Self.data, loss: .softmaxCrossEntropy, optimizer: .adam(learningRate: 0.01), steps: 60, batchSize: 32,
                                        seed: 3, record: .all, every: 25)
        #expect(history.loss == recorded.loss)
        #expect(plain.weightLayers.map(\.weights) == instrumented.weightLayers.map(\.weights))
        #expect(history.probes.isEmpty)
        let probes = recorded.probes
        #expect(probes.steps == [1, 26, 51, 60])
        #expect(probes.weightLayerNames == ["dense 1", "dense 2", "dense 3"])
        #expect(probes.activationLayerNames == ["tanh 1", "tanh 2"])
        #expect(probes.gradientNorms.count == 3 && probes.gradientNorms.allSatisfy { $0.count == 4 && $0.allSatisfy { $0 > 0 } })
        #expect(probes.activationMeans.count == 2 && probes.activationHistograms[1].count == 4)
        #expect(probes.activationHistograms[0][0].counts.reduce(0, +) == 32 * 16)
        #expect(probes.activationDeviations.joined().allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(probes.sameSignFractions.joined().allSatisfy { $0 >= 0.5 && $0 <= 1 })
        #expect(probes.saturatedFractions.joined().allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    @Test func theFirstReadingMatchesLayerGradientNorms() {
        var model = MLP([2, 8, 8, 2], activation: .relu, initializer: .heNormal, seed: 4)
        let batch = Self.data.subset(Array(0..<32))
        let expected = model.layerGradientNorms(on: batch, loss: .softmaxCrossEntropy)
        let history = model.fit(batch, loss: .softmaxCrossEntropy, optimizer: .sgd(learningRate: 0.1), steps: 1, batchSize: 32,
                                record: .gradientNorms)
        let first = history.probes.gradientNorms.map { $0[0] }
        #expect(zip(first, expected).allSatisfy { abs($0 - $1) <= 1e-5 * $1 })
    }

    /// A ReLU layer pushed far negative by its bias is dead on every example; saturation counts it.
    @Test func deadReLUsAndSaturatedSigmoidsAreCounted() {
        var relu = MLP([2, 4, 2], activation: .relu, initializer: .heNormal, seed: 5)
        var dense = relu.layers[0] as! Dense<Float>
        dense.bias = Matrix([[-100, -100, 0, 0]])
        relu.layers[0] = dense
        let history = relu.fit(Self.data, loss: .softmaxCrossEntropy, optimizer: .sgd(learningRate: 0), steps: 1, batchSize: 64,
                               record: .saturation)
        #expect(history.probes.deadFractions[0][0] >= 0.5)
        var sigmoid = MLP([2, 4, 2], activation: .sigmoid, initializer: .normal(std: 100), seed: 5)
        let saturated = sigmoid.fit(Self.data, loss: .softmaxCrossEntropy, optimizer: .sgd(learningRate: 0), steps: 1, batchSize: 64,
                                    record: .saturation).probes.saturatedFractions[0][0]
        #expect(saturated > 0.8)
    }

    @Test func gatesInsideBlocksAreInstrumented() {
        var generator = PCG32(seed: 6)
        var network = MLP(layers: [SigmoidGate<Float>(inputWidth: 2, outputWidth: 8, using: &generator),
                                   Residual<Float>([LayerNorm(width: 8), Dense(8, 8, initializer: .heNormal, using: &generator), ActivationLayer(.relu, width: 8)]),
                                   GatedFeedForward<Float>(.swiglu, inputWidth: 8, hiddenWidth: 6, outputWidth: 2, using: &generator)])
        let probes = network.fit(Self.data, loss: .softmaxCrossEntropy, optimizer: .adam(), steps: 3, batchSize: 16, record: .all, every: 1).probes
        #expect(probes.activationLayerNames == ["sigmoid gate 1", "relu 1", "SwiGLU gate 1"])
        #expect(probes.weightLayerNames.count == 6)
        #expect(probes.activationMeans[0].allSatisfy { $0 > 0 && $0 < 1 })
    }
}
