/// GELU (exact, x·Φ(x), as PyTorch's `gelu` with `approximate='none'`) over Float buffers, in
/// branch-free Float code that LLVM vectorises; `References/fit_float_gelu.py` fits the rationals
/// and checks the algorithm step by step against scipy's `ndtr`.
///
/// Both passes rest on one Gaussian factor and one rational in w = √(2π)·u, u = |x|:
/// ```
/// Φ(−u) = e^{−u²/2}·F(u),   F = q/(w·q + p)          (Mills' ratio over √(2π))
/// Φ(−u) − u·φ(u) = e^{−u²/2}·(u₀ − u)·(c₀ + r(w))     (zero at u₀ = 0.75179…, GELU′'s root)
/// ```
/// with p, q of degree 4 and r = a (3,4) rational, minimax in the relative error of the result
/// (fit errors 1.6e-8 and 2.1e-8); p and q are scaled by ¾ so that, for small u, where every
/// rounding counts fully, q, p and w·q + p sit in [0.75, 1) and [1.5, 2), whose roundings are
/// smaller relative to the value than just above 1 and 2 (3.5e-7 → 2.8e-7 at |x| < 1). e^{−u²/2} comes from `FloatMath.scaledGaussian`, with u²
/// carried exactly; u₀ − u as (u₀,hi − u) + u₀,lo, exact near the root, so GELU′ keeps its
/// relative accuracy there. Then GELU(x) = x·Φ(−u) for x ≤ 0 and x − x·Φ(−u) above, and GELU′
/// likewise from 1. Results are formed at 2⁶⁴ times their size and scaled back last, so those
/// below Float's normal range are rounded once.
extension FloatKernels {
    /// Within 3.15e-7 relative of x·Φ(x) where that is normal (measured on every Float of [−16, 16],
    /// `References/exhaustive_float_check.swift`); −0 below x = −14.5, where x·Φ(x) rounds to it.
    @inline(__always)
    @inlinable public static func gelu(_ input: UnsafeBufferPointer<Float>, _ output: UnsafeMutableBufferPointer<Float>) {
        let (x, y, n) = checked(input, output)
        for i in 0..<n {
            let v = x[i]
            let u = v.magnitude
            let w = u * 2.5066282749176025
            var p: Float = 4.564762079439788e-08
            p = p * w + 0.0011540092527866364
            p = p * w + 0.02748834528028965
            p = p * w + 0.2747848629951477
            p = p * w + 1.5
            var q: Float = 0.00018449575873091817
            q = q * w + 0.004334742669016123
            q = q * w + 0.04715891182422638
            q = q * w + 0.27365970611572266
            q = q * w + 0.75
            let scaled = v * q / (w * q + p) * FloatMath.scaledGaussian(u) * 0x1p-64
            let product = u > 14.5 ? -0.0 : scaled
            y[i] = v > 0 ? v - product : product
        }
    }

    /// g·(Φ(x) + x·φ(x)), within 3.1e-7 relative where that is normal for g = 1 and 3.6e-7 for
    /// g = −3 (the product with g rounds once more; every Float of [−16, 16]), its root included;
    /// 0 below x = −16, where |g·GELU′| < 2⁻¹⁵⁰ for |g| < 10⁹. |g| must stay below 3.7·10¹⁹, or
    /// g times the scaled result overflows.
    @inline(__always)
    @inlinable public static func geluBackward(_ input: UnsafeBufferPointer<Float>, _ upstream: UnsafeBufferPointer<Float>,
                                              _ gradient: UnsafeMutableBufferPointer<Float>) {
        let (x, g, d, n) = checked(input, upstream, gradient)
        for i in 0..<n {
            let v = x[i]
            let u = v.magnitude
            let w = u * 2.5066282749176025
            var a: Float = 0.0005683566560037434
            a = a * w + 0.010634763166308403
            a = a * w + 0.08169881999492645
            a = a * w + 0.26613569259643555
            var b: Float = 0.000756054709199816
            b = b * w + 0.015236959792673588
            b = b * w + 0.1330329328775406
            b = b * w + 0.5717873573303223
            b = b * w + 1
            let factor = 0.3989422917366028 + a / b
            let distance = (0.7517915368080139 - u) + -1.211444988769017e-08
            let scaled = distance * factor * FloatMath.scaledGaussian(u)
            let tail = u > 16 ? 0 : scaled
            d[i] = v > 0 ? g[i] * (1 - tail * 0x1p-64) : tail * g[i] * 0x1p-64
        }
    }
}
