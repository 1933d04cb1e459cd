import DaftarTraining
import Foundation
import Testing

/// Loss values: PyTorch's definitions, finite for extreme logits.
@Suite struct LossTests {
    @Test func valuesMatchTheirDefinitions() {
        let logits = DoubleMatrix([[2, -1, 0.5], [0, 0, 0]])
        let oneHot = DoubleMatrix([[1, 0, 0], [0, 0, 1]])
        func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
        func logSoftmax(_ row: [Double], _ j: Int) -> Double { row[j] - log(row.map { exp($0) }.reduce(0, +)) }
        let softmax = -(logSoftmax(logits.row(0), 0) + logSoftmax(logits.row(1), 2)) / 2
        #expect(abs(Loss.softmaxCrossEntropy.value(output: logits, targets: oneHot) - softmax) < 1e-12)
        var bce = 0.0
        for (z, y) in zip(logits.elements, oneHot.elements) { bce -= y * log(sigmoid(z)) + (1 - y) * log(1 - sigmoid(z)) }
        #expect(abs(Loss.binaryCrossEntropy.value(output: logits, targets: oneHot) - bce / 6) < 1e-12)
        #expect(abs(Loss.independentSigmoids.value(output: logits, targets: oneHot) - bce / 2) < 1e-12)
        let mse = zip(logits.elements, oneHot.elements).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / 6
        #expect(abs(Loss.meanSquaredError.value(output: logits, targets: oneHot) - mse) < 1e-12)
    }

    @Test(arguments: [Loss.binaryCrossEntropy, .softmaxCrossEntropy, .independentSigmoids])
    func extremeLogitsStayFinite(loss: Loss) {
        let logits = Matrix([[1000, -1000], [-1000, 1000]])
        let wrong = Matrix([[0, 1], [1, 0]]), right = Matrix([[1, 0], [0, 1]])
        var gradient = Matrix()
        let bad = loss.evaluate(output: logits, targets: wrong, gradient: &gradient)
        #expect(bad.isFinite && bad > 500, "\(loss): \(bad)")
        #expect(gradient.elements.allSatisfy { $0.isFinite })
        let good = loss.evaluate(output: logits, targets: right, gradient: &gradient)
        #expect(good == 0, "\(loss): \(good)")
    }
}
