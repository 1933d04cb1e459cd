import DaftarActivations

/// Gradient flow through depth: per-layer gradient norms at initialisation and after training,
/// per activation and initialiser, with and without residual connections and LayerNorm.
extension Experiments {
    /// One network of the experiment.
    public struct NetworkConfiguration: Sendable, Hashable, CustomStringConvertible {
        public var activation: Activation
        public var initializer: Initializer
        public var residual: Bool
        public var layerNorm: Bool

        public init(_ activation: Activation, _ initializer: Initializer? = nil, residual: Bool = false, layerNorm: Bool = false) {
            self.activation = activation
            self.initializer = initializer ?? Experiments.initializer(for: activation)
            self.residual = residual
            self.layerNorm = layerNorm
        }

        /// "sigmoid, xavierNormal, residual + LayerNorm".
        public var description: String {
            let extras = [residual ? "residual" : nil, layerNorm ? "LayerNorm" : nil].compactMap { $0 }
            return "\(activation.name), \(initializer.name)" + (extras.isEmpty ? "" : ", " + extras.joined(separator: " + "))
        }

        /// The configurations the founding document's first claim calls for.
        public static let standard: [NetworkConfiguration] = [
            .init(.sigmoid), .init(.tanh), .init(.relu), .init(.relu, .xavierNormal), .init(.gelu),
            .init(.sigmoid, layerNorm: true), .init(.sigmoid, residual: true, layerNorm: true), .init(.relu, residual: true, layerNorm: true),
        ]
    }

    /// What one configuration gave.
    public struct GradientFlowRun: Sendable {
        public var configuration: NetworkConfiguration
        /// ‖∂loss/∂W‖ per dense layer, first layer first, over the whole data set.
        public var atInitialisation: [Double]
        public var afterTraining: [Double]
        /// Training accuracy at the end.
        public var finalAccuracy: Double
        /// Mean loss over the last 50 steps' mini-batches.
        public var finalLoss: Double

        /// First layer's norm over the last layer's: far below 1 when gradients vanish.
        public var firstToLastAtInitialisation: Double { atInitialisation.first! / atInitialisation.last! }
        public var firstToLastAfterTraining: Double { afterTraining.first! / afterTraining.last! }
    }

    /// The whole experiment: the task's description and one run per configuration.
    public struct GradientFlow: Sendable {
        public var depth: Int, width: Int, steps: Int
        public var runs: [GradientFlowRun]
    }

    /// Trains a network of `depth` hidden layers of `width` units per configuration on two
    /// spirals (512 points, softmax cross-entropy, Adam at `learningRate`, batches of 64) for
    /// `steps` steps, measuring each dense layer's gradient norm on the whole data set before
    /// and after. The same `seed` draws every network's weights and batches.
    public static func gradientFlow(_ configurations: [NetworkConfiguration] = NetworkConfiguration.standard,
                                    depth: Int = 20, width: Int = 32, steps: Int = 300, learningRate: Double = 0.003,
                                    seed: Int = 1) -> GradientFlow {
        let data = Dataset.spirals(count: 512, noise: 0.02, seed: seed)
        let widths = [2] + Array(repeating: width, count: depth) + [2]
        let runs = configurations.map { configuration in
            var model = MLP(widths, activation: configuration.activation, initializer: configuration.initializer,
                            residual: configuration.residual, layerNorm: configuration.layerNorm, seed: seed)
            let before = model.layerGradientNorms(on: data, loss: .softmaxCrossEntropy)
            let history = model.fit(data, loss: .softmaxCrossEntropy, optimizer: .adam(learningRate: learningRate),
                                    steps: steps, batchSize: 64, seed: seed)
            let tail = history.loss.suffix(50)
            return GradientFlowRun(configuration: configuration, atInitialisation: before,
                                   afterTraining: model.layerGradientNorms(on: data, loss: .softmaxCrossEntropy),
                                   finalAccuracy: model.accuracy(on: data), finalLoss: tail.reduce(0, +) / Double(max(1, tail.count)))
        }
        return GradientFlow(depth: depth, width: width, steps: steps, runs: runs)
    }
}
