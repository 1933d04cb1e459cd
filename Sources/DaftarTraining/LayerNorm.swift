/// Layer normalisation (Ba, Kiros and Hinton 2016) as `torch.nn.LayerNorm`: each example's
/// values are centred and scaled to unit variance, then given a learned gain and bias.
///
/// ```
/// y = (x − mean(x)) / √(var(x) + ε) · gain + bias,  var the biased variance, ε = 1e−5
/// ```
/// Why: it keeps every layer's input at the same scale whatever the weights do, which (with
/// residual connections) is what lets deep Transformer stacks train; GPT-2 and LLaMA normalise
/// before each block. The per-example means and inverse deviations are kept for backward.
public struct LayerNorm<Scalar: TrainingScalar>: Layer {
    /// 1 × width, ones at first.
    public var gain: RowMajorMatrix<Scalar>
    /// 1 × width, zeros at first.
    public var bias: RowMajorMatrix<Scalar>
    public private(set) var gainGradient: RowMajorMatrix<Scalar>
    public private(set) var biasGradient: RowMajorMatrix<Scalar>
    /// Added to the variance: PyTorch's 1e−5.
    public var epsilon: Double
    /// The last forward's per-example mean and 1/√(var + ε).
    private var means: [Double] = [], inverseDeviations: [Double] = []

    public var inputWidth: Int { gain.columns }
    public var outputWidth: Int { gain.columns }

    /// A normalisation of `width` values per example, gain one and bias zero.
    public init(width: Int, epsilon: Double = 1e-5) {
        precondition(width > 0, "LayerNorm needs a positive width")
        gain = RowMajorMatrix(rows: 1, columns: width, repeating: 1)
        bias = RowMajorMatrix(rows: 1, columns: width)
        gainGradient = RowMajorMatrix(rows: 1, columns: width)
        biasGradient = RowMajorMatrix(rows: 1, columns: width)
        self.epsilon = epsilon
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func forward(_ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>) {
        precondition(input.columns == inputWidth, "LayerNorm of width \(inputWidth) given \(input.columns) values per example")
        output.resize(rows: input.rows, columns: inputWidth)
        if means.count != input.rows {
            means = Array(repeating: 0, count: input.rows)
            inverseDeviations = Array(repeating: 0, count: input.rows)
        }
        let n = inputWidth, epsilon = epsilon
        input.withUnsafeBufferPointer { x in
            gain.withUnsafeBufferPointer { g in
                bias.withUnsafeBufferPointer { b in
                    output.withUnsafeMutableBufferPointer { y in
                        for row in 0..<input.rows {
                            let start = row * n
                            var sum = 0.0
                            for j in 0..<n { sum += Double(x[start + j]) }
                            let mean = sum / Double(n)
                            var squares = 0.0
                            for j in 0..<n { let d = Double(x[start + j]) - mean; squares += d * d }
                            let inverse = 1 / (squares / Double(n) + epsilon).squareRoot()
                            means[row] = mean
                            inverseDeviations[row] = inverse
                            for j in 0..<n {
                                y[start + j] = Scalar((Double(x[start + j]) - mean) * inverse) * g[j] + b[j]
                            }
                        }
                    }
                }
            }
        }
    }

    /// With x̂ the normalised input and ĝ = ∂y·gain:
    /// ∂x = (ĝ − mean(ĝ) − x̂·mean(ĝ·x̂)) / √(var + ε), ∂gain = Σ ∂y·x̂, ∂bias = Σ ∂y.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func backward(input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>,
                                  outputGradient: RowMajorMatrix<Scalar>,
                                  inputGradient: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool) {
        precondition(outputGradient.shape == input.shape && means.count == input.rows, "LayerNorm: backward without its forward")
        let n = inputWidth
        if needsInputGradient { inputGradient.resize(rows: input.rows, columns: n) }
        gainGradient.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        biasGradient.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        input.withUnsafeBufferPointer { x in
            outputGradient.withUnsafeBufferPointer { dy in
                gain.withUnsafeBufferPointer { g in
                    gainGradient.withUnsafeMutableBufferPointer { dg in
                        biasGradient.withUnsafeMutableBufferPointer { db in
                            inputGradient.withUnsafeMutableBufferPointer { dx in
                                for row in 0..<input.rows {
                                    let start = row * n, mean = means[row], inverse = inverseDeviations[row]
                                    var sumG = 0.0, sumGX = 0.0
                                    for j in 0..<n {
                                        let normalised = (Double(x[start + j]) - mean) * inverse, upstream = Double(dy[start + j])
                                        dg[j] += Scalar(upstream * normalised)
                                        db[j] += dy[start + j]
                                        let scaled = upstream * Double(g[j])
                                        sumG += scaled
                                        sumGX += scaled * normalised
                                    }
                                    guard needsInputGradient else { continue }
                                    let meanG = sumG / Double(n), meanGX = sumGX / Double(n)
                                    for j in 0..<n {
                                        let normalised = (Double(x[start + j]) - mean) * inverse
                                        let scaled = Double(dy[start + j]) * Double(g[j])
                                        dx[start + j] = Scalar((scaled - meanG - normalised * meanGX) * inverse)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    public mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void) {
        body(&gain, gainGradient)
        body(&bias, biasGradient)
    }
}
