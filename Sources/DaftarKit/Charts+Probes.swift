/// Charts of what `fit(…, record:every:)` read, in one line each: per-layer series against the step.
extension LineChart {
    /// One line per layer of `values` (`[layer][reading]`, as `TrainingProbes` keeps them) against `steps`.
    public static func probes(_ values: [[Double]], steps: [Int], layers: [String], title: String, y: Axis) -> LineChart {
        let x = steps.map(Double.init)
        let series = zip(layers, values).map { LineSeries($0, x: x, y: $1, markers: steps.count <= 30) }
        return LineChart(title: title, series: series, x: Axis("step"), y: y)
    }

    /// Each weight layer's gradient norm over training, on a logarithmic axis.
    public static func gradientNorms(over probes: TrainingProbes, title: String? = nil) -> LineChart {
        .probes(probes.gradientNorms, steps: probes.steps, layers: probes.weightLayerNames, title: title ?? "Gradient norm per layer during training",
                y: Axis("‖∂loss/∂W‖", scale: .logarithmic))
    }

    /// Each activation layer's mean output with a band of ± one standard deviation (Glorot and
    /// Bengio 2010, Fig. 2).
    public static func activationStatistics(_ probes: TrainingProbes, title: String? = nil) -> LineChart {
        let x = probes.steps.map(Double.init)
        let series = probes.activationLayerNames.indices.map { layer in
            let means = probes.activationMeans[layer], deviations = probes.activationDeviations[layer]
            return LineSeries(probes.activationLayerNames[layer], points: zip(x, means).map { Point(x: $0, y: $1) },
                              band: (zip(means, deviations).map { $0 - $1 }, zip(means, deviations).map { $0 + $1 }))
        }
        return LineChart(title: title ?? "Activations per layer: mean ± standard deviation", series: series,
                         x: Axis("step"), y: Axis("activation value"))
    }

    /// Each activation layer's share of saturated units (|f′| below the threshold) over training.
    public static func saturation(_ probes: TrainingProbes, title: String? = nil) -> LineChart {
        .probes(probes.saturatedFractions, steps: probes.steps, layers: probes.activationLayerNames,
                title: title ?? "Saturated units (|f′| < \(probes.saturationThreshold) · sup |f′|)", y: Axis("fraction of units", domain: 0...1))
    }

    /// Each activation layer's share of dead units (f′ = 0 on the whole batch) over training.
    public static func deadUnits(_ probes: TrainingProbes, title: String? = nil) -> LineChart {
        .probes(probes.deadFractions, steps: probes.steps, layers: probes.activationLayerNames,
                title: title ?? "Dead units (f′ = 0 on every example)", y: Axis("fraction of units", domain: 0...1))
    }

    /// Each weight layer's same-sign fraction of weight updates over training (1: all together).
    public static func updateSigns(_ probes: TrainingProbes, title: String? = nil) -> LineChart {
        .probes(probes.sameSignFractions, steps: probes.steps, layers: probes.weightLayerNames,
                title: title ?? "Share of a neuron's weight updates with one sign", y: Axis("same-sign fraction", domain: 0.4...1))
    }

    /// The distribution of each activation layer's outputs at one reading (the last by default),
    /// as the share of values per bin.
    public static func activationHistograms(_ probes: TrainingProbes, reading: Int? = nil, title: String? = nil) -> LineChart {
        let index = reading ?? probes.steps.count - 1
        let series = probes.activationLayerNames.indices.map { layer in
            let density = probes.activationHistograms[layer][index].density
            return LineSeries(probes.activationLayerNames[layer], x: density.centres, y: density.fractions)
        }
        return LineChart(title: title ?? "Activation values at step \(probes.steps[index])", series: series,
                         x: Axis("activation value"), y: Axis("share of values per bin"))
    }
}

/// The mean of each value and the `window − 1` before it (fewer at the start).
func smoothed(_ values: [Double], window: Int) -> [Double] {
    guard window > 1 else { return values }
    var result: [Double] = [], sum = 0.0
    result.reserveCapacity(values.count)
    for (index, value) in values.enumerated() {
        sum += value
        if index >= window { sum -= values[index - window] }
        result.append(sum / Double(min(index + 1, window)))
    }
    return result
}
