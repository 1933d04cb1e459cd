import DaftarActivations

/// A stack of layers trained end to end, with the buffers one training step needs.
///
/// The values between layers and the two gradient buffers live here and are resized in place,
/// so a step of a fixed batch size allocates nothing after the first. Generic over the scalar
/// so that gradient checks run the same code in Double; `MLP` is the Float network cells train.
public struct NeuralNetwork<Scalar: TrainingScalar>: Sendable {
    /// The layers, first to last.
    public var layers: [any Layer<Scalar>]
    /// values[0] is the input batch, values[i + 1] the output of layer i.
    var values: [RowMajorMatrix<Scalar>] = []
    /// ∂loss/∂(current layer's output), and the buffer its input gradient goes to.
    var gradient = RowMajorMatrix<Scalar>(), spareGradient = RowMajorMatrix<Scalar>()
    /// The batch's targets, gathered in place.
    var targets = RowMajorMatrix<Scalar>()

    /// A network of the given layers, applied in order.
    public init(layers: [any Layer<Scalar>]) {
        for (previous, next) in zip(layers, layers.dropFirst()) {
            precondition(previous.outputWidth == next.inputWidth,
                         "a layer of \(previous.outputWidth) outputs followed by one of \(next.inputWidth) inputs")
        }
        self.layers = layers
    }

    /// A multilayer perceptron: `widths.count − 1` dense layers, `activation` between them and
    /// none after the last (its outputs are logits or values), weights drawn by `initializer`
    /// from `seed`, layer after layer, biases zero.
    public init(_ widths: [Int], activation: Activation = .relu, initializer: Initializer = .heNormal, seed: Int = 0) {
        precondition(widths.count >= 2 && widths.allSatisfy { $0 > 0 }, "an MLP needs at least two positive widths, got \(widths)")
        var generator = PCG32(seed: seed)
        var layers: [any Layer<Scalar>] = []
        for index in 0..<widths.count - 1 {
            layers.append(Dense<Scalar>(widths[index], widths[index + 1], initializer: initializer, using: &generator))
            if index < widths.count - 2 { layers.append(ActivationLayer<Scalar>(activation, width: widths[index + 1])) }
        }
        self.init(layers: layers)
    }

    /// Values per example going in.
    public var inputWidth: Int { layers.first?.inputWidth ?? 0 }
    /// Values per example coming out.
    public var outputWidth: Int { layers.last?.outputWidth ?? 0 }

    /// The dense layers, first to last.
    public var denseLayers: [Dense<Scalar>] { layers.compactMap { $0 as? Dense<Scalar> } }

    /// The outputs for `inputs`, one row per example (logits for the classification losses).
    ///
    /// Not mutating, so that a `let` network predicts: it runs on a copy, whose buffers are
    /// allocated for the call. Training steps reuse the network's own buffers instead.
    public func predict(_ inputs: RowMajorMatrix<Scalar>) -> RowMajorMatrix<Scalar> {
        var copy = self
        return copy.predictInPlace(inputs)
    }

    /// The same as `predict(_:)`, spelled as a layer's pass is.
    public func forward(_ inputs: RowMajorMatrix<Scalar>) -> RowMajorMatrix<Scalar> { predict(inputs) }

    /// The outputs for `inputs`, computed in the network's own buffers.
    mutating func predictInPlace(_ inputs: RowMajorMatrix<Scalar>) -> RowMajorMatrix<Scalar> {
        prepare()
        values[0] = inputs
        forwardPass()
        let output = values[layers.count]
        values[0] = RowMajorMatrix()
        return output
    }

    /// One forward and backward pass on `inputs` against `targets`: the loss, with every layer's
    /// parameter gradients stored (nothing is updated). Gradients are of the batch's mean loss.
    public mutating func computeGradients(inputs: RowMajorMatrix<Scalar>, targets: RowMajorMatrix<Scalar>, loss: Loss) -> Double {
        prepare()
        values[0] = inputs
        let value = forwardBackward(targets: targets, loss: loss)
        values[0] = RowMajorMatrix()
        return value
    }

    /// Makes sure there is a buffer between every pair of layers.
    mutating func prepare() {
        if values.count != layers.count + 1 { values = Array(repeating: RowMajorMatrix(), count: layers.count + 1) }
    }

    /// values[i + 1] ← layer i (values[i]), for every layer.
    mutating func forwardPass() {
        var values = take(&self.values)
        for index in layers.indices {
            var output = take(&values[index + 1])
            layers[index].forward(values[index], into: &output)
            values[index + 1] = output
        }
        self.values = values
    }

    /// A forward pass on values[0], the loss against `targets`, and the backward pass.
    mutating func forwardBackward(targets: RowMajorMatrix<Scalar>, loss: Loss) -> Double {
        forwardPass()
        var gradient = take(&self.gradient), spare = take(&spareGradient)
        let value = loss.evaluate(output: values[layers.count], targets: targets, gradient: &gradient)
        for index in layers.indices.reversed() {
            layers[index].backward(input: values[index], output: values[index + 1], outputGradient: gradient,
                                   inputGradient: &spare, needsInputGradient: index > 0)
            swap(&gradient, &spare)
        }
        self.gradient = gradient
        spareGradient = spare
        return value
    }
}

/// The Float network notebook cells train: `MLP([2, 64, 64, 2], activation: .relu, initializer: .heNormal, seed: 7)`.
public typealias MLP = NeuralNetwork<Float>

/// The value of `x`, leaving an empty value behind, so that the caller owns its storage alone
/// and can write it in place without a copy.
@inline(__always)
func take<T: TrainingScalar>(_ x: inout RowMajorMatrix<T>) -> RowMajorMatrix<T> {
    var taken = RowMajorMatrix<T>()
    swap(&taken, &x)
    return taken
}

@inline(__always)
func take<T: TrainingScalar>(_ x: inout [RowMajorMatrix<T>]) -> [RowMajorMatrix<T>] {
    var taken: [RowMajorMatrix<T>] = []
    swap(&taken, &x)
    return taken
}
