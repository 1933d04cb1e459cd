/// An activation function of the deep-learning literature, as a value a notebook cell can name,
/// list and iterate: `Activation.gelu(1.5)`, `.derivative(0)`, `.name`, `.properties`.
///
/// Values and derivatives are computed in Double and rounded once to the caller's type, so Float
/// results are correctly rounded or within an ulp of it, and Double results stay within a few ulps
/// of the true value over the whole real line (see `Tests/DaftarActivationsTests`).
public struct Activation: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Which function, with its parameters.
    public let kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    /// The functions Daftar knows, each with the parameters PyTorch names.
    public enum Kind: Sendable, Hashable {
        case identity, sigmoid, logSigmoid, tanh, hardSigmoid
        case hardTanh(minValue: Double, maxValue: Double)
        case relu, relu6
        case leakyReLU(negativeSlope: Double)
        case elu(alpha: Double)
        case selu
        case celu(alpha: Double)
        case gelu, geluTanh, silu
        case swish(beta: Double)
        case mish
        case softplus(beta: Double, threshold: Double)
        case softsign
        /// A user's closure and its derivative (`Activation.custom`).
        case custom(CustomActivation)
    }

    /// f(x).
    public func value<T: BinaryFloatingPoint>(_ x: T) -> T { T(value(Double(x))) }

    /// f(x), so that `Activation.relu(-2)` reads as a call.
    public func callAsFunction<T: BinaryFloatingPoint>(_ x: T) -> T { T(value(Double(x))) }

    /// f′(x), analytic; at a kink, the value PyTorch's autograd gives (relu′(0) = 0).
    public func derivative<T: BinaryFloatingPoint>(_ x: T) -> T { T(derivative(Double(x))) }

    /// f′(x), the same as `derivative(_:)`, spelled as DESIGN.md's examples do.
    public func derivative<T: BinaryFloatingPoint>(at x: T) -> T { derivative(x) }

    /// The Swift spelling of this activation, parameters included: `leakyReLU(negativeSlope: 0.01)`.
    public var name: String {
        switch kind {
        case .identity: "identity"
        case .sigmoid: "sigmoid"
        case .logSigmoid: "logSigmoid"
        case .tanh: "tanh"
        case .hardSigmoid: "hardSigmoid"
        case .hardTanh(let low, let high): "hardTanh(minValue: \(low), maxValue: \(high))"
        case .relu: "relu"
        case .relu6: "relu6"
        case .leakyReLU(let slope): "leakyReLU(negativeSlope: \(slope))"
        case .elu(let alpha): "elu(alpha: \(alpha))"
        case .selu: "selu"
        case .celu(let alpha): "celu(alpha: \(alpha))"
        case .gelu: "gelu"
        case .geluTanh: "geluTanh"
        case .silu: "silu"
        case .swish(let beta): "swish(beta: \(beta))"
        case .mish: "mish"
        case .softplus(let beta, let threshold): "softplus(beta: \(beta), threshold: \(threshold))"
        case .softsign: "softsign"
        case .custom(let custom): custom.name
        }
    }

    public var description: String { name }

    /// Every activation with PyTorch's default parameters (swish with β = 1.5, since β = 1 is silu).
    public static let allCases: [Activation] = [
        .identity, .sigmoid, .logSigmoid, .tanh, .hardSigmoid, .hardTanh, .relu, .relu6, .leakyReLU,
        .elu, .selu, .celu, .gelu, .geluTanh, .silu, .swish(beta: 1.5), .mish, .softplus, .softsign,
    ]
}
