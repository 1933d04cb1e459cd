/// ELU, SELU, CELU and Mish in Double, through expm1 so that values near 0⁻ keep their digits.
enum Exponentials {
    /// SELU's α and scale, as PyTorch writes them (Klambauer et al. 2017).
    static let seluAlpha = 1.6732632423543772848170429916717
    static let seluScale = 1.0507009873554804934193349852946

    /// scale·x for x > 0, scale·α·(eˣ − 1) otherwise.
    static func elu(_ x: Double, alpha: Double, scale: Double) -> Double {
        x > 0 ? scale * x : scale * (alpha * Elementary.expMinusOne(x))
    }

    /// scale for x > 0, scale·α·eˣ for x ≤ 0 (PyTorch's `elu_backward`, so elu′(0) = α).
    static func eluDerivative(_ x: Double, alpha: Double, scale: Double) -> Double {
        x > 0 ? scale : scale * (alpha * Elementary.exp(x))
    }

    /// x for x > 0, α(e^{x/α} − 1) otherwise.
    static func celu(_ x: Double, alpha: Double) -> Double {
        x > 0 ? x : alpha * Elementary.expMinusOne(x / alpha)
    }

    /// 1 for x > 0, e^{x/α} for x ≤ 0.
    static func celuDerivative(_ x: Double, alpha: Double) -> Double {
        x > 0 ? 1 : Elementary.exp(x / alpha)
    }

    /// tanh(softplus(x)) and 1 − tanh²(softplus(x)) as rational functions of e^{∓x}, so that
    /// neither overflows nor cancels: with n = eˣ(eˣ + 2), tanh(softplus(x)) = n/(n + 2).
    private static func tanhSoftplus(_ x: Double) -> (value: Double, sech2: Double) {
        if x < 0 {
            let e = Elementary.exp(x)
            let n = e * (e + 2)
            return (n / (n + 2), 4 * (n + 1) / ((n + 2) * (n + 2)))
        }
        let e = Elementary.exp(-x)
        let numerator = 1 + 2 * e
        let denominator = numerator + 2 * e * e
        return (numerator / denominator, 4 * e * e * (1 + e) * (1 + e) / (denominator * denominator))
    }

    /// x·tanh(softplus(x)).
    static func mish(_ x: Double) -> Double { x * tanhSoftplus(x).value }

    /// tanh(softplus(x)) + x·sech²(softplus(x))·σ(x).
    static func mishDerivative(_ x: Double) -> Double {
        let (g, sech2) = tanhSoftplus(x)
        return g + x * sech2 * Sigmoids.sigmoid(x)
    }
}
