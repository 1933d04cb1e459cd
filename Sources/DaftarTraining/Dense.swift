/// A fully connected layer: y = x·W + b for a batch x (one example per row).
///
/// W is stored fanIn × fanOut (row i holds the weights leaving input i), the transpose of
/// PyTorch's `nn.Linear.weight`, so the forward product needs no transpose; the backward
/// products transpose through gemm's flags: ∂W = xᵀ·∂y, ∂x = ∂y·Wᵀ, ∂b = Σ over the batch of ∂y.
public struct Dense<Scalar: TrainingScalar>: Layer {
    /// fanIn × fanOut.
    public var weights: RowMajorMatrix<Scalar>
    /// 1 × fanOut.
    public var bias: RowMajorMatrix<Scalar>
    /// ∂loss/∂weights from the last backward pass.
    public private(set) var weightGradient: RowMajorMatrix<Scalar>
    /// ∂loss/∂bias from the last backward pass.
    public private(set) var biasGradient: RowMajorMatrix<Scalar>

    public var inputWidth: Int { weights.rows }
    public var outputWidth: Int { weights.columns }

    /// A layer with the given weights (fanIn × fanOut) and bias (1 × fanOut, zero by default).
    public init(weights: RowMajorMatrix<Scalar>, bias: RowMajorMatrix<Scalar>? = nil) {
        let bias = bias ?? RowMajorMatrix(rows: 1, columns: weights.columns)
        precondition(bias.rows == 1 && bias.columns == weights.columns,
                     "a bias of \(bias.rows)×\(bias.columns) for \(weights.columns) outputs")
        self.weights = weights
        self.bias = bias
        weightGradient = RowMajorMatrix(rows: weights.rows, columns: weights.columns)
        biasGradient = RowMajorMatrix(rows: 1, columns: weights.columns)
    }

    /// A layer from `fanIn` to `fanOut` values, weights drawn by `initializer`, bias zero.
    public init(_ fanIn: Int, _ fanOut: Int, initializer: Initializer, using generator: inout PCG32) {
        self.init(weights: initializer.weights(fanIn: fanIn, fanOut: fanOut, using: &generator))
    }

    /// A layer from `fanIn` to `fanOut` values, weights drawn by `initializer` from `seed`.
    public init(_ fanIn: Int, _ fanOut: Int, initializer: Initializer, seed: Int) {
        var generator = PCG32(seed: seed)
        self.init(fanIn, fanOut, initializer: initializer, using: &generator)
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func forward(_ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>) {
        precondition(input.columns == inputWidth, "Dense(\(inputWidth) → \(outputWidth)) given \(input.columns) values per example")
        output.resize(rows: input.rows, columns: outputWidth)
        output.fillRows(with: bias)
        RowMajorMatrix.multiply(input, weights, into: &output, beta: 1)
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func backward(input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>,
                                  outputGradient: RowMajorMatrix<Scalar>,
                                  inputGradient: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool) {
        precondition(outputGradient.rows == input.rows && outputGradient.columns == outputWidth,
                     "Dense(\(inputWidth) → \(outputWidth)): a gradient of \(outputGradient.rows)×\(outputGradient.columns) for \(input.rows) examples")
        RowMajorMatrix.multiply(input, outputGradient, transposeA: true, into: &weightGradient)
        outputGradient.columnSums(into: &biasGradient)
        if needsInputGradient {
            RowMajorMatrix.multiply(outputGradient, weights, transposeB: true, into: &inputGradient)
        }
    }

    public mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void) {
        body(&weights, weightGradient)
        body(&bias, biasGradient)
    }
}
