@testable import DaftarKit
import Testing

/// A training run and gradient norms display as charts in one line.
@Suite struct TrainingDisplayTests {
    @Test func aHistoryDisplaysItsLossAndAccuracy() {
        var model = MLP([2, 8, 2], activation: .relu, initializer: .heNormal, seed: 1)
        let history = model.fit(.xor(count: 64, seed: 1), loss: .softmaxCrossEntropy, optimizer: .adam(learningRate: 0.01),
                                steps: 300, batchSize: 16, seed: 1)
        let chart = LineChart.training(history)
        #expect(chart.series.map(\.name) == ["loss (mean of 3 steps)", "accuracy (mean of 3 steps)"])
        #expect(chart.series[0].points.count == 300)
        #expect(history.mimeBundle.representations.map(\.type) == ["image/svg+xml", "text/plain"])
        #expect(LineChart.training(history, smoothing: 1).series[0].points.map(\.y) == history.loss)
    }

    @Test func gradientNormsPlotOnALogarithmicAxis() {
        let chart = LineChart.gradientNorms([("sigmoid", [1e-6, 1e-3, 1]), ("relu", [0.5, 0.7, 1])])
        #expect(chart.y.scale == .logarithmic)
        #expect(chart.series.map { $0.points.map(\.x) } == [[1, 2, 3], [1, 2, 3]])
    }
}
