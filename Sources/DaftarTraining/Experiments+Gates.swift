import DaftarActivations

/// Gates against plain blocks: the places where the sigmoid survives (GLU, the LSTM-style gate)
/// and the gated variants of LLaMA and PaLM, on the character model at equal parameter count.
extension Experiments {
    /// One block's runs, one value per seed.
    public struct BlockRuns: Sendable {
        public var block: CharacterModel.Block
        public var seeds: [Int]
        public var parameterCount: Int
        /// Cross-entropy (nats per character) on the text trained on and on the held-out tail.
        public var trainingLoss: [Double]
        public var validationLoss: [Double]
        /// The share of characters whose most probable prediction is right, on each part.
        public var trainingAccuracy: [Double]
        public var validationAccuracy: [Double]
        /// The first step whose 25-step mean batch loss is at or below the comparison's threshold (nil: never).
        public var stepsToThreshold: [Int?]
        public var seconds: [Double]
        /// Every step's mini-batch loss, per seed.
        public var lossCurves: [[Double]]
    }

    /// The comparison and its setting.
    public struct BlockComparison: Sendable {
        public var task: String
        public var uniformLoss: Double
        public var lossThreshold: Double
        public var steps: Int
        public var runs: [BlockRuns]
    }

    /// Character models of `corpus` with each block (`hidden` units, or fewer for the gated ones
    /// so that the parameter counts match), trained on the first 90 % for `steps` Adam steps,
    /// once per seed; `lossThreshold` (nats per character) is the loss whose first crossing is counted.
    public static func compareBlocks(_ blocks: [CharacterModel.Block] = [.mlp(.relu), .mlp(.gelu), .gated(.glu), .gated(.swiglu), .sigmoidGate],
                                     corpus: CharacterCorpus, embedding: Int = 8, hidden: Int = 64, steps: Int = 400,
                                     lossThreshold: Double = 2.5, seeds: [Int] = [1, 2, 3]) -> BlockComparison {
        let (training, validation) = corpus.split(validationFraction: 0.1)
        let runs = blocks.map { block in
            var result = BlockRuns(block: block, seeds: seeds, parameterCount: 0, trainingLoss: [], validationLoss: [], trainingAccuracy: [],
                                   validationAccuracy: [], stepsToThreshold: [], seconds: [], lossCurves: [])
            for seed in seeds {
                var model = CharacterModel(corpus: corpus, embedding: embedding, hidden: hidden, block: block, seed: seed)
                result.parameterCount = model.network.layers.reduce(0) { $0 + $1.parameterCount }
                let history = model.fit(on: training, steps: steps, seed: seed)
                let (seen, heldOut) = (model.evaluation(on: training), model.evaluation(on: validation))
                result.trainingLoss.append(seen.crossEntropy)
                result.validationLoss.append(heldOut.crossEntropy)
                result.trainingAccuracy.append(seen.accuracy)
                result.validationAccuracy.append(heldOut.accuracy)
                result.stepsToThreshold.append(firstStep(below: lossThreshold, in: history.loss))
                result.seconds.append(history.totalSeconds)
                result.lossCurves.append(history.loss)
            }
            return result
        }
        return BlockComparison(task: "next character, \(corpus.vocabularySize) symbols, context \(corpus.context)",
                               uniformLoss: corpus.uniformLoss, lossThreshold: lossThreshold, steps: steps, runs: runs)
    }
}
