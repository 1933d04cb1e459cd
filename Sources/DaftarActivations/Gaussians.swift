/// GELU, exact and tanh-approximated, in Double. Their arguments (x/√2, √(2/π)(x + 0.044715x³))
/// are carried as double-double values: erfc and σ magnify an argument's rounding error by about
/// its square or its size, which would cost 1e-13 near x = −30 otherwise.
enum Gaussians {
    /// 1/√2, √(2/π), 0.044715, 2/√π and 1/√(2π), each as hi + lo (computed with mpmath).
    static let inverseSqrt2 = (hi: 0.7071067811865476, lo: -4.833646656726457e-17)
    static let sqrt2OverPi = (hi: 0.7978845608028654, lo: -4.98465440455546e-17)
    static let kappa = (hi: 0.044715, lo: 2.1960211427085595e-18)
    static let twoOverSqrtPi = 1.1283791670955126
    static let inverseSqrt2Pi = 0.3989422804014327

    /// Φ(x) = ½erfc(−x/√2), with the rounding error of −x/√2 fed back through erfc′.
    static func normalCDF(_ x: Double) -> Double {
        let z = -x * inverseSqrt2.hi
        let tail = (-z).addingProduct(-x, inverseSqrt2.hi) + -x * inverseSqrt2.lo
        var e = Elementary.erfc(z)
        if tail != 0, tail.isFinite, abs(z) < 27 { e -= twoOverSqrtPi * Elementary.exp(-z * z) * tail }
        return e / 2
    }

    /// φ(x) = e^{−x²/2}/√(2π), with x² split exactly into hi + lo.
    static func normalPDF(_ x: Double) -> Double {
        let square = x * x
        let tail = (-square).addingProduct(x, x)
        return inverseSqrt2Pi * Elementary.exp(-square / 2) * (1 - tail / 2)
    }

    /// x·Φ(x).
    static func gelu(_ x: Double) -> Double { x * normalCDF(x) }

    /// Φ(x) + x·φ(x).
    static func geluDerivative(_ x: Double) -> Double {
        abs(x) > 40 ? (x > 0 ? 1 : 0) : normalCDF(x) + x * normalPDF(x)
    }

    /// 2u = 2√(2/π)(x + 0.044715x³) as hi + lo; ½(1 + tanh u) = σ(2u).
    private static func doubledArgument(_ x: Double) -> (hi: Double, lo: Double) {
        let x2 = x * x, x2Tail = (-x2).addingProduct(x, x)
        let x3 = x2 * x, x3Tail = (-x3).addingProduct(x2, x) + x2Tail * x
        let p = kappa.hi * x3
        let pTail = (-p).addingProduct(kappa.hi, x3) + kappa.hi * x3Tail + kappa.lo * x3
        let s = x + p
        let b = s - x
        let sTail = (x - (s - b)) + (p - b) + pTail
        let u = sqrt2OverPi.hi * s
        let uTail = (-u).addingProduct(sqrt2OverPi.hi, s) + sqrt2OverPi.hi * sTail + sqrt2OverPi.lo * s
        return (2 * u, 2 * uTail)
    }

    /// ½x(1 + tanh u) = x·σ(2u).
    static func geluTanh(_ x: Double) -> Double {
        if abs(x) > 1e30 { return x > 0 ? x : 0 }
        let t = doubledArgument(x)
        let s = Sigmoids.sigmoid(t.hi)
        return x * (s + s * Sigmoids.sigmoid(-t.hi) * t.lo)
    }

    /// σ(2u) + x·σ(2u)σ(−2u)·2√(2/π)(1 + 3·0.044715x²).
    static func geluTanhDerivative(_ x: Double) -> Double {
        if abs(x) > 1e30 { return x > 0 ? 1 : 0 }
        let t = doubledArgument(x).hi
        let s = Sigmoids.sigmoid(t)
        return s + x * s * Sigmoids.sigmoid(-t) * 2 * sqrt2OverPi.hi * (1 + 3 * kappa.hi * x * x)
    }
}
