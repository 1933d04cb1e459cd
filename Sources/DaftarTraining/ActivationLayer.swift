import DaftarActivations

/// An activation applied element by element: any `Activation`, custom ones included.
///
/// Forward and backward run the activation engine's buffer kernels (vectorised for sigmoid,
/// tanh, SiLU and GELU in Float); backward takes f′ at the layer's input, which the network
/// hands back, so the layer stores nothing.
public struct ActivationLayer<Scalar: TrainingScalar>: Layer {
    public var activation: Activation
    /// The width of the values it maps (input and output alike).
    public var width: Int

    public var inputWidth: Int { width }
    public var outputWidth: Int { width }

    public init(_ activation: Activation, width: Int) {
        self.activation = activation
        self.width = width
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func forward(_ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>) {
        precondition(input.columns == width, "\(activation.name) layer of width \(width) given \(input.columns) values per example")
        output.resize(rows: input.rows, columns: width)
        input.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { y in Scalar.activate(activation, x, into: y) }
        }
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func backward(input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>,
                                  outputGradient: RowMajorMatrix<Scalar>,
                                  inputGradient: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool) {
        guard needsInputGradient else { return }
        precondition(outputGradient.shape == input.shape, "\(activation.name) layer: gradient and input shapes differ")
        inputGradient.resize(rows: input.rows, columns: width)
        input.withUnsafeBufferPointer { x in
            outputGradient.withUnsafeBufferPointer { g in
                inputGradient.withUnsafeMutableBufferPointer { d in
                    Scalar.activationBackward(activation, input: x, upstream: g, into: d)
                }
            }
        }
    }
}
