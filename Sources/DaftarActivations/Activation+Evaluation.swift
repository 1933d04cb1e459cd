/// The dispatch from a kind to its Double implementation, in one place.
extension Activation {
    /// f(x) in Double.
    public func value(_ x: Double) -> Double {
        switch kind {
        case .identity: x
        case .sigmoid: Sigmoids.sigmoid(x)
        case .logSigmoid: Sigmoids.logSigmoid(x)
        case .tanh: Sigmoids.tanh(x)
        case .hardSigmoid: Piecewise.hardSigmoid(x)
        case .hardTanh(let low, let high): Piecewise.hardTanh(x, low, high)
        case .relu: x > 0 || x.isNaN ? x : 0
        case .relu6: Piecewise.hardTanh(x, 0, 6)
        case .leakyReLU(let slope): x > 0 ? x : x * slope
        case .elu(let alpha): Exponentials.elu(x, alpha: alpha, scale: 1)
        case .selu: Exponentials.elu(x, alpha: Exponentials.seluAlpha, scale: Exponentials.seluScale)
        case .celu(let alpha): Exponentials.celu(x, alpha: alpha)
        case .gelu: Gaussians.gelu(x)
        case .geluTanh: Gaussians.geluTanh(x)
        case .silu: Sigmoids.swish(x, beta: 1)
        case .swish(let beta): Sigmoids.swish(x, beta: beta)
        case .mish: Exponentials.mish(x)
        case .softplus(let beta, let threshold): Sigmoids.softplus(x, beta: beta, threshold: threshold)
        case .softsign: x / (1 + abs(x))
        case .custom(let custom): custom.value(x)
        }
    }

    /// f′(x) in Double.
    public func derivative(_ x: Double) -> Double {
        switch kind {
        case .identity: 1
        case .sigmoid: Sigmoids.sigmoidDerivative(x)
        case .logSigmoid: Sigmoids.sigmoid(-x)
        case .tanh: Sigmoids.tanhDerivative(x)
        case .hardSigmoid: x > -3 && x < 3 ? 1.0 / 6 : 0
        case .hardTanh(let low, let high): x > low && x < high ? 1 : 0
        case .relu: x > 0 ? 1 : 0
        case .relu6: x > 0 && x < 6 ? 1 : 0
        case .leakyReLU(let slope): x > 0 ? 1 : slope
        case .elu(let alpha): Exponentials.eluDerivative(x, alpha: alpha, scale: 1)
        case .selu: Exponentials.eluDerivative(x, alpha: Exponentials.seluAlpha, scale: Exponentials.seluScale)
        case .celu(let alpha): Exponentials.celuDerivative(x, alpha: alpha)
        case .gelu: Gaussians.geluDerivative(x)
        case .geluTanh: Gaussians.geluTanhDerivative(x)
        case .silu: Sigmoids.swishDerivative(x, beta: 1)
        case .swish(let beta): Sigmoids.swishDerivative(x, beta: beta)
        case .mish: Exponentials.mishDerivative(x)
        case .softplus(let beta, let threshold): Sigmoids.softplusDerivative(x, beta: beta, threshold: threshold)
        case .softsign: 1 / ((1 + abs(x)) * (1 + abs(x)))
        case .custom(let custom): custom.derivative(x)
        }
    }
}
