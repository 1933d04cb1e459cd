/// The named activations, each with PyTorch's definition and default parameters.
extension Activation {
    /// `x` (`torch.nn.Identity`).
    public static let identity = Activation(.identity)

    /// σ(x) = 1 / (1 + exp(−x)) (`torch.nn.Sigmoid`).
    public static let sigmoid = Activation(.sigmoid)

    /// log σ(x) = −softplus(−x) (`torch.nn.LogSigmoid`); exact at −1000, where σ underflows.
    public static let logSigmoid = Activation(.logSigmoid)

    /// tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ) (`torch.nn.Tanh`).
    public static let tanh = Activation(.tanh)

    /// 0 for x ≤ −3, 1 for x ≥ 3, x/6 + 1/2 between (`torch.nn.Hardsigmoid`).
    public static let hardSigmoid = Activation(.hardSigmoid)

    /// min(max(x, −1), 1) (`torch.nn.Hardtanh` with `min_val=-1, max_val=1`).
    public static let hardTanh = Activation(.hardTanh(minValue: -1, maxValue: 1))

    /// min(max(x, minValue), maxValue) (`torch.nn.Hardtanh(min_val, max_val)`).
    public static func hardTanh(minValue: Double = -1, maxValue: Double = 1) -> Activation {
        Activation(.hardTanh(minValue: minValue, maxValue: maxValue))
    }

    /// max(0, x) (`torch.nn.ReLU`); relu′(0) = 0, as autograd gives.
    public static let relu = Activation(.relu)

    /// min(max(0, x), 6) (`torch.nn.ReLU6`).
    public static let relu6 = Activation(.relu6)

    /// x for x > 0, negativeSlope·x otherwise (`torch.nn.LeakyReLU(negative_slope=0.01)`).
    public static let leakyReLU = Activation(.leakyReLU(negativeSlope: 0.01))

    /// x for x > 0, negativeSlope·x otherwise (`torch.nn.LeakyReLU(negative_slope)`).
    public static func leakyReLU(negativeSlope: Double = 0.01) -> Activation {
        Activation(.leakyReLU(negativeSlope: negativeSlope))
    }

    /// x for x > 0, α(exp(x) − 1) otherwise, α = 1 (`torch.nn.ELU(alpha=1.0)`).
    public static let elu = Activation(.elu(alpha: 1))

    /// x for x > 0, α(exp(x) − 1) otherwise (`torch.nn.ELU(alpha)`).
    public static func elu(alpha: Double = 1) -> Activation { Activation(.elu(alpha: alpha)) }

    /// scale·(max(0, x) + min(0, α(exp(x) − 1))), α ≈ 1.6733, scale ≈ 1.0507 (`torch.nn.SELU`).
    public static let selu = Activation(.selu)

    /// max(0, x) + min(0, α(exp(x/α) − 1)), α = 1 (`torch.nn.CELU(alpha=1.0)`).
    public static let celu = Activation(.celu(alpha: 1))

    /// max(0, x) + min(0, α(exp(x/α) − 1)) (`torch.nn.CELU(alpha)`).
    public static func celu(alpha: Double = 1) -> Activation { Activation(.celu(alpha: alpha)) }

    /// x·Φ(x), Φ the standard normal distribution function (`torch.nn.GELU(approximate='none')`).
    public static let gelu = Activation(.gelu)

    /// ½x(1 + tanh(√(2/π)(x + 0.044715x³))), GPT-2's approximation
    /// (`torch.nn.GELU(approximate='tanh')`).
    public static let geluTanh = Activation(.geluTanh)

    /// x·σ(x) (`torch.nn.SiLU`); swish with β = 1.
    public static let silu = Activation(.silu)

    /// x·σ(βx) (Ramachandran et al. 2017; PyTorch has only β = 1, `torch.nn.SiLU`).
    public static func swish(beta: Double) -> Activation { Activation(.swish(beta: beta)) }

    /// x·tanh(softplus(x)) (`torch.nn.Mish`).
    public static let mish = Activation(.mish)

    /// log(1 + exp(βx))/β, and x where βx > threshold (`torch.nn.Softplus(beta=1, threshold=20)`).
    public static let softplus = Activation(.softplus(beta: 1, threshold: 20))

    /// log(1 + exp(βx))/β, and x where βx > threshold (`torch.nn.Softplus(beta, threshold)`).
    public static func softplus(beta: Double = 1, threshold: Double = 20) -> Activation {
        Activation(.softplus(beta: beta, threshold: threshold))
    }

    /// x / (1 + |x|) (`torch.nn.Softsign`).
    public static let softsign = Activation(.softsign)
}
