/// Row-wise softmax over Float buffers, forward and backward. Four passes over a row held in the
/// cache: the maximum, the exponentials (`FloatMath.expNonPositive`, vectorised by LLVM), their sum
/// and the scaling. The reductions (maximum, sum, dot product) are written with SIMD vectors,
/// because LLVM does not vectorise a floating-point reduction without fast-math; their lanes are
/// fixed by the element's index, so the result does not depend on alignment.
extension FloatKernels {
    /// y = e^{x − m}/Σe^{x − m}. x − m is carried as a Float and its rounding error (TwoSum), so
    /// the exponent is exact; the sum is taken in Double, its reciprocal rounded to Float once.
    /// Each output then carries the exp's error (≤ 8.4e-8) and two roundings of at most 2⁻²⁴
    /// relative each: ≤ 2.1e-7 relative.
    @inline(__always)
    @inlinable public static func softmaxRows(_ input: UnsafeBufferPointer<Float>, _ rowLength: Int, _ output: UnsafeMutableBufferPointer<Float>) {
        guard let x = input.baseAddress, let y = output.baseAddress else { return }
        for start in stride(from: 0, to: input.count, by: rowLength) {
            let row = x + start, out = y + start
            let m = maximum(row, rowLength)
            for i in 0..<rowLength {
                let v = row[i]
                let t = v - m
                let back = t - v
                let low = (v - (t - back)) + (-m - back)
                out[i] = FloatMath.expNonPositive(t, low: low)
            }
            let scale = Float(1 / sum(UnsafePointer(out), rowLength))
            for i in 0..<rowLength { out[i] *= scale }
        }
    }

    /// d = y ⊙ (g − ⟨g, y⟩), the dot product in Double.
    @inline(__always)
    @inlinable public static func softmaxBackwardRows(_ output: UnsafeBufferPointer<Float>, _ upstream: UnsafeBufferPointer<Float>,
                                    _ rowLength: Int, _ gradient: UnsafeMutableBufferPointer<Float>) {
        guard let y = output.baseAddress, let g = upstream.baseAddress, let d = gradient.baseAddress else { return }
        for start in stride(from: 0, to: output.count, by: rowLength) {
            let dot = self.dot(y + start, g + start, rowLength)
            for i in start..<start + rowLength { d[i] = Float(Double(y[i]) * (Double(g[i]) - dot)) }
        }
    }

    /// The largest element, ignoring NaN (a NaN still makes every output NaN through the sum).
    @inline(__always)
    @inlinable static func maximum(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
        var i = 0, m = -Float.infinity
        if n >= 16 {
            var lanes = SIMD16<Float>(repeating: -.infinity)
            while i + 16 <= n {
                let v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD16<Float>.self)
                lanes.replace(with: v, where: v .> lanes)
                i += 16
            }
            m = lanes.max()
        }
        while i < n { if x[i] > m { m = x[i] }; i += 1 }
        return m
    }

    /// Σ x in Double: eight Double lanes, then the tail in order.
    @inline(__always)
    @inlinable static func sum(_ x: UnsafePointer<Float>, _ n: Int) -> Double {
        var i = 0, total = 0.0
        var lanes = SIMD8<Double>()
        while i + 8 <= n {
            lanes += SIMD8<Double>(UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self))
            i += 8
        }
        total = lanes.sum()
        while i < n { total += Double(x[i]); i += 1 }
        return total
    }

    /// Σ x·y in Double, with the lanes of `sum`.
    @inline(__always)
    @inlinable static func dot(_ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ n: Int) -> Double {
        var i = 0, total = 0.0
        var lanes = SIMD8<Double>()
        while i + 8 <= n {
            let a = SIMD8<Double>(UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self))
            let b = SIMD8<Double>(UnsafeRawPointer(y + i).loadUnaligned(as: SIMD8<Float>.self))
            lanes += a * b
            i += 8
        }
        total = lanes.sum()
        while i < n { total += Double(x[i]) * Double(y[i]); i += 1 }
        return total
    }
}
