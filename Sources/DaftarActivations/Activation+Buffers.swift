internal import DaftarFloatKernels

/// Forward and backward over contiguous Float and Double buffers, in place and out of place: what
/// the training engine calls. No allocation per element (none at all for the pointer forms); the
/// kind is switched on once per buffer for the piecewise-linear functions, whose per-element work
/// is a compare, and the loops are specialised here for Float and Double.
extension Activation {
    /// output[i] = f(input[i]); `output` may be the same memory as `input`.
    public func forward(_ input: UnsafeBufferPointer<Float>, into output: UnsafeMutableBufferPointer<Float>) {
        floatForward(input, output)
    }

    /// output[i] = f(input[i]); `output` may be the same memory as `input`.
    public func forward(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        forwardLoop(input, output)
    }

    /// buffer[i] = f(buffer[i]).
    public func forward(inPlace buffer: UnsafeMutableBufferPointer<Float>) {
        floatForward(UnsafeBufferPointer(buffer), buffer)
    }

    /// buffer[i] = f(buffer[i]).
    public func forward(inPlace buffer: UnsafeMutableBufferPointer<Double>) {
        forwardLoop(UnsafeBufferPointer(buffer), buffer)
    }

    /// gradient[i] = upstream[i]·f′(input[i]); `gradient` may be the same memory as `upstream`.
    public func backward(input: UnsafeBufferPointer<Float>, upstream: UnsafeBufferPointer<Float>,
                         into gradient: UnsafeMutableBufferPointer<Float>) {
        floatBackward(input, upstream, gradient)
    }

    /// gradient[i] = upstream[i]·f′(input[i]); `gradient` may be the same memory as `upstream`.
    public func backward(input: UnsafeBufferPointer<Double>, upstream: UnsafeBufferPointer<Double>,
                         into gradient: UnsafeMutableBufferPointer<Double>) {
        backwardLoop(input, upstream, gradient)
    }

    /// gradient[i] ← gradient[i]·f′(input[i]): the upstream gradient becomes the input's.
    public func backward(input: UnsafeBufferPointer<Float>, gradientInPlace gradient: UnsafeMutableBufferPointer<Float>) {
        floatBackward(input, UnsafeBufferPointer(gradient), gradient)
    }

    /// gradient[i] ← gradient[i]·f′(input[i]): the upstream gradient becomes the input's.
    public func backward(input: UnsafeBufferPointer<Double>, gradientInPlace gradient: UnsafeMutableBufferPointer<Double>) {
        backwardLoop(input, UnsafeBufferPointer(gradient), gradient)
    }

    /// f applied to every element.
    public func forward(_ input: [Float]) -> [Float] {
        [Float](unsafeUninitializedCapacity: input.count) { output, count in
            input.withUnsafeBufferPointer { floatForward($0, output) }
            count = input.count
        }
    }
    /// f applied to every element.
    public func forward(_ input: [Double]) -> [Double] { arrayForward(input) }
    /// upstream[i]·f′(input[i]).
    public func backward(input: [Float], upstream: [Float]) -> [Float] {
        [Float](unsafeUninitializedCapacity: input.count) { gradient, count in
            input.withUnsafeBufferPointer { x in upstream.withUnsafeBufferPointer { g in floatBackward(x, g, gradient) } }
            count = input.count
        }
    }
    /// upstream[i]·f′(input[i]).
    public func backward(input: [Double], upstream: [Double]) -> [Double] { arrayBackward(input, upstream) }
}

private extension Activation {
    /// Float: the vectorised kernels for sigmoid, SiLU, tanh and GELU compiled for this CPU
    /// (`FloatKernelTable.current`), the generic loop otherwise.
    func floatForward(_ input: UnsafeBufferPointer<Float>, _ output: UnsafeMutableBufferPointer<Float>) {
        switch kind {
        case .sigmoid: FloatKernelTable.current.sigmoid(input, output)
        case .silu: FloatKernelTable.current.silu(input, output)
        case .tanh: FloatKernelTable.current.tanh(input, output)
        case .gelu: FloatKernelTable.current.gelu(input, output)
        default: forwardLoop(input, output)
        }
    }

    func floatBackward(_ input: UnsafeBufferPointer<Float>, _ upstream: UnsafeBufferPointer<Float>,
                       _ gradient: UnsafeMutableBufferPointer<Float>) {
        switch kind {
        case .sigmoid: FloatKernelTable.current.sigmoidBackward(input, upstream, gradient)
        case .silu: FloatKernelTable.current.siluBackward(input, upstream, gradient)
        case .tanh: FloatKernelTable.current.tanhBackward(input, upstream, gradient)
        case .gelu: FloatKernelTable.current.geluBackward(input, upstream, gradient)
        default: backwardLoop(input, upstream, gradient)
        }
    }

    @inline(__always)
    func forwardLoop<T: BinaryFloatingPoint>(_ input: UnsafeBufferPointer<T>, _ output: UnsafeMutableBufferPointer<T>) {
        precondition(input.count == output.count, "\(name).forward: \(input.count) inputs but room for \(output.count)")
        guard let x = input.baseAddress, let y = output.baseAddress else { return }
        let n = input.count
        switch kind {
        case .identity:
            if UnsafeRawPointer(x) != UnsafeRawPointer(y) { y.update(from: x, count: n) }
        case .relu:
            for i in 0..<n { let v = x[i]; y[i] = v > 0 || v.isNaN ? v : 0 }
        case .leakyReLU(let slope):
            for i in 0..<n { let v = x[i]; y[i] = v > 0 ? v : T(Double(v) * slope) }
        case .relu6:
            for i in 0..<n { let v = x[i]; y[i] = v < 0 ? 0 : v > 6 ? 6 : v }
        case .hardTanh(let low, let high):
            let (l, h) = (T(low), T(high))
            for i in 0..<n { let v = x[i]; y[i] = v < l ? l : v > h ? h : v }
        case .sigmoid:
            for i in 0..<n { y[i] = T(Sigmoids.sigmoid(Double(x[i]))) }
        case .tanh:
            for i in 0..<n { y[i] = T(Sigmoids.tanh(Double(x[i]))) }
        case .gelu:
            for i in 0..<n { y[i] = T(Gaussians.gelu(Double(x[i]))) }
        case .silu:
            for i in 0..<n { y[i] = T(Sigmoids.swish(Double(x[i]), beta: 1)) }
        default:
            for i in 0..<n { y[i] = T(value(Double(x[i]))) }
        }
    }

    @inline(__always)
    func backwardLoop<T: BinaryFloatingPoint>(_ input: UnsafeBufferPointer<T>, _ upstream: UnsafeBufferPointer<T>,
                                              _ gradient: UnsafeMutableBufferPointer<T>) {
        precondition(input.count == upstream.count && input.count == gradient.count,
                     "\(name).backward: \(input.count) inputs, \(upstream.count) upstream gradients, room for \(gradient.count)")
        guard let x = input.baseAddress, let g = upstream.baseAddress, let d = gradient.baseAddress else { return }
        let n = input.count
        switch kind {
        case .identity:
            if UnsafeRawPointer(g) != UnsafeRawPointer(d) { d.update(from: g, count: n) }
        case .relu:
            for i in 0..<n { d[i] = x[i] > 0 ? g[i] : 0 }
        case .leakyReLU(let slope):
            for i in 0..<n { d[i] = x[i] > 0 ? g[i] : T(Double(g[i]) * slope) }
        case .sigmoid:
            for i in 0..<n { d[i] = T(Double(g[i]) * Sigmoids.sigmoidDerivative(Double(x[i]))) }
        case .tanh:
            for i in 0..<n { d[i] = T(Double(g[i]) * Sigmoids.tanhDerivative(Double(x[i]))) }
        case .gelu:
            for i in 0..<n { d[i] = T(Double(g[i]) * Gaussians.geluDerivative(Double(x[i]))) }
        case .silu:
            for i in 0..<n { d[i] = T(Double(g[i]) * Sigmoids.swishDerivative(Double(x[i]), beta: 1)) }
        default:
            for i in 0..<n { d[i] = T(Double(g[i]) * derivative(Double(x[i]))) }
        }
    }

    @inline(__always)
    func arrayForward<T: BinaryFloatingPoint>(_ input: [T]) -> [T] {
        [T](unsafeUninitializedCapacity: input.count) { output, count in
            input.withUnsafeBufferPointer { forwardLoop($0, output) }
            count = input.count
        }
    }

    @inline(__always)
    func arrayBackward<T: BinaryFloatingPoint>(_ input: [T], _ upstream: [T]) -> [T] {
        [T](unsafeUninitializedCapacity: input.count) { gradient, count in
            input.withUnsafeBufferPointer { x in upstream.withUnsafeBufferPointer { g in backwardLoop(x, g, gradient) } }
            count = input.count
        }
    }
}
