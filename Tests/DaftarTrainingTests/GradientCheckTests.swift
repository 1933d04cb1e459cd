import DaftarActivations
import DaftarTraining
import Foundation
import Testing

/// Every layer and loss's backward pass agrees with finite differences of its forward pass.
@Suite struct GradientCheckTests {
    @Test func dense() {
        let layer = Dense<Double>(weights: .randomNormal(rows: 4, columns: 3, seed: 5), bias: .randomNormal(rows: 1, columns: 3, seed: 6))
        let error = GradientChecks.worstError(layer, batch: 5)
        #expect(error < 1e-7, "worst relative error \(error)")
    }

    static let activations: [Activation] = [
        .sigmoid, .tanh, .relu, .gelu, .silu, .leakyReLU, .elu, .softplus, .mish,
        .custom("cube", { (x: Double) -> Double in x * x * x }, derivative: { (x: Double) -> Double in 3 * x * x }),
    ]

    @Test(arguments: activations)
    func activationLayer(activation: Activation) {
        // Inputs away from relu's and leaky ReLU's kink at 0, where differences straddle it.
        let inputs = DoubleMatrix(rows: 4, columns: 5) { i, j in
            let value = 3 * sin(Double(7 * i + j + 1))
            return abs(value) < 0.01 ? 0.5 : value
        }
        let error = GradientChecks.worstError(ActivationLayer<Double>(activation, width: 5), inputs: inputs)
        #expect(error < 1e-6, "\(activation): worst relative error \(error)")
    }

    @Test func aWholeNetworkThroughComputeGradients() {
        var network = NeuralNetwork<Double>([3, 5, 4, 2], activation: .tanh, initializer: .xavierNormal, seed: 2)
        let inputs = DoubleMatrix.randomNormal(rows: 6, columns: 3, seed: 3)
        let targets = DoubleMatrix(rows: 6, columns: 2) { i, j in (i + j).isMultiple(of: 2) ? 1 : 0 }
        _ = network.computeGradients(inputs: inputs, targets: targets, loss: .softmaxCrossEntropy)
        let analytic = network.denseLayers.map(\.weightGradient)
        var worst = 0.0
        for (layerIndex, layer) in network.layers.enumerated() where layer is Dense<Double> {
            let dense = analytic[network.layers[..<layerIndex].filter { $0 is Dense<Double> }.count]
            for index in dense.elements.indices {
                func lossMoved(by delta: Double) -> Double {
                    var copy = network
                    var moved = copy.layers[layerIndex] as! Dense<Double>
                    moved.weights[index / moved.weights.columns, index % moved.weights.columns] += delta
                    copy.layers[layerIndex] = moved
                    return Loss.softmaxCrossEntropy.value(output: copy.predict(inputs), targets: targets)
                }
                let numeric = (lossMoved(by: 1e-6) - lossMoved(by: -1e-6)) / 2e-6
                worst = max(worst, GradientChecks.relativeError(dense.elements[index], numeric))
            }
        }
        #expect(worst < 1e-6, "worst relative error \(worst)")
    }

    @Test(arguments: [Loss.meanSquaredError, .binaryCrossEntropy, .softmaxCrossEntropy, .independentSigmoids])
    func loss(loss: Loss) {
        let output = DoubleMatrix.randomNormal(rows: 4, columns: 3, std: 2, seed: 8)
        let oneHot = DoubleMatrix(rows: 4, columns: 3) { i, j in j == i % 3 ? 1 : 0 }
        let targets = loss == .meanSquaredError ? DoubleMatrix.randomNormal(rows: 4, columns: 3, seed: 9) : oneHot
        let error = GradientChecks.worstError(loss, output: output, targets: targets)
        #expect(error < 1e-7, "\(loss): worst relative error \(error)")
    }

    @Test func softmaxCrossEntropyWithSoftTargets() {
        let output = DoubleMatrix.randomNormal(rows: 3, columns: 4, seed: 10)
        let targets = DoubleMatrix([[0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25], [0, 0, 0.5, 0.5]])
        #expect(GradientChecks.worstError(.softmaxCrossEntropy, output: output, targets: targets) < 1e-7)
    }
}
