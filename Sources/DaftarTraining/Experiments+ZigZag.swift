import DaftarActivations

/// Why inputs that are all positive make gradient descent zig-zag (LeCun et al. 1998,
/// "Efficient BackProp", §4.3; Glorot and Bengio 2010, §3.1).
///
/// A neuron's weight gradient is ∂loss/∂wᵢ = δ·xᵢ for one example: when every input xᵢ is
/// positive (a sigmoid layer's outputs), every incoming weight moves in the same direction as
/// the others, so reaching weights of mixed signs takes a staircase of steps.
extension Experiments {
    /// The inputs a layer receives.
    public enum InputSigns: String, Sendable, Hashable, CaseIterable {
        /// Uniform on [0, 1]: like a sigmoid's outputs.
        case positive
        /// Uniform on [−1, 1]: like tanh's, with the same mean square (⅓) as the positive ones.
        case zeroCentred
    }

    /// Gradient descent on one linear neuron of two weights.
    public struct ZigZagTrajectory: Sendable {
        public var inputs: InputSigns
        /// The weights after each step, starting point first.
        public var w1: [Double], w2: [Double]
        /// The weights the data were made from.
        public var target: (w1: Double, w2: Double)
        /// The share of updates whose two components have the same sign.
        public var sameSignFraction: Double
        /// The first step within `tolerance` of the target (nil if never).
        public var stepsToTarget: Int?
        /// The length of the path walked over the straight distance from start to target.
        public var pathLengthRatio: Double
    }

    /// Online gradient descent (one example per step, squared error) on y = w₁x₁ + w₂x₂ from
    /// (0, 0) towards targets made by w* = (1, −1), for inputs of either kind drawn from `seed`.
    public static func zigZag(_ inputs: InputSigns, steps: Int = 60, learningRate: Double = 0.5, tolerance: Double = 0.1,
                              seed: Int = 1) -> ZigZagTrajectory {
        var generator = PCG32(seed: seed)
        let target = (w1: 1.0, w2: -1.0)
        var w = (0.0, 0.0), w1 = [0.0], w2 = [0.0], same = 0, reached: Int? = nil, length = 0.0
        for step in 1...steps {
            var x = (generator.nextUniform(), generator.nextUniform())
            if inputs == .zeroCentred { x = (2 * x.0 - 1, 2 * x.1 - 1) }
            let error = (w.0 * x.0 + w.1 * x.1) - (target.w1 * x.0 + target.w2 * x.1)
            let update = (-learningRate * error * x.0, -learningRate * error * x.1)
            if (update.0 > 0) == (update.1 > 0) { same += 1 }
            w = (w.0 + update.0, w.1 + update.1)
            length += (update.0 * update.0 + update.1 * update.1).squareRoot()
            w1.append(w.0)
            w2.append(w.1)
            let distance = ((w.0 - target.w1) * (w.0 - target.w1) + (w.1 - target.w2) * (w.1 - target.w2)).squareRoot()
            if reached == nil && distance < tolerance { reached = step }
        }
        return ZigZagTrajectory(inputs: inputs, w1: w1, w2: w2, target: target, sameSignFraction: Double(same) / Double(steps),
                                stepsToTarget: reached, pathLengthRatio: length / 2.0.squareRoot())
    }

    /// The same-sign fraction of each layer's weight updates over training.
    public struct SameSignRun: Sendable {
        public var name: String
        /// Per dense layer, over `steps`: the mean over neurons of the share of incoming weight
        /// updates with the majority's sign.
        public var fractions: [[Double]]
        public var steps: [Int]
        /// The mean over training of each layer's fraction.
        public var meanFractions: [Double] { fractions.map { $0.reduce(0, +) / Double(max(1, $0.count)) } }
    }

    /// Trains a [16, 64, 64, 3] network with plain SGD on one example per step (LeCun's online
    /// setting) twice: with inputs shifted to be positive and sigmoid hidden units, and with
    /// centred inputs and tanh units; reads every layer's same-sign fraction every `every` steps.
    /// Layer 1 sees the data, layers 2 and 3 the hidden activations.
    public static func sameSignFractions(steps: Int = 600, every: Int = 10, batchSize: Int = 1, seed: Int = 1) -> [SameSignRun] {
        let blobs = Dataset.blobs(count: 600, classes: 3, dimensions: 16, std: 2, seed: seed)
        let lowest = blobs.inputs.elements.min()!, highest = blobs.inputs.elements.max()!
        let mean = blobs.inputs.elements.reduce(0, +) / Float(blobs.inputs.elements.count)
        var positive = blobs, centred = blobs
        positive.inputs = Matrix(rows: blobs.count, columns: 16, elements: blobs.inputs.elements.map { ($0 - lowest) / (highest - lowest) })
        centred.inputs = Matrix(rows: blobs.count, columns: 16, elements: blobs.inputs.elements.map { ($0 - mean) / (highest - lowest) })
        let setups: [(String, Dataset, Activation)] = [("positive inputs, sigmoid", positive, .sigmoid),
                                                        ("zero-centred inputs, tanh", centred, .tanh)]
        return setups.map { name, data, activation in
            var model = MLP([16, 64, 64, 3], activation: activation, initializer: .xavierNormal, seed: seed)
            let probes = model.fit(data, loss: .softmaxCrossEntropy, optimizer: .sgd(learningRate: 0.05), steps: steps,
                                   batchSize: batchSize, seed: seed, record: .updateSigns, every: every).probes
            return SameSignRun(name: name, fractions: probes.sameSignFractions, steps: probes.steps)
        }
    }
}
