import DaftarTraining
import Foundation
import Testing

/// The update rules against PyTorch's formulas, step by step, on one parameter.
@Suite struct OptimizerTests {
    /// A one-weight network y = w·x + b (b starts at 0), trained on x = 2, t = 0 with loss
    /// (y − t)², whose gradients are known: ∂w = 4(2w + b), ∂b = 2(2w + b).
    func network(weight: Float) -> MLP {
        NeuralNetwork(layers: [Dense<Float>(weights: Matrix([[weight]]))])
    }

    func steps(_ optimizer: Optimizer, count: Int) -> [Float] {
        var model = network(weight: 1), optimizer = optimizer
        let batch = Dataset(inputs: Matrix([[2]]), targets: Matrix([[0]]))
        return (0..<count).map { _ in
            _ = model.trainStep(on: batch, loss: .meanSquaredError, optimizer: &optimizer)
            return model.denseLayers[0].weights[0, 0]
        }
    }

    @Test func sgdWithMomentumFollowsPyTorch() {
        // Momentum buffers: u₁ = g₁, uₜ = 0.9uₜ₋₁ + gₜ; p ← p − 0.01·u, for w and b alike.
        var w = 1.0, b = 0.0, uw = 0.0, ub = 0.0, expected: [Double] = []
        for step in 0..<5 {
            let gw = 4 * (2 * w + b), gb = 2 * (2 * w + b)
            uw = step == 0 ? gw : 0.9 * uw + gw
            ub = step == 0 ? gb : 0.9 * ub + gb
            w -= 0.01 * uw
            b -= 0.01 * ub
            expected.append(w)
        }
        let observed = steps(.sgd(learningRate: 0.01, momentum: 0.9), count: 5)
        for (o, e) in zip(observed, expected) { #expect(abs(Double(o) - e) < 1e-6, "\(observed) vs \(expected)") }
    }

    @Test func adamAndAdamWFollowPyTorch() {
        for decay in [0.0, 0.01] {
            var p = [1.0, 0.0], m = [0.0, 0.0], v = [0.0, 0.0], expected: [Double] = []
            for step in 1...5 {
                let g = [4 * (2 * p[0] + p[1]), 2 * (2 * p[0] + p[1])]
                for i in 0..<2 {
                    p[i] *= 1 - 0.1 * decay
                    m[i] = 0.9 * m[i] + 0.1 * g[i]
                    v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i]
                    let mHat = m[i] / (1 - Foundation.pow(0.9, Double(step)))
                    let denominator = (v[i] / (1 - Foundation.pow(0.999, Double(step)))).squareRoot() + 1e-8
                    p[i] -= 0.1 * mHat / denominator
                }
                expected.append(p[0])
            }
            let optimizer: Optimizer = decay == 0 ? .adam(learningRate: 0.1) : .adamW(learningRate: 0.1)
            let observed = steps(optimizer, count: 5)
            for (o, e) in zip(observed, expected) { #expect(abs(Double(o) - e) < 1e-5, "decay \(decay): \(observed) vs \(expected)") }
        }
    }

    @Test func pyTorchDefaults() {
        #expect(Optimizer.sgd(learningRate: 0.1).rule == .sgd(momentum: 0))
        #expect(Optimizer.adam(learningRate: 0.1).rule == .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0, decoupled: false))
        #expect(Optimizer.adamW(learningRate: 0.1).rule == .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0.01, decoupled: true))
    }

    @Test func schedules() {
        #expect(LearningRateSchedule.constant.factor(at: 1_000) == 1)
        let cosine = LearningRateSchedule.cosine(steps: 100)
        #expect(cosine.factor(at: 0) == 1)
        #expect(abs(cosine.factor(at: 50) - 0.5) < 1e-12)
        #expect(cosine.factor(at: 100) == 0 && cosine.factor(at: 200) == 0)
        let warmup = LearningRateSchedule.linearWarmup(steps: 4, then: .cosine(steps: 10, minimumFactor: 0.1))
        #expect((0..<4).map { warmup.factor(at: $0) } == [0.25, 0.5, 0.75, 1])
        #expect(warmup.factor(at: 4) == 1 && abs(warmup.factor(at: 14) - 0.1) < 1e-12)
        var optimizer = Optimizer.sgd(learningRate: 2, schedule: .linearWarmup(steps: 2))
        #expect(optimizer.currentLearningRate == 1)
        var model = network(weight: 1)
        _ = model.trainStep(on: Dataset(inputs: Matrix([[1]]), targets: Matrix([[0]])), loss: .meanSquaredError, optimizer: &optimizer)
        #expect(optimizer.currentLearningRate == 2)
    }
}
