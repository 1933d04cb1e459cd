/// Float32 elementary functions for the Float buffer kernels: branch-free scalar code, written so
/// that LLVM vectorises the loops that call it (4 lanes on baseline x86-64's SSE2, no FMA), and
/// so that a lane and the scalar tail give the same bits. Every operation is a single IEEE Float
/// rounding in a fixed order: no fused multiply-add, no reassociation, hence deterministic.
public enum FloatMath {
    /// e^(t + low) for t ≤ 0 (`low` a small correction, |low| ≤ ulp(t)); 0 where e^t < 2⁻¹⁵⁰.
    ///
    /// Cody–Waite reduction t = n·ln2 + r, |r| ≤ ln2/2, with n rounded by the 1.5·2²³ shifter whose
    /// low bits then hold n; e^r = 1 + r + r²·P(r), P a quartic fitted (weighted least squares
    /// iterated towards minimax, `References/fit_float_exp.py`) to 3.1e-9 relative in e^r on
    /// |r| ≤ ln2/2 — one degree below Cephes' `expf`, two operations fewer, as accurate once
    /// rounded to Float. Measured over 2.2·10⁷ points of [−104, 0] against float64 `exp`:
    /// relative error ≤ 8.4e-8 (under one ulp) where the result is normal, under one subnormal
    /// step below. 2ⁿ is applied as 2ⁿ⁺⁶⁴·2⁻⁶⁴, so that
    /// subnormal results are rounded once. NaN gives NaN.
    @inline(__always)
    @inlinable public static func expNonPositive(_ t: Float, low: Float = 0) -> Float {
        // Below −104 the result rounds to 0 in the final scaling (e^−104 < 2⁻¹⁵⁰): no select needed.
        scaledExp(t < -104 ? -104 : t, low: low) * 0x1p-64
    }

    /// 2⁶⁴·e^(t + low), a normal Float for −112 ≤ t ≤ 0 (down to 2⁻⁹⁸), and 0 below: for products
    /// such as x·e^x that are normal although e^x is not, scaled back by 2⁻⁶⁴ after the product.
    @inline(__always)
    @inlinable public static func expNonPositiveScaled(_ t: Float, low: Float = 0) -> Float {
        t < -112 ? 0 : scaledExp(t < -112 ? -112 : t, low: low)
    }

    /// 2⁶⁴·e^(t + low) for −112 ≤ t ≤ 0.
    @inline(__always)
    @inlinable static func scaledExp(_ clamped: Float, low: Float) -> Float {
        let shifted = clamped * 1.44269504088896341 + 12_582_912
        let n = shifted - 12_582_912
        var r = clamped - n * 0.693359375
        r = r - n * -2.12194440e-4
        r = r + low
        var p: Float = 1.38145184610039e-3
        p = p * r + 8.368747308850288e-3
        p = p * r + 4.166839271783829e-2
        p = p * r + 1.666651964187622e-1
        p = p * r + 4.999999403953552e-1
        p = p * (r * r) + r + 1
        // shifted's bit pattern is 0x4B40_0000 + n; the exponent field of 2ⁿ⁺⁶⁴ is n + 191.
        let scale = Float(bitPattern: (shifted.bitPattern &+ (191 &- 0x4B40_0000)) &<< 23)
        return p * scale
    }

    /// 2⁶⁴·e^{−u²/2} for 0 ≤ u ≤ 16 (normal throughout; meaningless above): u = hi + lo with hi
    /// the top 12 bits of u, so −hi²/2 is exact and −lo(u + hi)/2 goes in as `scaledExp`'s
    /// correction. Rounding −u²/2 instead would cost up to 6e-6 relative at u = 14.
    @inline(__always)
    @inlinable public static func scaledGaussian(_ u: Float) -> Float {
        let high = Float(bitPattern: u.bitPattern & 0xFFFF_F000)
        let low = u - high
        return scaledExp(high * -0.5 * high, low: (u + high) * low * -0.5)
    }

    /// tanh x = 4d/(4 + d²) for x ≥ 0, with d = 2·tanh(x/2) = v + v·s·N(s)/Q(s), v = min(x, 9.1)
    /// (tanh rounds to 1 from 9.0109 on), s = v²: a (3,3) rational, minimax for tanh on [0, 4.55]
    /// (`References/fit_float_tanh.py`), then the doubling formula; the sign is copied back, so
    /// tanh is odd bit for bit and keeps −0. Below 1 the correction v·s·N/Q is small, and so are
    /// its rounding errors; above, the doubling damps d's errors by (1 − tanh²)/(1 + tanh²). Two
    /// divisions and 20 other vector operations, where e^{−2|x|} − 1 through an exp took one and 32.
    /// Measured against float64 `tanh` on every Float of [0, 9.2]: ≤ 1.76e-7 relative (numpy's own
    /// float32 tanh: 1.09e-7 on every third Float of [2⁻²⁰, 10]); below 2⁻³⁰ it returns x, as
    /// tanh rounds to.
    @inline(__always)
    @inlinable public static func tanh(_ x: Float) -> Float {
        let magnitude = x.magnitude
        let v = magnitude > 9.1 ? 9.1 : magnitude
        let s = v * v
        var n: Float = -2.64659570348158e-06
        n = n * s - 0.0012350608594715595
        n = n * s - 0.08333328366279602
        var q: Float = 2.7322964797349414e-06
        q = q * s + 0.0013948173727840185
        q = q * s + 0.11482042819261551
        q = q * s + 1
        let d = v + v * s * n / q
        return Float(signOf: x, magnitudeOf: 4 * d / (4 + d * d))
    }

    /// sech²x = 4e/(1 + e)², e = e^{−2|x|}: no cancellation, unlike 1 − tanh²x.
    @inline(__always)
    @inlinable public static func tanhDerivative(_ x: Float) -> Float {
        let e = expNonPositive(-2 * x.magnitude)
        return 4 * e / onePlusSquared(e)
    }

    /// (1 + e)² for 0 ≤ e ≤ 1 as 1 + e(2 + e): one rounding of weight 1 and two of weight ≤ ¾,
    /// where squaring a rounded 1 + e would carry three of weight 1.
    @inline(__always)
    @inlinable public static func onePlusSquared(_ e: Float) -> Float { 1 + e * (2 + e) }

    /// (numerator of σ(x), numerator of σ(−x), 1 + e) with e = e^{−|x|}: σ(±x) = numerator/(1 + e).
    @inline(__always)
    @inlinable public static func sigmoidParts(_ x: Float) -> (positive: Float, negative: Float, denominator: Float) {
        let e = expNonPositive(-x.magnitude)
        return x < 0 ? (e, 1, 1 + e) : (1, e, 1 + e)
    }
}
