import DaftarActivations
import DaftarTraining
import Foundation
import Testing

/// Each experiment, at a small size, reproduces its qualitative result.
@Suite struct ExperimentTests {
    /// Sigmoid gradients vanish through depth where ReLU's (with He) do not; residual
    /// connections with LayerNorm give the sigmoid network its gradient back.
    @Test func gradientFlowThroughDepth() {
        let flow = Experiments.gradientFlow([.init(.sigmoid), .init(.relu), .init(.sigmoid, residual: true, layerNorm: true)],
                                            depth: 12, width: 16, steps: 20)
        let (sigmoid, relu, restored) = (flow.runs[0], flow.runs[1], flow.runs[2])
        print("gradient flow, 12 layers: first/last sigmoid \(sigmoid.firstToLastAtInitialisation), ReLU \(relu.firstToLastAtInitialisation), sigmoid + residual + LayerNorm \(restored.firstToLastAtInitialisation); first-layer norms \(sigmoid.atInitialisation[0]) vs \(relu.atInitialisation[0])")
        #expect(sigmoid.atInitialisation.count == 13 && restored.atInitialisation.count == 13)
        #expect(sigmoid.firstToLastAtInitialisation < 1e-5)
        #expect(sigmoid.atInitialisation[0] < 1e-3 * relu.atInitialisation[0])
        #expect(relu.firstToLastAtInitialisation > 1e-2)
        #expect(restored.firstToLastAtInitialisation > 0.05)
        #expect(sigmoid.afterTraining.allSatisfy { $0.isFinite })
    }

    /// Glorot and Bengio's Fig. 2: a sigmoid network's top hidden layer is driven towards 0 while
    /// the network learns nothing; tanh's does not.
    @Test func theTopSigmoidLayerSaturatesTowardsZero() {
        let runs = Experiments.saturation([.sigmoid, .tanh], hiddenLayers: 4, width: 32, steps: 1_000, every: 100)
        let sigmoid = runs[0].probes, tanh = runs[1]
        let top = sigmoid.activationMeans[3]
        print("saturation: sigmoid top layer mean \(top.first!) → \(top.last!), accuracy sigmoid \(runs[0].finalAccuracy), tanh \(tanh.finalAccuracy)")
        #expect(sigmoid.steps == [1, 101, 201, 301, 401, 501, 601, 701, 801, 901, 1_000])
        #expect(top.last! < top.first! - 0.1)
        #expect(tanh.finalAccuracy > runs[0].finalAccuracy + 0.3)
    }

    /// LeCun et al. (1998): positive inputs make every update of a neuron's weights share one
    /// sign, so descent zig-zags; zero-centred inputs do not.
    @Test func positiveInputsZigZag() {
        let positive = Experiments.zigZag(.positive), centred = Experiments.zigZag(.zeroCentred)
        print("zig-zag: same-sign \(positive.sameSignFraction) vs \(centred.sameSignFraction), path/straight \(positive.pathLengthRatio) vs \(centred.pathLengthRatio), steps \(String(describing: positive.stepsToTarget)) vs \(String(describing: centred.stepsToTarget))")
        #expect(positive.sameSignFraction == 1)
        #expect(centred.sameSignFraction > 0.3 && centred.sameSignFraction < 0.7)
        #expect(positive.pathLengthRatio > 1.5 * centred.pathLengthRatio)
        #expect((positive.stepsToTarget ?? .max) > 2 * (centred.stepsToTarget ?? .max))
        let runs = Experiments.sameSignFractions(steps: 100)
        print("same-sign fractions per layer: \(runs.map { "\($0.name): \($0.meanFractions)" })")
        #expect(runs[0].meanFractions.allSatisfy { $0 > 0.99 })
        #expect(runs[1].meanFractions.allSatisfy { $0 > 0.5 && $0 < 0.7 })
    }

    @Test func reluTrainsWhereTheSigmoidDoesNot() {
        let comparison = Experiments.compareActivations([.sigmoid, .relu], hiddenLayers: 3, width: 32, steps: 400, seeds: [1, 2])
        let (sigmoid, relu) = (comparison.runs[0], comparison.runs[1])
        print("activations: loss sigmoid \(sigmoid.finalLoss), ReLU \(relu.finalLoss); accuracy \(sigmoid.finalAccuracy) vs \(relu.finalAccuracy)")
        #expect(sigmoid.finalLoss.count == 2 && relu.lossCurves.allSatisfy { $0.count == 400 })
        #expect(zip(relu.finalLoss, sigmoid.finalLoss).allSatisfy { $0 < 0.7 * $1 })
        #expect(zip(relu.finalAccuracy, sigmoid.finalAccuracy).allSatisfy { $0 > $1 + 0.1 })
        #expect(relu.stepsToThreshold.count == 2 && sigmoid.stepsToThreshold.allSatisfy { $0 == nil })
    }

    /// Softmax probabilities sum to one; independent sigmoids' do not, far from it for many classes.
    @Test func softmaxSumsToOneAndSigmoidsDoNot() {
        let many = Experiments.manyClasses(2_000, examples: 32, steps: 5, batchSize: 16)
        print("2,000 classes: probability sums softmax \(many.training[0].meanProbabilitySum), sigmoids \(many.atInitialisation[1].meanProbabilitySum) → \(many.training[1].meanProbabilitySum)")
        #expect(many.atInitialisation.allSatisfy { $0.smallestProbabilitySum > 0 })
        #expect(abs(many.training[0].meanProbabilitySum - 1) < 1e-9 && abs(many.training[0].largestProbabilitySum - 1) < 1e-9)
        #expect(many.atInitialisation[1].meanProbabilitySum > 500)
        #expect(many.training[1].meanProbabilitySum > 2)
        let corpus = CharacterCorpus(text: CharacterModelTests.foundingDocument, context: 4)
        let characters = Experiments.softmaxVersusSigmoids(corpus: corpus, steps: 100)
        let sigmoid = characters.validation[1]
        print("characters: sigmoid sums \(sigmoid.smallestProbabilitySum)…\(sigmoid.largestProbabilitySum), cross-entropy softmax \(characters.validation[0].crossEntropy) sigmoid \(sigmoid.normalisedCrossEntropy)")
        #expect(abs(characters.validation[0].largestProbabilitySum - 1) < 1e-9)
        #expect(sigmoid.largestProbabilitySum - sigmoid.smallestProbabilitySum > 0.1)
        #expect(characters.training.allSatisfy { $0.normalisedCrossEntropy < characters.uniformLoss })
        #expect(characters.training.allSatisfy { $0.expectedCalibrationError >= 0 && $0.expectedCalibrationError <= 1 })
    }

    /// Gated blocks at the plain block's parameter count train as well: below the uniform baseline.
    @Test func gatedBlocksMatchTheParameterCountAndLearn() {
        let corpus = CharacterCorpus(text: CharacterModelTests.foundingDocument, context: 4)
        let comparison = Experiments.compareBlocks([.mlp(.gelu), .gated(.swiglu), .sigmoidGate], corpus: corpus, steps: 150, seeds: [1])
        print("blocks: \(comparison.runs.map { "\($0.block) \($0.parameterCount) parameters, loss \($0.trainingLoss)" })")
        let counts = comparison.runs.map { Double($0.parameterCount) }
        #expect(counts.max()! / counts.min()! < 1.02)
        #expect(comparison.runs.allSatisfy { $0.trainingLoss[0] < comparison.uniformLoss - 1 })
    }

    /// The block comparison's accuracies are those of the model it trained (the same seed trains
    /// the same model again), and its steps to the threshold are read off the loss curve.
    @Test func blockComparisonReportsAccuracyAndStepsToTheThreshold() {
        let corpus = CharacterCorpus(text: CharacterModelTests.foundingDocument, context: 4)
        let comparison = Experiments.compareBlocks([.mlp(.relu)], corpus: corpus, steps: 150, lossThreshold: 3.3, seeds: [2])
        let run = comparison.runs[0]
        let (training, validation) = corpus.split(validationFraction: 0.1)
        var model = CharacterModel(corpus: corpus, embedding: 8, hidden: 64, block: .mlp(.relu), seed: 2)
        _ = model.fit(on: training, steps: 150, seed: 2)
        print("block comparison: accuracy \(run.trainingAccuracy) / \(run.validationAccuracy), steps to 3.3 \(run.stepsToThreshold)")
        #expect(run.seeds == [2] && comparison.lossThreshold == 3.3)
        #expect(run.trainingAccuracy == [model.evaluation(on: training).accuracy])
        #expect(run.validationAccuracy == [model.evaluation(on: validation).accuracy])
        #expect(run.trainingAccuracy[0] > 1 / Double(corpus.vocabularySize))
        // The mean of each 25 steps' batch losses, ending at each step: the first at or below 3.3 is the answer.
        let curve = run.lossCurves[0]
        let crossing = (24..<curve.count).first { end in curve[(end - 24)...end].reduce(0, +) / 25 <= 3.3 }
        #expect(crossing != nil && run.stepsToThreshold == [crossing.map { $0 + 1 }])
        let never = Experiments.compareBlocks([.mlp(.relu)], corpus: corpus, steps: 30, lossThreshold: 0, seeds: [2])
        #expect(never.runs[0].stepsToThreshold == [nil])
    }

    /// The new layers train bit for bit the same from the same seeds.
    @Test func blocksTrainDeterministically() {
        func train() -> [[UInt32]] {
            var generator = PCG32(seed: 3)
            var network = MLP(layers: [Embedding<Float>(vocabulary: 5, dimension: 3, context: 2, using: &generator),
                                       Residual<Float>([LayerNorm(width: 6), Dense(6, 6, initializer: .heNormal, using: &generator), ActivationLayer(.gelu, width: 6)]),
                                       SigmoidGate<Float>(inputWidth: 6, outputWidth: 6, using: &generator),
                                       GatedFeedForward<Float>(.swiglu, inputWidth: 6, hiddenWidth: 4, outputWidth: 5, using: &generator)])
            let corpus = CharacterCorpus(text: "abcdabcaabd", context: 2)
            _ = network.fit(corpus.dataset, loss: .softmaxCrossEntropy, optimizer: .adamW(learningRate: 0.01), steps: 20, batchSize: 4, seed: 4)
            var parameters: [[UInt32]] = []
            network.layers.indices.forEach { network.layers[$0].visitParameters { parameter, _ in parameters.append(parameter.elements.map(\.bitPattern)) } }
            return parameters
        }
        let first = train()
        #expect(first.count == 1 + 4 + 4 + 6 && first == train())
    }
}
