import DaftarActivations

/// Saturation over training, after Glorot and Bengio (2010, Fig. 2 and 3): the mean and
/// spread of each hidden layer's activations, and the share of saturated units, step by step.
extension Experiments {
    /// One activation's run.
    public struct SaturationRun: Sendable {
        public var activation: Activation
        /// The readings: per hidden layer, over `probes.steps`.
        public var probes: TrainingProbes
        public var history: TrainingHistory
        public var finalAccuracy: Double
    }

    /// Trains `hiddenLayers` layers of `width` units of each activation with Glorot and Bengio's
    /// standard initialisation (U[−1/√n, 1/√n]) and plain SGD on mini-batches of 10, as they did,
    /// on ten Gaussian blobs in 32 dimensions, reading activations every `every` steps.
    public static func saturation(_ activations: [Activation] = [.sigmoid, .tanh, .softsign, .relu],
                                  hiddenLayers: Int = 4, width: Int = 64, steps: Int = 3_000, every: Int = 50,
                                  learningRate: Double = 0.1, initializer: Initializer = Experiments.standardInitializer,
                                  seed: Int = 1) -> [SaturationRun] {
        let data = Dataset.blobs(count: 1_000, classes: 10, dimensions: 32, std: 4, seed: seed)
        let widths = [32] + Array(repeating: width, count: hiddenLayers) + [10]
        return activations.map { activation in
            var model = MLP(widths, activation: activation, initializer: initializer, seed: seed)
            let history = model.fit(data, loss: .softmaxCrossEntropy, optimizer: .sgd(learningRate: learningRate), steps: steps,
                                    batchSize: 10, seed: seed, record: [.activations, .saturation], every: every)
            return SaturationRun(activation: activation, probes: history.probes, history: history, finalAccuracy: model.accuracy(on: data))
        }
    }
}
