internal import DaftarFloatKernels

/// Row-wise softmax over contiguous buffers: `input` holds rows of `rowLength` values one after
/// another, as logits for a batch do. What the training engine calls; no allocation.
///
/// Each row is shifted by its maximum and summed in Double. Float rows use Float exponentials
/// (`FloatMath.expNonPositive`, under one ulp) and a Float scaling, so each output is within
/// 2.1e-7 relative of the true value and may differ from the array form by two ulps.
public func softmax(_ input: UnsafeBufferPointer<Float>, rowLength: Int, into output: UnsafeMutableBufferPointer<Float>) {
    checkRows(input.count, rowLength, output.count)
    FloatKernelTable.current.softmaxRows(input, rowLength, output)
}

/// Row-wise softmax over contiguous Double buffers (see the Float form).
public func softmax(_ input: UnsafeBufferPointer<Double>, rowLength: Int, into output: UnsafeMutableBufferPointer<Double>) {
    softmaxRows(input, rowLength, output, exp: Elementary.exp)
}

/// Row-wise softmax's backward pass: gradient = y ⊙ (g − ⟨g, y⟩) per row; `gradient` may be the
/// same memory as `upstream`.
public func softmaxBackward(output: UnsafeBufferPointer<Float>, upstream: UnsafeBufferPointer<Float>, rowLength: Int,
                            into gradient: UnsafeMutableBufferPointer<Float>) {
    checkRows(output.count, rowLength, upstream.count, gradient.count)
    FloatKernelTable.current.softmaxBackwardRows(output, upstream, rowLength, gradient)
}

/// Row-wise softmax's backward pass over Double buffers (see the Float form).
public func softmaxBackward(output: UnsafeBufferPointer<Double>, upstream: UnsafeBufferPointer<Double>, rowLength: Int,
                            into gradient: UnsafeMutableBufferPointer<Double>) {
    softmaxBackwardRows(output, upstream, rowLength, gradient)
}

@inline(__always)
private func checkRows(_ count: Int, _ rowLength: Int, _ others: Int...) {
    precondition(rowLength > 0 && count.isMultiple(of: rowLength), "softmax: \(count) values are not rows of \(rowLength)")
    for other in others { precondition(other == count, "softmax: \(count) values but a buffer of \(other)") }
}

@inline(__always)
private func softmaxRows<T: BinaryFloatingPoint>(_ input: UnsafeBufferPointer<T>, _ rowLength: Int, _ output: UnsafeMutableBufferPointer<T>,
                                                 exp: (Double) -> Double) {
    checkRows(input.count, rowLength, output.count)
    guard let x = input.baseAddress, let y = output.baseAddress else { return }
    for start in stride(from: 0, to: input.count, by: rowLength) {
        var m = x[start]
        for i in start..<start + rowLength where x[i] > m || x[i].isNaN { m = x[i] }
        let shift = Double(m)
        // Exponentials first, then their sum: two loops, so that the first has no reduction
        // and vectorises.
        for i in start..<start + rowLength { y[i] = T(exp(Double(x[i]) - shift)) }
        var sum = 0.0
        for i in start..<start + rowLength { sum += Double(y[i]) }
        let scale = 1 / sum
        for i in start..<start + rowLength { y[i] = T(Double(y[i]) * scale) }
    }
}

@inline(__always)
private func softmaxBackwardRows<T: BinaryFloatingPoint>(_ output: UnsafeBufferPointer<T>, _ upstream: UnsafeBufferPointer<T>,
                                                         _ rowLength: Int, _ gradient: UnsafeMutableBufferPointer<T>) {
    checkRows(output.count, rowLength, upstream.count, gradient.count)
    guard let y = output.baseAddress, let g = upstream.baseAddress, let d = gradient.baseAddress else { return }
    for start in stride(from: 0, to: output.count, by: rowLength) {
        var dot = 0.0
        for i in start..<start + rowLength { dot += Double(g[i]) * Double(y[i]) }
        for i in start..<start + rowLength { d[i] = T(Double(y[i]) * (Double(g[i]) - dot)) }
    }
}
