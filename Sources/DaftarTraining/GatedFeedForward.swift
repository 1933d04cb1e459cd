import DaftarActivations

/// The gated feed-forward block of PaLM and LLaMA (Shazeer 2020): y = (act(x·W) ⊙ x·V)·W₂ with
/// act the gate of a GLU variant — σ (GLU), ReLU (ReGLU), GELU (GEGLU) or SiLU (SwiGLU).
///
/// Why: the elementwise product lets one projection switch the other on and off per feature,
/// and Shazeer found these variants beat the plain ReLU or GELU block at equal parameter count
/// (a hidden width ⅔ of the plain block's). The three projections are `Dense` layers whose
/// biases start at zero (the papers use none).
public struct GatedFeedForward<Scalar: TrainingScalar>: Layer {
    /// The variant: which activation gates.
    public let unit: GatedUnit
    var projection: GatedProjection<Scalar>
    /// The product's projection back to the output width (W₂).
    public var output: Dense<Scalar>
    private var hidden = RowMajorMatrix<Scalar>(), hiddenGradient = RowMajorMatrix<Scalar>()

    public var inputWidth: Int { projection.inputWidth }
    public var outputWidth: Int { output.outputWidth }
    /// The width of the gated product.
    public var hiddenWidth: Int { projection.outputWidth }

    /// A block from `inputWidth` through `hiddenWidth` gated features to `outputWidth` (the
    /// input's width by default), W, V and W₂ drawn by `initializer` in that order.
    public init(_ unit: GatedUnit, inputWidth: Int, hiddenWidth: Int, outputWidth: Int? = nil,
                initializer: Initializer = .xavierUniform, using generator: inout PCG32) {
        let gate = Dense<Scalar>(inputWidth, hiddenWidth, initializer: initializer, using: &generator)
        let value = Dense<Scalar>(inputWidth, hiddenWidth, initializer: initializer, using: &generator)
        self.unit = unit
        projection = GatedProjection(gate: gate, value: value, gateActivation: unit.gate, valueActivation: .identity)
        output = Dense(hiddenWidth, outputWidth ?? inputWidth, initializer: initializer, using: &generator)
    }

    /// The same, drawn from `seed`.
    public init(_ unit: GatedUnit, inputWidth: Int, hiddenWidth: Int, outputWidth: Int? = nil,
                initializer: Initializer = .xavierUniform, seed: Int) {
        var generator = PCG32(seed: seed)
        self.init(unit, inputWidth: inputWidth, hiddenWidth: hiddenWidth, outputWidth: outputWidth, initializer: initializer, using: &generator)
    }

    /// The gate projection W and the value projection V.
    public var gate: Dense<Scalar> { projection.gate }
    public var value: Dense<Scalar> { projection.value }

    public mutating func forward(_ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>) {
        projection.forward(input, into: &hidden)
        self.output.forward(hidden, into: &output)
    }

    public mutating func backward(input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>,
                                  outputGradient: RowMajorMatrix<Scalar>,
                                  inputGradient: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool) {
        self.output.backward(input: hidden, output: output, outputGradient: outputGradient,
                             inputGradient: &hiddenGradient, needsInputGradient: true)
        projection.backward(input: input, outputGradient: hiddenGradient, inputGradient: &inputGradient,
                            needsInputGradient: needsInputGradient)
    }

    public mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void) {
        projection.visitParameters(body)
        output.visitParameters(body)
    }
}
