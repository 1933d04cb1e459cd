import DaftarActivations

/// Taking the instruments' readings from a network after a forward and backward pass.
extension NeuralNetwork {
    /// An activation inside the network: its function and the values around it in the last pass.
    struct ActivationSite {
        var name: String
        var activation: Activation
        var preactivations: RowMajorMatrix<Scalar>
        var outputs: RowMajorMatrix<Scalar>
    }

    /// Every activation layer and gate, first to last, with its last inputs and outputs.
    func activationSites() -> [ActivationSite] {
        var sites: [ActivationSite] = []
        func visit(_ layer: any Layer<Scalar>, input: RowMajorMatrix<Scalar>?, output: RowMajorMatrix<Scalar>?) {
            switch layer {
            case let activation as ActivationLayer<Scalar>:
                if let input, let output { sites.append(ActivationSite(name: activation.activation.name, activation: activation.activation,
                                                                       preactivations: input, outputs: output)) }
            case let residual as Residual<Scalar>:
                for index in residual.layers.indices {
                    let around = residual.valuesAround(layer: index)
                    visit(residual.layers[index], input: around?.input, output: around?.output)
                }
            case let gated as GatedFeedForward<Scalar>:
                sites.append(ActivationSite(name: "\(gated.unit.name) gate", activation: gated.unit.gate,
                                            preactivations: gated.projection.gatePreactivations, outputs: gated.projection.gateValues))
            case let gate as SigmoidGate<Scalar>:
                sites.append(ActivationSite(name: "sigmoid gate", activation: .sigmoid,
                                            preactivations: gate.projection.gatePreactivations, outputs: gate.projection.gateValues))
            default:
                break
            }
        }
        for index in layers.indices where values.count == layers.count + 1 {
            visit(layers[index], input: values[index], output: values[index + 1])
        }
        return sites
    }

    /// Appends one reading of `instruments` to `probes`, from the last forward and backward pass.
    func read(_ instruments: Instruments, step: Int, into probes: inout TrainingProbes) {
        let weights = weightLayers
        let sites = instruments.isDisjoint(with: [.activations, .saturation]) ? [] : activationSites()
        if probes.steps.isEmpty {
            probes.weightLayerNames = weights.indices.map { "dense \($0 + 1)" }
            var seen: [String: Int] = [:]
            probes.activationLayerNames = sites.map { site in
                seen[site.name, default: 0] += 1
                return "\(site.name) \(seen[site.name]!)"
            }
            let empty = { (count: Int) in Array(repeating: [Double](), count: count) }
            if instruments.contains(.gradientNorms) { probes.gradientNorms = empty(weights.count) }
            if instruments.contains(.updateSigns) { probes.sameSignFractions = empty(weights.count) }
            if instruments.contains(.activations) {
                probes.activationMeans = empty(sites.count)
                probes.activationDeviations = empty(sites.count)
                probes.activationHistograms = Array(repeating: [], count: sites.count)
            }
            if instruments.contains(.saturation) {
                probes.saturatedFractions = empty(sites.count)
                probes.deadFractions = empty(sites.count)
            }
        }
        probes.steps.append(step)
        for (index, layer) in weights.enumerated() {
            if instruments.contains(.gradientNorms) { probes.gradientNorms[index].append(layer.weightGradient.frobeniusNorm) }
            if instruments.contains(.updateSigns) { probes.sameSignFractions[index].append(Self.sameSignFraction(layer.weightGradient)) }
        }
        for (index, site) in sites.enumerated() {
            if instruments.contains(.activations) {
                let values = site.outputs.elements
                let mean = values.reduce(0.0) { $0 + Double($1) } / Double(max(1, values.count))
                let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(max(1, values.count))
                probes.activationMeans[index].append(mean)
                probes.activationDeviations[index].append(variance.squareRoot())
                probes.activationHistograms[index].append(ValueHistogram(values))
            }
            if instruments.contains(.saturation) {
                let (saturated, dead) = Self.saturation(site, threshold: probes.saturationThreshold)
                probes.saturatedFractions[index].append(saturated)
                probes.deadFractions[index].append(dead)
            }
        }
    }

    /// The mean over a weight gradient's columns (neurons) of the share of the column's nonzero
    /// entries that have the column's majority sign.
    static func sameSignFraction(_ gradient: RowMajorMatrix<Scalar>) -> Double {
        var total = 0.0, neurons = 0
        for column in 0..<gradient.columns {
            var positive = 0, negative = 0
            for row in 0..<gradient.rows {
                let value = gradient.elements[row * gradient.columns + column]
                if value > 0 { positive += 1 } else if value < 0 { negative += 1 }
            }
            guard positive + negative > 0 else { continue }
            total += Double(max(positive, negative)) / Double(positive + negative)
            neurons += 1
        }
        return neurons == 0 ? .nan : total / Double(neurons)
    }

    /// (fraction of values with |f′| < threshold·sup|f′|, fraction of units with f′ = 0 on every example).
    static func saturation(_ site: ActivationSite, threshold: Double) -> (saturated: Double, dead: Double) {
        let x = site.preactivations, limit = threshold * supremumOfDerivative(site.activation)
        guard x.rows > 0 && x.columns > 0 else { return (.nan, .nan) }
        var saturated = 0, alive = Array(repeating: false, count: x.columns)
        for row in 0..<x.rows {
            for column in 0..<x.columns {
                let slope = abs(site.activation.derivative(Double(x.elements[row * x.columns + column])))
                if slope < limit { saturated += 1 }
                if slope != 0 { alive[column] = true }
            }
        }
        return (Double(saturated) / Double(x.elements.count), Double(alive.filter { !$0 }.count) / Double(x.columns))
    }

    /// sup |f′|: the catalogue's value, or for an unknown activation the largest |f′| on a grid over [−10, 10].
    static func supremumOfDerivative(_ activation: Activation) -> Double {
        let known = activation.properties.supremumOfDerivative
        if known.isFinite && known > 0 { return known }
        return stride(from: -10.0, through: 10.0, by: 0.01).map { abs(activation.derivative($0)) }.filter(\.isFinite).max() ?? 1
    }
}
