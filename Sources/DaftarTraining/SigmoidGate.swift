import DaftarActivations

/// An LSTM-style gate: y = σ(x·W + b) ⊙ c(x·V + d), a candidate c (tanh, as an LSTM's cell
/// input) let through by a sigmoid gate.
///
/// Why: this is where the sigmoid survives in modern networks — as a switch between 0 (closed)
/// and 1 (open), where a bounded, positive output is the point rather than a defect (Hochreiter
/// and Schmidhuber 1997; PyTorch's `nn.LSTM` gates i, f, o). `gateBias` sets the gate's initial
/// opening (an LSTM's forget gate is often started at +1).
public struct SigmoidGate<Scalar: TrainingScalar>: Layer {
    var projection: GatedProjection<Scalar>

    public var inputWidth: Int { projection.inputWidth }
    public var outputWidth: Int { projection.outputWidth }
    /// The candidate's activation.
    public var candidate: Activation { projection.valueActivation }
    /// The gate's projection W, b and the candidate's V, d.
    public var gate: Dense<Scalar> { projection.gate }
    public var value: Dense<Scalar> { projection.value }
    /// The last forward pass's gate openings σ(x·W + b), one row per example.
    public var gateValues: RowMajorMatrix<Scalar> { projection.gateValues }

    /// A gate from `inputWidth` to `outputWidth` values, W then V drawn by `initializer`, the
    /// gate's bias `gateBias` and the candidate's zero.
    public init(inputWidth: Int, outputWidth: Int, candidate: Activation = .tanh, gateBias: Double = 0,
                initializer: Initializer = .xavierUniform, using generator: inout PCG32) {
        let weights: RowMajorMatrix<Scalar> = initializer.weights(fanIn: inputWidth, fanOut: outputWidth, using: &generator)
        let gate = Dense(weights: weights, bias: RowMajorMatrix(rows: 1, columns: outputWidth, repeating: Scalar(gateBias)))
        let value = Dense<Scalar>(inputWidth, outputWidth, initializer: initializer, using: &generator)
        projection = GatedProjection(gate: gate, value: value, gateActivation: .sigmoid, valueActivation: candidate)
    }

    /// The same, drawn from `seed`.
    public init(inputWidth: Int, outputWidth: Int, candidate: Activation = .tanh, gateBias: Double = 0,
                initializer: Initializer = .xavierUniform, seed: Int) {
        var generator = PCG32(seed: seed)
        self.init(inputWidth: inputWidth, outputWidth: outputWidth, candidate: candidate, gateBias: gateBias,
                  initializer: initializer, using: &generator)
    }

    public mutating func forward(_ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>) {
        projection.forward(input, into: &output)
    }

    public mutating func backward(input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>,
                                  outputGradient: RowMajorMatrix<Scalar>,
                                  inputGradient: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool) {
        projection.backward(input: input, outputGradient: outputGradient, inputGradient: &inputGradient,
                            needsInputGradient: needsInputGradient)
    }

    public mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void) {
        projection.visitParameters(body)
    }
}
