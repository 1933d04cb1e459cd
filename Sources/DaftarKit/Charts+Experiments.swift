/// Each experiment's result as a chart or a table in one line.
extension LineChart {
    /// Per-layer gradient norms of every configuration, at initialisation or after training.
    public static func gradientFlow(_ flow: Experiments.GradientFlow, afterTraining: Bool = false) -> LineChart {
        gradientNorms(flow.runs.map { ("\($0.configuration)", afterTraining ? $0.afterTraining : $0.atInitialisation) },
                      title: "Gradient norm per layer, \(flow.depth) hidden layers of \(flow.width), "
                          + (afterTraining ? "after \(flow.steps) steps" : "at initialisation"))
    }

    /// Mean and standard deviation of each hidden layer's activations for one run of the saturation experiment.
    public static func saturation(_ run: Experiments.SaturationRun) -> LineChart {
        activationStatistics(run.probes, title: "\(run.activation.name): activations per hidden layer, mean ± std")
    }

    /// Two-weight gradient-descent paths, with the target marked.
    public static func zigZag(_ trajectories: [Experiments.ZigZagTrajectory]) -> LineChart {
        let series = trajectories.map { LineSeries("\($0.inputs == .positive ? "positive" : "zero-centred") inputs", x: $0.w1, y: $0.w2, markers: true) }
        let target = trajectories.first?.target ?? (w1: 1, w2: -1)
        return LineChart(title: "Online gradient descent on two weights", series: series, x: Axis("w₁"), y: Axis("w₂"),
                         annotations: [Annotation(x: target.w1, y: target.w2, text: "w*")], width: 520, height: 480)
    }

    /// The same-sign fraction of one layer's updates over training, per setting.
    public static func sameSignFractions(_ runs: [Experiments.SameSignRun], layer: Int = 1) -> LineChart {
        let series = runs.map { LineSeries($0.name, x: $0.steps.map(Double.init), y: $0.fractions[layer]) }
        return LineChart(title: "Same-sign share of layer \(layer + 1)'s weight updates", series: series, x: Axis("step"),
                         y: Axis("same-sign fraction", domain: 0.4...1.02), referenceLines: [.horizontal(0.5, label: "random signs")])
    }

    /// Each activation's mini-batch loss (mean of 25 steps), mean ± std over seeds.
    public static func activationComparison(_ comparison: Experiments.ActivationComparison) -> LineChart {
        let series = comparison.runs.map { run in
            LineSeries.meanAndDeviation(run.activation.name, x: (1...comparison.steps).map(Double.init),
                                        runs: run.lossCurves.map { smoothed($0, window: 25) })
        }
        return LineChart(title: "\(comparison.task): loss over \(comparison.runs.first?.seeds.count ?? 0) seeds", series: series,
                         x: Axis("step"), y: Axis("cross-entropy (mean of 25 steps)"),
                         referenceLines: [.horizontal(comparison.lossThreshold, label: "threshold")])
    }

    /// Reliability diagram: accuracy against confidence per bin, for each output layer.
    public static func reliability(_ comparison: Experiments.OutputComparison, validation: Bool = false) -> LineChart {
        let evaluations = validation ? comparison.validation : comparison.training
        var series = zip(comparison.outputs, evaluations).map { output, evaluation in
            let bins = evaluation.binCounts.indices.filter { evaluation.binCounts[$0] > 0 }
            return LineSeries(output == .softmaxCrossEntropy ? "softmax" : "independent sigmoids",
                              x: bins.map { evaluation.binConfidence[$0] }, y: bins.map { evaluation.binAccuracy[$0] }, markers: true)
        }
        series.append(LineSeries("perfect calibration", x: [0, 1], y: [0, 1], dashed: true, colour: 7))
        return LineChart(title: "Reliability: \(comparison.task)" + (validation ? ", held-out text" : ""), series: series,
                         x: Axis("confidence (top class's probability)", domain: 0...1), y: Axis("accuracy", domain: 0...1),
                         width: 520, height: 440)
    }

    /// Each block's mini-batch loss (mean of 25 steps), mean ± std over seeds.
    public static func blockComparison(_ comparison: Experiments.BlockComparison) -> LineChart {
        let series = comparison.runs.map { run in
            LineSeries.meanAndDeviation("\(run.block)", x: (1...comparison.steps).map(Double.init), runs: run.lossCurves.map { smoothed($0, window: 25) })
        }
        return LineChart(title: "\(comparison.task): training loss", series: series, x: Axis("step"),
                         y: Axis("cross-entropy, nats per character"),
                         referenceLines: [.horizontal(comparison.uniformLoss, label: "ln V"), .horizontal(comparison.lossThreshold, label: "threshold")])
    }
}

extension Table {
    /// First-to-last gradient-norm ratios and the end of training, per configuration.
    public static func gradientFlow(_ flow: Experiments.GradientFlow) -> Table {
        Table(caption: "Gradient flow through \(flow.depth) hidden layers of \(flow.width) units (two spirals, \(flow.steps) Adam steps)",
              columns: [Column("network", alignment: .start), Column("‖∂W₁‖, init", format: .scientific(1)),
                        Column("‖∂W₁‖ / ‖∂Wₗ‖, init", format: .scientific(1)), Column("after", format: .scientific(1)),
                        Column("loss", format: .fixed(3)), Column("accuracy", format: .percent(1))],
              rows: flow.runs.map { run in
                  [.text("\(run.configuration)"), .number(run.atInitialisation[0]), .number(run.firstToLastAtInitialisation),
                   .number(run.firstToLastAfterTraining), .number(run.finalLoss), .number(run.finalAccuracy)]
              })
    }

    /// Final loss, accuracy, steps to the threshold and time, mean ± std over seeds.
    public static func activationComparison(_ comparison: Experiments.ActivationComparison) -> Table {
        func estimate(_ values: [Double]) -> Value {
            let statistics = Statistics(values)
            return .estimate(mean: statistics.mean, deviation: statistics.standardDeviation)
        }
        return Table(caption: "\(comparison.task), \(comparison.steps) steps, mean ± std over \(comparison.runs.first?.seeds.count ?? 0) seeds",
                     columns: [Column("activation", alignment: .start), Column("final loss", format: .fixed(3)), Column("accuracy", format: .fixed(3)),
                               Column("steps to loss ≤ \(comparison.lossThreshold)", format: .fixed(0)), Column("reached", alignment: .right),
                               Column("seconds", format: .fixed(2))],
                     rows: comparison.runs.map { run in
                         let reached = run.stepsToThreshold.compactMap { $0 }.map(Double.init)
                         return [.text(run.activation.name), estimate(run.finalLoss), estimate(run.finalAccuracy),
                                 reached.isEmpty ? .missing : estimate(reached), .text("\(reached.count) of \(run.seeds.count)"), estimate(run.seconds)]
                     })
    }

    /// Probability sums, cross-entropy, perplexity and calibration per output layer, before
    /// training, after it on the examples trained on, and on held-out examples when there are some.
    public static func outputComparison(_ comparison: Experiments.OutputComparison) -> Table {
        var rows: [[Value]] = []
        for (index, output) in comparison.outputs.enumerated() {
            let name = output == .softmaxCrossEntropy ? "softmax" : "sigmoids"
            var parts = [("initial", comparison.atInitialisation[index]), ("trained", comparison.training[index])]
            if index < comparison.validation.count { parts.append(("held out", comparison.validation[index])) }
            for (when, evaluation) in parts {
                let range = NumberFormat.significant(3).string(evaluation.smallestProbabilitySum) + "–"
                    + NumberFormat.significant(3).string(evaluation.largestProbabilitySum)
                rows.append([.text(name), .text(when), .number(evaluation.meanProbabilitySum), .text(range),
                             .number(evaluation.crossEntropy), .number(evaluation.normalisedCrossEntropy), .number(evaluation.normalisedPerplexity),
                             .number(evaluation.accuracy), .number(evaluation.expectedCalibrationError)])
            }
        }
        return Table(caption: "Softmax against independent sigmoids: \(comparison.task); −ln p(y) in nats as the layer gives p, then "
                         + "normalised to sum to one (uniform: \(NumberFormat.fixed(3).string(comparison.uniformLoss)))",
                     columns: [Column("output", alignment: .start), Column("model", alignment: .start), Column("mean Σp", format: .significant(4)),
                               Column("Σp range", alignment: .right), Column("−ln p(y)", format: .fixed(3)), Column("normalised", format: .fixed(3)),
                               Column("perplexity", format: .significant(4)), Column("accuracy", format: .fixed(3)), Column("ECE", format: .fixed(3))],
                     rows: rows)
    }

    /// Parameters, losses, held-out accuracy, steps to the threshold and time per block, mean ± std over seeds.
    public static func blockComparison(_ comparison: Experiments.BlockComparison) -> Table {
        func estimate(_ values: [Double]) -> Value {
            let statistics = Statistics(values)
            return .estimate(mean: statistics.mean, deviation: statistics.standardDeviation)
        }
        return Table(caption: "\(comparison.task), \(comparison.steps) steps (ln V = \(NumberFormat.fixed(3).string(comparison.uniformLoss)))",
                     columns: [Column("block", alignment: .start), Column("parameters", format: .integer), Column("training loss", format: .fixed(3)),
                               Column("held-out loss", format: .fixed(3)), Column("held-out accuracy", format: .fixed(3)),
                               Column("steps to loss ≤ \(comparison.lossThreshold)", format: .fixed(0)), Column("reached", alignment: .right),
                               Column("seconds", format: .fixed(2))],
                     rows: comparison.runs.map { run in
                         let reached = run.stepsToThreshold.compactMap { $0 }.map(Double.init)
                         return [.text("\(run.block)"), .number(Double(run.parameterCount)), estimate(run.trainingLoss), estimate(run.validationLoss),
                                 estimate(run.validationAccuracy), reached.isEmpty ? .missing : estimate(reached),
                                 .text("\(reached.count) of \(run.seeds.count)"), estimate(run.seconds)]
                     })
    }
}
