import DaftarActivations
@_implementationOnly import RealModule

/// A small character-level language model: an embedding of the last few characters, one hidden
/// block, and a logit per character of the vocabulary.
///
/// ```
/// Embedding(vocabulary → e per character) → block(context·e → hidden) → Dense(hidden → vocabulary)
/// ```
/// Why: it is the founding document's setting (next-token prediction, softmax over a vocabulary)
/// at a size a notebook cell trains in seconds. The gated blocks get a hidden width that keeps
/// the parameter count of the plain block, as Shazeer (2020) compares them.
public struct CharacterModel: Sendable {
    /// What sits between the embedding and the output layer.
    public enum Block: Sendable, Hashable, CustomStringConvertible {
        /// Dense, the activation.
        case mlp(Activation)
        /// A gated feed-forward block (GLU, ReGLU, GEGLU, SwiGLU).
        case gated(GatedUnit)
        /// σ(x·W + b) ⊙ tanh(x·V + d), an LSTM-style gate.
        case sigmoidGate

        public var description: String {
            switch self {
            case .mlp(let activation): "MLP (\(activation.name))"
            case .gated(let unit): unit.name
            case .sigmoidGate: "sigmoid gate"
            }
        }
    }

    public let corpus: CharacterCorpus
    public let block: Block
    /// `.softmaxCrossEntropy` or `.independentSigmoids`: how the output layer is trained and read.
    public let output: Loss
    public var network: MLP

    /// A model of `corpus` with `embedding` values per character and a block of `hidden` units.
    public init(corpus: CharacterCorpus, embedding: Int = 16, hidden: Int = 128, block: Block = .mlp(.gelu),
                output: Loss = .softmaxCrossEntropy, seed: Int = 0) {
        precondition(output == .softmaxCrossEntropy || output == .independentSigmoids, "a character model's output is softmax or independent sigmoids")
        self.corpus = corpus
        self.block = block
        self.output = output
        var generator = PCG32(seed: seed)
        let vocabulary = corpus.vocabularySize, width = corpus.context * embedding
        var layers: [any Layer<Float>] = [Embedding<Float>(vocabulary: vocabulary, dimension: embedding, context: corpus.context, using: &generator)]
        // Two input projections instead of one: the hidden width that keeps the parameter count.
        let gatedHidden = max(1, Int((Double(hidden) * Double(width + vocabulary) / Double(2 * width + vocabulary)).rounded()))
        switch block {
        case .mlp(let activation):
            layers.append(Dense<Float>(width, hidden, initializer: .xavierUniform, using: &generator))
            layers.append(ActivationLayer<Float>(activation, width: hidden))
            layers.append(Dense<Float>(hidden, vocabulary, initializer: .xavierUniform, using: &generator))
        case .gated(let unit):
            layers.append(GatedFeedForward<Float>(unit, inputWidth: width, hiddenWidth: gatedHidden, outputWidth: vocabulary, using: &generator))
        case .sigmoidGate:
            layers.append(SigmoidGate<Float>(inputWidth: width, outputWidth: gatedHidden, using: &generator))
            layers.append(Dense<Float>(gatedHidden, vocabulary, initializer: .xavierUniform, using: &generator))
        }
        network = MLP(layers: layers)
    }

    /// Trains on seeded mini-batches of `data` (the corpus's positions by default, or a part of
    /// `corpus.split`), with Adam at 3e−3 by default.
    public mutating func fit(on data: Dataset? = nil, steps: Int, batchSize: Int = 64, optimizer: Optimizer = .adam(learningRate: 0.003),
                             seed: Int = 0, record: Instruments = [], every: Int = 50) -> TrainingHistory {
        network.fit(data ?? corpus.dataset, loss: output, optimizer: optimizer, steps: steps, batchSize: batchSize, seed: seed,
                    record: record, every: every)
    }

    /// The output layer's probabilities on `data` (the whole corpus by default): sums,
    /// calibration, cross-entropy.
    public func evaluation(on data: Dataset? = nil) -> OutputEvaluation {
        let data = data ?? corpus.dataset
        return OutputEvaluation(logits: network.predict(data.inputs), labels: data.labels!, output: output)
    }

    /// Mean cross-entropy in nats per character over the whole corpus (of normalised probabilities).
    public var loss: Double { evaluation().normalisedCrossEntropy }

    /// `count` characters continuing `prompt`, each drawn from the (normalised) output
    /// probabilities raised to 1/`temperature`, from `seed`.
    public func sample(_ count: Int, after prompt: String = "", temperature: Double = 1, seed: Int = 0) -> String {
        var generator = PCG32(seed: seed)
        var text = corpus.encode(prompt), produced: [Int] = []
        for _ in 0..<count {
            let logits = network.predict(corpus.contextRow(for: text)).elements.map(Double.init)
            let scores: [Double] = output == .softmaxCrossEntropy
                ? logits : logits.map { -Double.log(onePlus: Double.exp(-$0)) }
            let largest = scores.max()!
            let weights = scores.map { Double.exp(($0 - largest) / temperature) }
            var draw = generator.nextUniform() * weights.reduce(0, +), choice = weights.count - 1
            for (index, weight) in weights.enumerated() {
                draw -= weight
                if draw < 0 { choice = index; break }
            }
            text.append(choice)
            produced.append(choice)
        }
        return corpus.decode(produced)
    }
}
