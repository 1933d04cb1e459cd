@testable import DaftarKit
import Testing

/// The experiments and the instruments chart and tabulate in one line.
@Suite struct ExperimentChartTests {
    @Test func instrumentsChartPerLayer() {
        var model = MLP([2, 8, 8, 2], activation: .relu, initializer: .heNormal, residual: true, layerNorm: true, seed: 1)
        let history = model.fit(.spirals(count: 64, seed: 1), loss: .softmaxCrossEntropy, optimizer: .adam(), steps: 30, batchSize: 16,
                                record: .all, every: 10)
        let norms = LineChart.gradientNorms(over: history.probes)
        #expect(norms.series.map(\.name) == ["dense 1", "dense 2", "dense 3"])
        #expect(norms.series[0].points.map(\.x) == [1, 11, 21, 30] && norms.y.scale == .logarithmic)
        #expect(LineChart.activationStatistics(history.probes).series.allSatisfy { $0.band != nil })
        #expect(LineChart.saturation(history.probes).series.count == 2)
        #expect(LineChart.updateSigns(history.probes).series.count == 3)
        #expect(LineChart.activationHistograms(history.probes).series[0].points.count == 30)
        #expect(LineChart.deadUnits(history.probes).mimeBundle.representations.map(\.type) == ["image/svg+xml", "text/plain"])
    }

    @Test func experimentsTabulate() {
        let flow = Experiments.gradientFlow([.init(.sigmoid), .init(.relu)], depth: 4, width: 8, steps: 5)
        #expect(Table.gradientFlow(flow).rows.count == 2)
        #expect(LineChart.gradientFlow(flow).series.count == 2)
        let comparison = Experiments.compareActivations([.tanh, .relu], hiddenLayers: 1, width: 8, steps: 30, seeds: [1, 2])
        let table = Table.activationComparison(comparison)
        #expect(table.rows.count == 2 && table.text.contains("±"))
        #expect(LineChart.activationComparison(comparison).series.allSatisfy { $0.band != nil })
        let many = Experiments.manyClasses(100, examples: 16, steps: 2, batchSize: 8)
        #expect(Table.outputComparison(many).rows.count == 4)
        #expect(LineChart.reliability(many).series.count == 3)
        #expect(LineChart.zigZag(Experiments.InputSigns.allCases.map { Experiments.zigZag($0, steps: 10) }).series[0].points.count == 11)
    }
}
