import DaftarActivations
@_implementationOnly import RealModule

/// What training minimises, computed from a batch's outputs (logits, for the classification
/// losses) and targets, together with its gradient with respect to the outputs.
///
/// Targets are a matrix of the outputs' shape: values for regression, one-hot rows (or
/// probabilities) for classes, 0 or 1 for a single binary output. A `Dataset` with labels
/// makes them (`Dataset.targets(width:)`). Losses are means over the batch, as PyTorch's
/// default `reduction='mean'` is; each is summed in Double.
public enum Loss: Sendable, Hashable, CustomStringConvertible {
    /// `nn.MSELoss`: the mean over every element of (output − target)².
    case meanSquaredError
    /// `nn.BCEWithLogitsLoss`: the mean over every element of
    /// `max(z, 0) − z·y + log(1 + e^(−|z|))`, stable for any logit z.
    case binaryCrossEntropy
    /// `nn.CrossEntropyLoss` on logits: per example `logsumexp(z) − Σⱼ yⱼzⱼ` (for targets that
    /// sum to one), the log-sum-exp taken after subtracting the row's maximum; mean over the batch.
    case softmaxCrossEntropy
    /// One-vs-rest: an independent binary cross-entropy per class on the logits, summed over the
    /// classes and averaged over the batch — the output layer the founding document argues
    /// against, on the same scale as softmax cross-entropy.
    case independentSigmoids

    public var description: String {
        switch self {
        case .meanSquaredError: "meanSquaredError"
        case .binaryCrossEntropy: "binaryCrossEntropy"
        case .softmaxCrossEntropy: "softmaxCrossEntropy"
        case .independentSigmoids: "independentSigmoids"
        }
    }

    /// The loss of `output` against `targets`, and ∂loss/∂output written into `gradient`
    /// (resized to the output's shape; no allocation once it has that shape).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func evaluate<Scalar>(output: RowMajorMatrix<Scalar>, targets: RowMajorMatrix<Scalar>,
                                 gradient: inout RowMajorMatrix<Scalar>) -> Double {
        precondition(output.shape == targets.shape,
                     "\(self): outputs of \(output.rows)×\(output.columns) but targets of \(targets.rows)×\(targets.columns)")
        gradient.resize(rows: output.rows, columns: output.columns)
        guard output.rows > 0 else { return 0 }
        let rows = output.rows, columns = output.columns
        return output.withUnsafeBufferPointer { z in
            targets.withUnsafeBufferPointer { y in
                gradient.withUnsafeMutableBufferPointer { g in
                    switch self {
                    case .meanSquaredError:
                        return Self.meanSquaredError(z, y, g, scale: 1 / Double(rows * columns))
                    case .binaryCrossEntropy:
                        return Self.sigmoidCrossEntropy(z, y, g, scale: 1 / Double(rows * columns))
                    case .independentSigmoids:
                        return Self.sigmoidCrossEntropy(z, y, g, scale: 1 / Double(rows))
                    case .softmaxCrossEntropy:
                        return Self.softmaxCrossEntropy(z, y, g, rows: rows, columns: columns)
                    }
                }
            }
        }
    }

    /// The loss alone.
    public func value<Scalar>(output: RowMajorMatrix<Scalar>, targets: RowMajorMatrix<Scalar>) -> Double {
        var gradient = RowMajorMatrix<Scalar>()
        return evaluate(output: output, targets: targets, gradient: &gradient)
    }

    private static func meanSquaredError<Scalar: TrainingScalar>(_ z: UnsafeBufferPointer<Scalar>, _ y: UnsafeBufferPointer<Scalar>,
                                                                 _ g: UnsafeMutableBufferPointer<Scalar>, scale: Double) -> Double {
        var sum = 0.0
        let twice = Scalar(2 * scale)
        for i in z.indices {
            let difference = z[i] - y[i]
            sum += Double(difference) * Double(difference)
            g[i] = twice * difference
        }
        return sum * scale
    }

    /// Σ (max(z, 0) − z·y + log1p(e^(−|z|)))·scale, gradient (σ(z) − y)·scale; σ from the
    /// engine's kernel, written into the gradient first.
    private static func sigmoidCrossEntropy<Scalar: TrainingScalar>(_ z: UnsafeBufferPointer<Scalar>, _ y: UnsafeBufferPointer<Scalar>,
                                                                    _ g: UnsafeMutableBufferPointer<Scalar>, scale: Double) -> Double {
        Scalar.activate(.sigmoid, z, into: g)
        var sum = 0.0
        let factor = Scalar(scale)
        for i in z.indices {
            let logit = Double(z[i]), target = Double(y[i])
            sum += max(logit, 0) - logit * target + Double.log(onePlus: Double.exp(-abs(logit)))
            g[i] = (g[i] - y[i]) * factor
        }
        return sum * scale
    }

    /// Per row: lse(z)·Σy − Σ yz; gradient (softmax(z)·Σy − y) / rows, softmax from the engine.
    private static func softmaxCrossEntropy<Scalar: TrainingScalar>(_ z: UnsafeBufferPointer<Scalar>, _ y: UnsafeBufferPointer<Scalar>,
                                                                    _ g: UnsafeMutableBufferPointer<Scalar>, rows: Int, columns: Int) -> Double {
        Scalar.softmaxRows(z, rowLength: columns, into: g)
        var sum = 0.0
        let factor = Scalar(1 / Double(rows))
        for row in 0..<rows {
            let start = row * columns
            var largest = Double(z[start])
            for j in start..<start + columns { largest = max(largest, Double(z[j])) }
            var exponentials = 0.0, targetSum = 0.0, dot = 0.0
            for j in start..<start + columns {
                exponentials += Double.exp(Double(z[j]) - largest)
                targetSum += Double(y[j])
                dot += Double(y[j]) * Double(z[j])
            }
            sum += (largest + Double.log(exponentials)) * targetSum - dot
            let mass = Scalar(targetSum)
            for j in start..<start + columns { g[j] = (g[j] * mass - y[j]) * factor }
        }
        return sum / Double(rows)
    }
}
