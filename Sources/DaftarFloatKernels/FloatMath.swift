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

    /// e^t − 1 for −20 ≤ t ≤ 0 (t clamped to −20 below, where e^t − 1 rounds to −1 + 2⁻²⁹):
    /// e^r − 1 = r + r²·P(r) with `expNonPositive`'s reduction and P, then
    /// 2ⁿ(e^r − 1) + (2ⁿ − 1), whose two terms are exact and whose sum cancels by at most 1.7×.
    @inline(__always)
    @inlinable public static func expm1NonPositive(_ t: Float) -> Float {
        let clamped = t < -20 ? -20 : t
        let shifted = clamped * 1.44269504088896341 + 12_582_912
        let n = shifted - 12_582_912
        var r = clamped - n * 0.693359375
        r = r - n * -2.12194440e-4
        var p: Float = 1.38145184610039e-3
        p = p * r + 8.368747308850288e-3
        p = p * r + 4.166839271783829e-2
        p = p * r + 1.666651964187622e-1
        p = p * r + 4.999999403953552e-1
        let q = p * (r * r) + r
        let scale = Float(bitPattern: (shifted.bitPattern &+ (127 &- 0x4B40_0000)) &<< 23)
        return q * scale + (scale - 1)
    }

    /// tanh x = sign(x)·(−m)/(2 + m), m = e^{−2|x|} − 1: one exp-like polynomial, one division and
    /// no cancellation anywhere; ±1 exactly from |x| ≈ 9.01. Measured against float64 `tanh` on
    /// 2.7·10⁷ points of [0, 10]: ≤ 1.74e-7 relative (2.5 ulp).
    @inline(__always)
    @inlinable public static func tanh(_ x: Float) -> Float {
        let m = expm1NonPositive(-2 * x.magnitude)
        return Float(signOf: x, magnitudeOf: -m / (2 + m))
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
