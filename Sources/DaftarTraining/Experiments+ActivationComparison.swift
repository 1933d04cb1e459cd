import DaftarActivations

/// Activations compared on one task over several seeds: final loss and accuracy (mean ± std),
/// steps to a loss threshold and wall time.
extension Experiments {
    /// One activation's runs, one value per seed.
    public struct ActivationRuns: Sendable {
        public var activation: Activation
        public var seeds: [Int]
        /// Mean loss over the whole data set at the end.
        public var finalLoss: [Double]
        /// Accuracy over the whole data set at the end.
        public var finalAccuracy: [Double]
        /// The first step whose 25-step mean batch loss is at or below the threshold (nil: never).
        public var stepsToThreshold: [Int?]
        /// Training time in seconds.
        public var seconds: [Double]
        /// The loss of every step's mini-batch, per seed.
        public var lossCurves: [[Double]]
    }

    /// The comparison and the task it ran on.
    public struct ActivationComparison: Sendable {
        public var task: String
        public var lossThreshold: Double
        public var steps: Int
        public var runs: [ActivationRuns]
    }

    /// Trains `hiddenLayers` layers of `width` units of each activation (with its usual
    /// initialiser, `Experiments.initializer(for:)`) on two spirals of 1,000 points with SGD and
    /// momentum 0.9, batches of 64, once per seed; the seed draws the weights and the batches.
    public static func compareActivations(_ activations: [Activation] = [.sigmoid, .tanh, .relu, .gelu, .silu],
                                          hiddenLayers: Int = 4, width: Int = 64, steps: Int = 1_500,
                                          learningRate: Double = 0.05, lossThreshold: Double = 0.3,
                                          seeds: [Int] = [1, 2, 3]) -> ActivationComparison {
        let data = Dataset.spirals(count: 1_000, noise: 0.02, seed: 7)
        let widths = [2] + Array(repeating: width, count: hiddenLayers) + [2]
        let runs = activations.map { activation in
            var result = ActivationRuns(activation: activation, seeds: seeds, finalLoss: [], finalAccuracy: [], stepsToThreshold: [],
                                        seconds: [], lossCurves: [])
            for seed in seeds {
                var model = MLP(widths, activation: activation, initializer: initializer(for: activation), seed: seed)
                let history = model.fit(data, loss: .softmaxCrossEntropy, optimizer: .sgd(learningRate: learningRate, momentum: 0.9),
                                        steps: steps, batchSize: 64, seed: seed)
                result.finalLoss.append(model.loss(on: data, loss: .softmaxCrossEntropy))
                result.finalAccuracy.append(model.accuracy(on: data))
                result.stepsToThreshold.append(firstStep(below: lossThreshold, in: history.loss))
                result.seconds.append(history.totalSeconds)
                result.lossCurves.append(history.loss)
            }
            return result
        }
        return ActivationComparison(task: "two spirals, \(hiddenLayers) × \(width) hidden units", lossThreshold: lossThreshold,
                                    steps: steps, runs: runs)
    }
}
