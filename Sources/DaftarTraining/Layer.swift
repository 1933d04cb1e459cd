/// One stage of a network: a function of a batch (one example per row) with a backward pass.
///
/// The network owns the values between layers, so a layer's backward pass is handed its own
/// input and output again instead of keeping copies; what else backward needs (a LayerNorm's
/// means and inverse deviations, an LSTM gate's activations) the layer stores in its own
/// buffers during `forward`, reused step after step. Every buffer is resized in place
/// (`RowMajorMatrix.resize`), so a step allocates nothing once the batch size is known.
///
/// A layer with parameters keeps each parameter tensor beside its gradient, and hands both to
/// optimisers and checks through `visitParameters`, always in the same order.
public protocol Layer<Scalar>: Sendable {
    associatedtype Scalar: TrainingScalar

    /// Values per example going in (the input's columns).
    var inputWidth: Int { get }
    /// Values per example coming out (the output's columns).
    var outputWidth: Int { get }

    /// output ← f(input), one row per example; `output` is resized to input.rows × outputWidth.
    mutating func forward(_ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>)

    /// Given the last forward's `input` and `output` and ∂loss/∂output, stores ∂loss/∂parameter
    /// for every parameter (replacing the previous gradients) and, when `needsInputGradient`,
    /// writes ∂loss/∂input into `inputGradient` (resized to the input's shape). The first layer
    /// of a network is not asked for its input gradient, which saves its largest product.
    mutating func backward(input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>,
                           outputGradient: RowMajorMatrix<Scalar>,
                           inputGradient: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool)

    /// Calls `body` with each parameter tensor and its latest gradient, in a fixed order.
    mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void)
}

extension Layer {
    /// A layer without parameters visits nothing.
    public mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void) {}

    /// f(input) as a new matrix: a convenience for cells and tests, not the training path.
    public mutating func callAsFunction(_ input: RowMajorMatrix<Scalar>) -> RowMajorMatrix<Scalar> {
        var output = RowMajorMatrix<Scalar>()
        forward(input, into: &output)
        return output
    }

    /// The number of trainable values.
    public var parameterCount: Int {
        var copy = self
        var count = 0
        copy.visitParameters { parameter, _ in count += parameter.elements.count }
        return count
    }
}
