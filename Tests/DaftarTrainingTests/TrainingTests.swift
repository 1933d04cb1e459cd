import DaftarTraining
import Testing

/// The issue's examples, end to end: a network learns, deterministically, and deep sigmoid
/// stacks lose their gradient where ReLU with He initialisation keeps it.
@Suite struct TrainingTests {
    @Test func theSpiralsExampleReaches98Percent() {
        let data = Dataset.spirals(count: 1_000, noise: 0.02, seed: 7)
        var model = MLP([2, 64, 64, 2], activation: .relu, initializer: .heNormal, seed: 7)
        let history = model.fit(data, loss: .softmaxCrossEntropy, optimizer: .adam(learningRate: 0.01),
                                steps: 2_000, batchSize: 128, seed: 7)
        let accuracy = model.accuracy(on: data)
        print("spirals: training accuracy \(accuracy), final batch loss \(history.finalLoss), \(history.totalSeconds) s")
        #expect(accuracy >= 0.98)
        #expect(history.steps.count == 2_000 && history.loss.count == 2_000 && history.accuracy.count == 2_000)
        #expect(history.loss.last! < history.loss.first! / 10)
        #expect(history.wallTime == history.wallTime.sorted())
        let norms = model.layerGradientNorms(on: data, loss: .softmaxCrossEntropy)
        #expect(norms.count == 3 && norms.allSatisfy { $0.isFinite && $0 >= 0 })
    }

    @Test func theSameSeedGivesTheSameWeightsBitForBit() {
        func train() -> ([[UInt32]], TrainingHistory) {
            let data = Dataset.moons(count: 200, noise: 0.1, seed: 3)
            var model = MLP([2, 16, 16, 2], activation: .gelu, initializer: .xavierUniform, seed: 4)
            let history = model.fit(data, loss: .softmaxCrossEntropy, optimizer: .adamW(learningRate: 0.01),
                                    steps: 50, batchSize: 32, seed: 5)
            return (model.denseLayers.flatMap { [$0.weights.elements.map(\.bitPattern), $0.bias.elements.map(\.bitPattern)] }, history)
        }
        let (first, firstHistory) = train(), (second, secondHistory) = train()
        #expect(first == second)
        #expect(firstHistory.loss == secondHistory.loss)
        let other = MLP([2, 16, 16, 2], activation: .gelu, initializer: .xavierUniform, seed: 5)
        #expect(other.denseLayers[0].weights != MLP([2, 16, 16, 2], activation: .gelu, initializer: .xavierUniform, seed: 4).denseLayers[0].weights)
    }

    @Test func queriesLeaveTheNetworkUnchanged() {
        let data = Dataset.circles(count: 64, noise: 0.05, seed: 1)
        let model = MLP([2, 8, 2], activation: .tanh, initializer: .xavierNormal, seed: 2)
        let before = model.predict(data.inputs)
        _ = model.layerGradientNorms(on: data, loss: .softmaxCrossEntropy)
        _ = model.accuracy(on: data)
        #expect(model.denseLayers.allSatisfy { $0.weightGradient.frobeniusNorm == 0 })
        #expect(model.predict(data.inputs) == before)
    }

    /// Glorot and Bengio (2010): through 20 sigmoid layers the first layer's gradient is orders of
    /// magnitude below the last's; ReLU with He initialisation keeps them within one order.
    @Test func gradientsVanishThroughDeepSigmoidStacksOnly() {
        let data = Dataset(inputs: .randomNormal(rows: 128, columns: 64, seed: 1), targets: .randomNormal(rows: 128, columns: 64, seed: 2))
        let widths = Array(repeating: 64, count: 21)
        var sigmoid = MLP(widths, activation: .sigmoid, initializer: .xavierNormal, seed: 3)
        var relu = MLP(widths, activation: .relu, initializer: .heNormal, seed: 3)
        let sigmoidNorms = sigmoid.layerGradientNorms(on: data, loss: .meanSquaredError)
        let reluNorms = relu.layerGradientNorms(on: data, loss: .meanSquaredError)
        let sigmoidRatio = sigmoidNorms.first! / sigmoidNorms.last!, reluRatio = reluNorms.first! / reluNorms.last!
        print("first/last layer gradient norm, 20 layers: sigmoid + Xavier \(sigmoidRatio), ReLU + He \(reluRatio)")
        #expect(sigmoidNorms.count == 20)
        #expect(sigmoidRatio < 1e-3)
        #expect(reluRatio > 0.1 && reluRatio < 10)
    }

    @Test func theIssuesTrainStepSnippet() {
        var sgd = Optimizer.sgd(learningRate: 1e-3)
        let batch = Dataset(inputs: .randomNormal(rows: 128, columns: 64, seed: 1),
                            targets: .randomNormal(rows: 128, columns: 64, seed: 2))
        var deep = MLP(Array(repeating: 64, count: 11), activation: .sigmoid, initializer: .xavierUniform, seed: 3)
        let before = deep.denseLayers.last!.weights
        let loss = deep.trainStep(on: batch, loss: .meanSquaredError, optimizer: &sgd)
        #expect(loss.isFinite && loss > 0.5)
        #expect(sgd.step == 1)
        // Plain SGD moved the last layer's weights by exactly −lr·∂W.
        let gradient = deep.denseLayers.last!.weightGradient, after = deep.denseLayers.last!.weights
        let worst = zip(zip(before.elements, after.elements), gradient.elements).map { abs(($0.0 - 1e-3 * $1) - $0.1) }.max()!
        #expect(worst < 1e-7)
        var losses: [Double] = []
        for _ in 0..<20 { losses.append(deep.trainStep(on: batch, loss: .meanSquaredError, optimizer: &sgd)) }
        #expect(losses.last! < loss)
    }

    @Test func labelsWithOneOutputUseBinaryCrossEntropy() {
        let data = Dataset.xor(count: 400, seed: 11)
        var model = MLP([2, 16, 1], activation: .tanh, initializer: .xavierNormal, seed: 1)
        _ = model.fit(data, loss: .binaryCrossEntropy, optimizer: .adam(learningRate: 0.02), steps: 400, batchSize: 64, seed: 2)
        #expect(model.accuracy(on: data) > 0.95)
    }
}
