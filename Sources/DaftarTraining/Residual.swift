/// A residual block (He et al. 2016): y = x + f(x), with f any stack of layers that keeps the width.
///
/// Why: the identity path carries the gradient past f unchanged (∂y/∂x = I + ∂f/∂x), so however
/// small f's derivative is — a sigmoid's at most ¼ — the layers below still learn; it is what
/// lets Transformers stack a hundred blocks. The block keeps the values between its layers in
/// its own buffers, resized in place, as a network does.
public struct Residual<Scalar: TrainingScalar>: Layer {
    /// f's layers, first to last.
    public var layers: [any Layer<Scalar>]
    /// values[0] is the input, values[i + 1] the output of layer i.
    private var values: [RowMajorMatrix<Scalar>] = []
    private var gradient = RowMajorMatrix<Scalar>(), spareGradient = RowMajorMatrix<Scalar>()

    public var inputWidth: Int { layers.first?.inputWidth ?? 0 }
    public var outputWidth: Int { inputWidth }

    /// x + f(x) for f the given layers, which must map a width to itself.
    public init(_ layers: [any Layer<Scalar>]) {
        precondition(!layers.isEmpty, "a residual block needs at least one layer")
        for (previous, next) in zip(layers, layers.dropFirst()) {
            precondition(previous.outputWidth == next.inputWidth,
                         "a layer of \(previous.outputWidth) outputs followed by one of \(next.inputWidth) inputs")
        }
        precondition(layers.last!.outputWidth == layers.first!.inputWidth,
                     "a residual block maps a width to itself: \(layers.first!.inputWidth) in, \(layers.last!.outputWidth) out")
        self.layers = layers
    }

    /// The input and output of layer `index` in the last forward pass, for instruments (the
    /// first layer's input is released after each pass, so it is not offered).
    func valuesAround(layer index: Int) -> (input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>)? {
        index > 0 && index + 1 < values.count ? (values[index], values[index + 1]) : nil
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func forward(_ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>) {
        precondition(input.columns == inputWidth, "a residual block of width \(inputWidth) given \(input.columns) values per example")
        if values.count != layers.count + 1 { values = Array(repeating: RowMajorMatrix(), count: layers.count + 1) }
        values[0] = input
        for index in layers.indices {
            var next = take(&values[index + 1])
            layers[index].forward(values[index], into: &next)
            values[index + 1] = next
        }
        output.resize(rows: input.rows, columns: inputWidth)
        input.withUnsafeBufferPointer { x in
            values[layers.count].withUnsafeBufferPointer { f in
                output.withUnsafeMutableBufferPointer { y in for i in y.indices { y[i] = x[i] + f[i] } }
            }
        }
        // Holding on to the network's buffer would make its next in-place write copy it.
        values[0] = RowMajorMatrix()
    }

    /// ∂x = ∂y + (∂f/∂x)ᵀ·∂y: f's backward pass from ∂y, plus ∂y itself through the identity.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func backward(input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>,
                                  outputGradient: RowMajorMatrix<Scalar>,
                                  inputGradient: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool) {
        precondition(values.count == layers.count + 1, "a residual block's backward pass before its forward pass")
        values[0] = input
        var current = take(&gradient), spare = take(&spareGradient)
        current.resize(rows: outputGradient.rows, columns: outputGradient.columns)
        current.withUnsafeMutableBufferPointer { c in outputGradient.withUnsafeBufferPointer { g in for i in c.indices { c[i] = g[i] } } }
        for index in layers.indices.reversed() {
            layers[index].backward(input: values[index], output: values[index + 1], outputGradient: current,
                                   inputGradient: &spare, needsInputGradient: index > 0 || needsInputGradient)
            swap(&current, &spare)
        }
        if needsInputGradient {
            inputGradient.resize(rows: input.rows, columns: inputWidth)
            inputGradient.withUnsafeMutableBufferPointer { dx in
                current.withUnsafeBufferPointer { df in
                    outputGradient.withUnsafeBufferPointer { dy in for i in dx.indices { dx[i] = dy[i] + df[i] } }
                }
            }
        }
        gradient = current
        spareGradient = spare
        values[0] = RowMajorMatrix()
    }

    public mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void) {
        for index in layers.indices { layers[index].visitParameters(body) }
    }
}
