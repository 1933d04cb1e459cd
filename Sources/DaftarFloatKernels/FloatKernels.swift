/// Fast kernels for the Float buffer forms of sigmoid, SiLU, tanh, GELU and softmax: branch-free
/// code written as plain loops that LLVM vectorises, in Float through `FloatMath`. Each is held to
/// the Float bar, 4e-7 relative to the true value; the figures are in each doc comment.
///
/// The kernels are `@inlinable` and always inlined so that one source is compiled twice: here for
/// baseline x86-64 (4 Float lanes), and in `DaftarFloatKernelsAVX512` for x86-64-v4 (16 lanes).
/// Neither compilation fuses a multiply and an add, so both give the same bits.
public enum FloatKernels {
    /// σ(x) = numerator/(1 + e): one division, then one rounding; ≤ 1.5e-7 relative.
    @inline(__always)
    @inlinable public static func sigmoid(_ input: UnsafeBufferPointer<Float>, _ output: UnsafeMutableBufferPointer<Float>) {
        let (x, y, n) = checked(input, output)
        for i in 0..<n { let s = FloatMath.sigmoidParts(x[i]); y[i] = s.positive / s.denominator }
    }

    /// x·σ(x) = x/(1 + e) for x ≥ 0, (x·2⁶⁴e)/(1 + e)·2⁻⁶⁴ below: e^x is subnormal from x = −87
    /// while x·e^x is not, so the product is formed before the scaling rounds it.
    @inline(__always)
    @inlinable public static func silu(_ input: UnsafeBufferPointer<Float>, _ output: UnsafeMutableBufferPointer<Float>) {
        let (x, y, n) = checked(input, output)
        for i in 0..<n {
            let v = x[i]
            let scaled = FloatMath.expNonPositiveScaled(-v.magnitude)
            let negative = v < 0
            y[i] = (negative ? v * scaled : v) / (1 + scaled * 0x1p-64) * (negative ? 0x1p-64 : 1)
        }
    }

    @inline(__always)
    @inlinable public static func tanh(_ input: UnsafeBufferPointer<Float>, _ output: UnsafeMutableBufferPointer<Float>) {
        let (x, y, n) = checked(input, output)
        for i in 0..<n { y[i] = FloatMath.tanh(x[i]) }
    }

    /// g·σ(x)σ(−x) = g·e/(1 + e)².
    @inline(__always)
    @inlinable public static func sigmoidBackward(_ input: UnsafeBufferPointer<Float>, _ upstream: UnsafeBufferPointer<Float>,
                                _ gradient: UnsafeMutableBufferPointer<Float>) {
        let (x, g, d, n) = checked(input, upstream, gradient)
        for i in 0..<n {
            let e = FloatMath.expNonPositive(-x[i].magnitude)
            d[i] = g[i] * (e / FloatMath.onePlusSquared(e))
        }
    }

    /// SiLU′ = σ(x)(1 + x·σ(−x)) = N/(1 + e)², e = e^{−|x|}, with N = 1 + e(1 + x) for x ≥ 0 and
    /// N = e·h, h = 1 + x + e^x, below. h vanishes at x₀ = −1.27846 and cancels near it; on
    /// [−1.58, −1] it is d + c(e^d − 1) = d(1 + c·(e^d − 1)/d), d = x − x₀, c = e^{x₀} = −1 − x₀,
    /// which does not cancel ((e^d − 1)/d by its Taylor series to d⁷, error < 2e-10 for |d| ≤ 0.3).
    /// Computed with 2⁶⁴e and scaled back in two halves, around the product with g, so that
    /// results below Float's normal range (x < −87) are rounded once and |g| up to 10²⁹ is fine.
    @inline(__always)
    @inlinable public static func siluBackward(_ input: UnsafeBufferPointer<Float>, _ upstream: UnsafeBufferPointer<Float>,
                             _ gradient: UnsafeMutableBufferPointer<Float>) {
        let (x, g, d, n) = checked(input, upstream, gradient)
        for i in 0..<n {
            let v = x[i]
            let scaled = FloatMath.expNonPositiveScaled(-v.magnitude), e = scaled * 0x1p-64
            let delta = (v - -1.2784645557403564) - 1.2979282537628478e-08
            var series: Float = 1.0 / 40_320
            series = series * delta + 1.0 / 5_040
            series = series * delta + 1.0 / 720
            series = series * delta + 1.0 / 120
            series = series * delta + 1.0 / 24
            series = series * delta + 1.0 / 6
            series = series * delta + 0.5
            series = series * delta + 1
            let nearRoot = delta * (1 + 0.2784645427610738 * series)
            let h = v > -1.58 && v < -1 ? nearRoot : (1 + v) + e
            let numerator = v < 0 ? scaled * h : 0x1p64 + scaled * (1 + v)
            d[i] = (numerator / FloatMath.onePlusSquared(e) * 0x1p-32) * g[i] * 0x1p-32
        }
    }

    @inline(__always)
    @inlinable public static func tanhBackward(_ input: UnsafeBufferPointer<Float>, _ upstream: UnsafeBufferPointer<Float>,
                             _ gradient: UnsafeMutableBufferPointer<Float>) {
        let (x, g, d, n) = checked(input, upstream, gradient)
        for i in 0..<n { d[i] = g[i] * FloatMath.tanhDerivative(x[i]) }
    }

    @inline(__always)
    @inlinable static func checked(_ input: UnsafeBufferPointer<Float>, _ output: UnsafeMutableBufferPointer<Float>)
        -> (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) {
        precondition(input.count == output.count, "forward: \(input.count) inputs but room for \(output.count)")
        guard let x = input.baseAddress, let y = output.baseAddress else { return (UnsafePointer(bitPattern: 8)!, UnsafeMutablePointer(bitPattern: 8)!, 0) }
        return (x, y, input.count)
    }

    @inline(__always)
    @inlinable static func checked(_ input: UnsafeBufferPointer<Float>, _ upstream: UnsafeBufferPointer<Float>,
                                _ gradient: UnsafeMutableBufferPointer<Float>)
        -> (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) {
        precondition(input.count == upstream.count && input.count == gradient.count,
                     "backward: \(input.count) inputs, \(upstream.count) upstream gradients, room for \(gradient.count)")
        guard let x = input.baseAddress, let g = upstream.baseAddress, let d = gradient.baseAddress else {
            return (UnsafePointer(bitPattern: 8)!, UnsafePointer(bitPattern: 8)!, UnsafeMutablePointer(bitPattern: 8)!, 0)
        }
        return (x, g, d, input.count)
    }
}
