/// Charts of the training engine in one line: a run's loss and accuracy, per-layer gradients.
extension LineChart {
    /// Loss and accuracy of `history` against the step, each averaged over a window of steps
    /// (about a hundredth of the run, named in the legend) so that mini-batch noise does not hide
    /// the trend; `smoothing: 1` plots every step as recorded.
    public static func training(_ history: TrainingHistory, smoothing: Int? = nil, title: String? = nil) -> LineChart {
        let window = max(1, smoothing ?? history.steps.count / 100)
        let suffix = window > 1 ? " (mean of \(window) steps)" : ""
        let steps = history.steps.map(Double.init)
        var series = [LineSeries("loss\(suffix)", x: steps, y: smoothed(history.loss, window: window))]
        if !history.accuracy.isEmpty {
            series.append(LineSeries("accuracy\(suffix)", x: steps, y: smoothed(history.accuracy, window: window)))
        }
        return LineChart(title: title ?? "Training: \(history.lossName)", series: series,
                         x: Axis("step"), y: Axis(history.accuracy.isEmpty ? "loss" : "loss, accuracy"))
    }

    /// The Frobenius norm of each dense layer's weight gradient against its depth (first layer
    /// 1), on a logarithmic axis so that vanishing gradients show as a slope.
    public static func gradientNorms(_ norms: [Double], name: String = "‖∂W‖", title: String? = nil) -> LineChart {
        gradientNorms([(name, norms)], title: title)
    }

    /// Several networks' per-layer gradient norms on one logarithmic axis.
    public static func gradientNorms(_ runs: [(name: String, norms: [Double])], title: String? = nil) -> LineChart {
        let series = runs.map { run in
            LineSeries(run.name, x: run.norms.indices.map { Double($0 + 1) }, y: run.norms, markers: run.norms.count <= 30)
        }
        return LineChart(title: title ?? "Gradient norm per layer", series: series,
                         x: Axis("layer (1 = first)"), y: Axis("Frobenius norm of ∂loss/∂W", scale: .logarithmic))
    }
}
