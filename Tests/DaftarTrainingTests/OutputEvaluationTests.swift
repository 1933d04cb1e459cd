import DaftarTraining
import Foundation
import Testing

/// Probability sums, cross-entropy and calibration error on cases worked by hand.
@Suite struct OutputEvaluationTests {
    @Test func softmaxOnAWorkedCase() {
        // Both rows give (0.6, 0.4); the first is right, the second wrong: accuracy ½, confidence 0.6.
        let logits = Matrix([[Float(log(0.6)), Float(log(0.4))], [Float(log(0.6)), Float(log(0.4))]])
        let evaluation = OutputEvaluation(logits: logits, labels: [0, 1], output: .softmaxCrossEntropy)
        #expect(abs(evaluation.meanProbabilitySum - 1) < 1e-12)
        #expect(abs(evaluation.crossEntropy - (-log(0.6) - log(0.4)) / 2) < 1e-6)
        #expect(evaluation.accuracy == 0.5)
        #expect(abs(evaluation.expectedCalibrationError - 0.1) < 1e-6)
        #expect(abs(evaluation.perplexity - exp(evaluation.crossEntropy)) < 1e-12)
        #expect(evaluation.binCounts[6] == 2)
    }

    @Test func independentSigmoidsNeedNotSumToOne() {
        let evaluation = OutputEvaluation(logits: Matrix([[0, 0], [2, 2]]), labels: [0, 1], output: .independentSigmoids)
        let sigma2 = 1 / (1 + exp(-2.0))
        #expect(abs(evaluation.smallestProbabilitySum - 1) < 1e-12)
        #expect(abs(evaluation.largestProbabilitySum - 2 * sigma2) < 1e-7)
        #expect(abs(evaluation.crossEntropy - (log(2) - log(sigma2)) / 2) < 1e-7)
        // Normalised, each row is (½, ½).
        #expect(abs(evaluation.normalisedCrossEntropy - log(2)) < 1e-12)
    }
}
