import DaftarActivations
import DaftarTraining
import Testing

/// The new layers' backward passes agree with finite differences of their forward passes, in Double.
@Suite struct LayerGradientCheckTests {
    @Test func embedding() {
        var generator = PCG32(seed: 3)
        let layer = Embedding<Double>(vocabulary: 5, dimension: 3, context: 4, using: &generator)
        // Token 2 appears twice in a row and token 4 never: repeated rows add, unseen rows stay zero.
        let tokens = DoubleMatrix([[0, 2, 2, 1], [3, 1, 0, 2]])
        #expect(GradientChecks.worstError(layer, inputs: tokens, checkInputs: false) < 1e-7)
        var copy = layer
        let output = copy(tokens)
        #expect(output.row(0)[3..<6].elementsEqual(layer.table.row(2)))
        #expect(output.columns == 12)
    }

    @Test func layerNorm() {
        var layer = LayerNorm<Double>(width: 6)
        layer.visitParameters { parameter, _ in parameter = .randomNormal(rows: 1, columns: 6, seed: parameter.elements[0] == 1 ? 11 : 12) }
        #expect(GradientChecks.worstError(layer, batch: 4) < 1e-6)
        // At gain 1 and bias 0 each row comes out with mean 0 and variance 1 (up to ε).
        var plain = LayerNorm<Double>(width: 6)
        let y = plain(.randomNormal(rows: 3, columns: 6, std: 5, seed: 2))
        for row in 0..<3 {
            let values = y.row(row), mean = values.reduce(0, +) / 6
            #expect(abs(mean) < 1e-12)
            #expect(abs(values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 6 - 1) < 1e-5)
        }
    }

    @Test func residualAroundAStack() {
        var generator = PCG32(seed: 4)
        let block = Residual<Double>([LayerNorm(width: 5), Dense(5, 7, initializer: .xavierNormal, using: &generator),
                                      ActivationLayer(.gelu, width: 7), Dense(7, 5, initializer: .xavierNormal, using: &generator)])
        #expect(GradientChecks.worstError(block, batch: 3) < 1e-6)
        #expect(block.parameterCount == 2 * 5 + 5 * 7 + 7 + 7 * 5 + 5)
    }

    @Test func residualOfZeroIsTheIdentity() {
        var block = Residual<Double>([Dense(weights: DoubleMatrix(rows: 3, columns: 3))])
        let x = DoubleMatrix.randomNormal(rows: 2, columns: 3, seed: 1)
        #expect(block(x) == x)
    }

    @Test(arguments: GatedUnit.allCases)
    func gatedFeedForward(unit: GatedUnit) {
        let layer = GatedFeedForward<Double>(unit, inputWidth: 4, hiddenWidth: 6, outputWidth: 3, seed: 5)
        let error = GradientChecks.worstError(layer, batch: 3)
        #expect(error < 1e-6, "\(unit): worst relative error \(error)")
        #expect(layer.parameterCount == 2 * (4 * 6 + 6) + 6 * 3 + 3)
    }

    @Test func gatedFeedForwardMatchesTheEnginesGatedUnit() {
        var layer = GatedFeedForward<Double>(.swiglu, inputWidth: 3, hiddenWidth: 4, outputWidth: 2, seed: 6)
        let x = DoubleMatrix.randomNormal(rows: 1, columns: 3, seed: 7)
        let a = (x * layer.gate.weights).row(0), b = (x * layer.value.weights).row(0)
        let gated = DoubleMatrix([GatedUnit.swiglu(b + a)])  // the engine's halves: value first, gate second
        let expected = gated * layer.output.weights
        let worst = zip(layer(x).elements, expected.elements).map { abs($0 - $1) }.max()!
        #expect(worst < 1e-12)
    }

    @Test(arguments: [Activation.tanh, .identity])
    func sigmoidGate(candidate: Activation) {
        let layer = SigmoidGate<Double>(inputWidth: 4, outputWidth: 5, candidate: candidate, gateBias: 1, seed: 8)
        #expect(GradientChecks.worstError(layer, batch: 3) < 1e-6)
        var copy = layer
        _ = copy(.randomNormal(rows: 2, columns: 4, seed: 9))
        #expect(copy.gateValues.elements.allSatisfy { $0 > 0 && $0 < 1 })
    }

    /// A whole residual, normalised network: every dense layer's weight gradient, those inside
    /// blocks included, against differences of the network's loss.
    @Test func aResidualNetworkWithLayerNorm() {
        var network = NeuralNetwork<Double>([3, 4, 4, 4, 2], activation: .tanh, initializer: .xavierNormal,
                                            residual: true, layerNorm: true, seed: 2)
        #expect(network.layers.filter { $0 is Residual<Double> }.count == 2)
        let inputs = DoubleMatrix.randomNormal(rows: 5, columns: 3, seed: 3)
        let targets = DoubleMatrix(rows: 5, columns: 2) { i, j in (i + j).isMultiple(of: 2) ? 1 : 0 }
        _ = network.computeGradients(inputs: inputs, targets: targets, loss: .softmaxCrossEntropy)
        var analytic: [DoubleMatrix] = []
        network.layers.indices.forEach { network.layers[$0].visitParameters { _, gradient in analytic.append(gradient) } }
        var worst = 0.0
        for (slot, gradient) in analytic.enumerated() {
            for index in gradient.elements.indices {
                func lossMoved(by delta: Double) -> Double {
                    var copy = network, current = 0
                    for layer in copy.layers.indices {
                        copy.layers[layer].visitParameters { parameter, _ in
                            if current == slot { parameter[index / parameter.columns, index % parameter.columns] += delta }
                            current += 1
                        }
                    }
                    return Loss.softmaxCrossEntropy.value(output: copy.predict(inputs), targets: targets)
                }
                let numeric = (lossMoved(by: 1e-6) - lossMoved(by: -1e-6)) / 2e-6
                worst = max(worst, GradientChecks.relativeError(gradient.elements[index], numeric))
            }
        }
        #expect(worst < 1e-6, "worst relative error \(worst)")
        #expect(network.weightLayers.count == 4)
    }

    @Test func withoutResidualOrNormTheBlocksInitialiserIsThePlainMLP() {
        let plain = MLP([2, 8, 8, 3], activation: .gelu, initializer: .heUniform, seed: 9)
        let same = MLP([2, 8, 8, 3], activation: .gelu, initializer: .heUniform, residual: false, seed: 9)
        #expect(plain.weightLayers.map(\.weights) == same.weightLayers.map(\.weights))
        #expect(same.layers.count == plain.layers.count)
    }
}
