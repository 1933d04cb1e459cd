/// The logistic family in Double: σ, log σ, tanh, softplus and swish, written so that no
/// intermediate overflows or cancels (σ(−1000) is 0, softplus(1000) is 1000).
enum Sigmoids {
    /// 1/(1 + e⁻ˣ), through eˣ/(1 + eˣ) for x < 0 so that exp never overflows.
    static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + Elementary.exp(-x)) }
        let e = Elementary.exp(x)
        return e / (1 + e)
    }

    /// σ(x)σ(−x) = e^{−|x|}/(1 + e^{−|x|})², without the cancellation of σ(1 − σ) for large x.
    static func sigmoidDerivative(_ x: Double) -> Double {
        let e = Elementary.exp(-abs(x))
        return e / ((1 + e) * (1 + e))
    }

    /// min(x, 0) − log1p(e^{−|x|}).
    static func logSigmoid(_ x: Double) -> Double {
        x >= 0 ? -Elementary.log(onePlus: Elementary.exp(-x)) : x - Elementary.log(onePlus: Elementary.exp(x))
    }

    static func tanh(_ x: Double) -> Double { Elementary.tanh(x) }

    /// sech²x = 4e^{−2|x|}/(1 + e^{−2|x|})², accurate where 1 − tanh²x would cancel.
    static func tanhDerivative(_ x: Double) -> Double {
        let e = Elementary.exp(-2 * abs(x))
        return 4 * e / ((1 + e) * (1 + e))
    }

    /// x·σ(βx); βx is carried with its rounding error, which σ would otherwise magnify by |βx|.
    static func swish(_ x: Double, beta: Double) -> Double {
        let t = beta * x
        let tail = (-t).addingProduct(beta, x)
        let s = sigmoid(t)
        return tail == 0 || !tail.isFinite ? x * s : x * (s + s * sigmoid(-t) * tail)
    }

    /// σ(βx)(1 + βx·σ(−βx)).
    static func swishDerivative(_ x: Double, beta: Double) -> Double {
        let t = beta * x
        let s = sigmoid(t)
        return s * (1 + t * sigmoid(-t))
    }

    /// PyTorch: x where βx > threshold, else log(1 + e^{βx})/β, as max(βx, 0) + log1p(e^{−|βx|}).
    static func softplus(_ x: Double, beta: Double, threshold: Double) -> Double {
        let t = x * beta
        if t > threshold { return x }
        return (max(t, 0) + Elementary.log(onePlus: Elementary.exp(-abs(t)))) / beta
    }

    /// PyTorch: 1 where βx > threshold, else σ(βx).
    static func softplusDerivative(_ x: Double, beta: Double, threshold: Double) -> Double {
        let t = x * beta
        return t > threshold ? 1 : sigmoid(t)
    }
}
