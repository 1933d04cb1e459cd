import DaftarTraining

/// Finite-difference checks in Double: the engine's backward passes against central differences
/// of the same forward code, h = 1e−6, compared by |a − n| / max(|a| + |n|, 0.01): near zero a difference keeps only
/// about 1e−9 of absolute accuracy (ε·|loss| / h).
enum GradientChecks {
    static let step = 1e-6

    /// The worst relative error of `layer`'s input and parameter gradients for
    /// L(x) = Σ R ⊙ layer(x) with random x and R, over every input and parameter.
    /// `checkInputs: false` checks the parameters only (an embedding's inputs are indices).
    static func worstError<L: Layer>(_ layer: L, batch: Int = 3, seed: Int = 1, inputs: DoubleMatrix? = nil,
                                     checkInputs: Bool = true) -> Double where L.Scalar == Double {
        var layer = layer
        let x = inputs ?? DoubleMatrix.randomNormal(rows: batch, columns: layer.inputWidth, seed: seed)
        let weights = DoubleMatrix.randomNormal(rows: x.rows, columns: layer.outputWidth, seed: seed + 1)
        var output = DoubleMatrix(), inputGradient = DoubleMatrix()
        layer.forward(x, into: &output)
        layer.backward(input: x, output: output, outputGradient: weights, inputGradient: &inputGradient, needsInputGradient: true)
        var analytic: [DoubleMatrix] = []
        layer.visitParameters { _, gradient in analytic.append(gradient) }

        func objective(_ layer: inout L, _ x: DoubleMatrix) -> Double {
            let y = layer(x)
            return zip(y.elements, weights.elements).reduce(0) { $0 + $1.0 * $1.1 }
        }
        var worst = 0.0
        for index in x.elements.indices where checkInputs {
            var plus = x, minus = x
            plus[index / x.columns, index % x.columns] += step
            minus[index / x.columns, index % x.columns] -= step
            let numeric = (objective(&layer, plus) - objective(&layer, minus)) / (2 * step)
            worst = max(worst, relativeError(inputGradient.elements[index], numeric))
        }
        for (slot, gradient) in analytic.enumerated() {
            for index in gradient.elements.indices {
                var plus = perturbed(layer, slot, index, step), minus = perturbed(layer, slot, index, -step)
                let numeric = (objective(&plus, x) - objective(&minus, x)) / (2 * step)
                worst = max(worst, relativeError(gradient.elements[index], numeric))
            }
        }
        return worst
    }

    /// The worst relative error of `loss`'s gradient with respect to the outputs.
    static func worstError(_ loss: Loss, output: DoubleMatrix, targets: DoubleMatrix) -> Double {
        var gradient = DoubleMatrix()
        _ = loss.evaluate(output: output, targets: targets, gradient: &gradient)
        var worst = 0.0
        for index in output.elements.indices {
            var plus = output, minus = output
            plus[index / output.columns, index % output.columns] += step
            minus[index / output.columns, index % output.columns] -= step
            let numeric = (loss.value(output: plus, targets: targets) - loss.value(output: minus, targets: targets)) / (2 * step)
            worst = max(worst, relativeError(gradient.elements[index], numeric))
        }
        return worst
    }

    static func relativeError(_ analytic: Double, _ numeric: Double) -> Double {
        abs(analytic - numeric) / max(abs(analytic) + abs(numeric), 1e-2)
    }

    /// `layer` with element `index` of parameter `slot` moved by `delta`.
    private static func perturbed<L: Layer>(_ layer: L, _ slot: Int, _ index: Int, _ delta: Double) -> L where L.Scalar == Double {
        var copy = layer
        var current = 0
        copy.visitParameters { parameter, _ in
            if current == slot { parameter[index / parameter.columns, index % parameter.columns] += delta }
            current += 1
        }
        return copy
    }
}
