import DaftarActivations
@_implementationOnly import RealModule

/// Softmax against independent sigmoids at the output: whether the probabilities sum to one,
/// how well calibrated they are, and the cross-entropy and perplexity they reach.
extension Experiments {
    /// The same model trained with each output layer.
    public struct OutputComparison: Sendable {
        public var task: String
        /// The output layers compared (`.softmaxCrossEntropy`, `.independentSigmoids`).
        public var outputs: [Loss]
        /// Per output layer, on the examples trained on and (for the character model) on held-out text.
        public var training: [OutputEvaluation]
        public var validation: [OutputEvaluation]
        /// Per output layer, before any training (on the training examples).
        public var atInitialisation: [OutputEvaluation]
        /// The uniform distribution's cross-entropy, ln(classes).
        public var uniformLoss: Double
    }

    /// Character models of `corpus` trained with softmax and with independent sigmoids (same
    /// seed, same batches, `steps` Adam steps) on its first 90 %, evaluated there and on the last 10 %.
    public static func softmaxVersusSigmoids(corpus: CharacterCorpus, embedding: Int = 8, hidden: Int = 64,
                                             steps: Int = 300, seed: Int = 1) -> OutputComparison {
        let (training, validation) = corpus.split(validationFraction: 0.1)
        let outputs: [Loss] = [.softmaxCrossEntropy, .independentSigmoids]
        var comparison = OutputComparison(task: "next character, \(corpus.vocabularySize) symbols", outputs: outputs, training: [],
                                          validation: [], atInitialisation: [], uniformLoss: corpus.uniformLoss)
        for output in outputs {
            var model = CharacterModel(corpus: corpus, embedding: embedding, hidden: hidden, output: output, seed: seed)
            comparison.atInitialisation.append(model.evaluation(on: training))
            _ = model.fit(on: training, steps: steps, seed: seed)
            comparison.training.append(model.evaluation(on: training))
            comparison.validation.append(model.evaluation(on: validation))
        }
        return comparison
    }

    /// A vocabulary the size of GPT-2's: a linear layer from `dimensions` random features to
    /// `classes` logits, trained for `steps` Adam steps with each output layer on `examples`
    /// examples whose labels follow Zipf's law (as token frequencies do), then evaluated on them.
    public static func manyClasses(_ classes: Int = 50_000, examples: Int = 128, dimensions: Int = 32, steps: Int = 30,
                                   batchSize: Int = 32, seed: Int = 1) -> OutputComparison {
        var generator = PCG32(seed: seed)
        // Zipf: P(class k) ∝ 1/(k + 1), drawn by inverting the cumulative sum.
        var cumulative: [Double] = [], total = 0.0
        for k in 0..<classes { total += 1 / Double(k + 1); cumulative.append(total) }
        let labels = (0..<examples).map { _ -> Int in
            let u = generator.nextUniform() * total
            var low = 0, high = classes - 1
            while low < high { let mid = (low + high) / 2; if cumulative[mid] < u { low = mid + 1 } else { high = mid } }
            return low
        }
        let inputs = Matrix.randomNormal(rows: examples, columns: dimensions, using: &generator)
        let data = Dataset(inputs: inputs, labels: labels, classCount: classes)
        let outputs: [Loss] = [.softmaxCrossEntropy, .independentSigmoids]
        var comparison = OutputComparison(task: "\(classes) classes, \(examples) examples", outputs: outputs, training: [],
                                          validation: [], atInitialisation: [], uniformLoss: Double.log(Double(classes)))
        for output in outputs {
            var model = MLP([dimensions, classes], initializer: .xavierUniform, seed: seed)
            comparison.atInitialisation.append(OutputEvaluation(logits: model.predict(inputs), labels: labels, output: output))
            _ = model.fit(data, loss: output, optimizer: .adam(learningRate: 0.01), steps: steps, batchSize: batchSize, seed: seed)
            comparison.training.append(OutputEvaluation(logits: model.predict(inputs), labels: labels, output: output))
        }
        return comparison
    }
}
