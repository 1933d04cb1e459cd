/// How a dense layer's weights are drawn, as `torch.nn.init` defines each scheme.
///
/// `fanIn` is the layer's number of inputs, `fanOut` its number of outputs; the gain is 1 for
/// Xavier and LeCun and √2 (ReLU's) for He, as PyTorch's defaults are. Biases start at zero.
public struct Initializer: Sendable, Hashable, CustomStringConvertible {
    /// The distribution the weights are drawn from.
    public enum Distribution: Sendable, Hashable { case normal, uniform }
    /// Which fan a variance-scaling scheme divides by.
    public enum Mode: Sendable, Hashable { case fanIn, fanOut, fanAverage }

    enum Scheme: Sendable, Hashable {
        /// N(0, std²) or U(−bound, bound), whatever the shape.
        case fixed(Distribution, Double)
        /// Variance gain²/fan, from a normal or from the uniform with that variance.
        case scaled(Distribution, Mode, gain: Double)
    }

    let scheme: Scheme
    public let name: String

    /// `torch.nn.init.normal_(std:)`: N(0, std²).
    public static func normal(std: Double) -> Initializer { Initializer(scheme: .fixed(.normal, std), name: "normal(std: \(std))") }
    /// `torch.nn.init.uniform_(-bound, bound)`.
    public static func uniform(bound: Double) -> Initializer { Initializer(scheme: .fixed(.uniform, bound), name: "uniform(bound: \(bound))") }
    /// Glorot and Bengio (2010): std = √(2 / (fanIn + fanOut)).
    public static let xavierNormal = Initializer(scheme: .scaled(.normal, .fanAverage, gain: 1), name: "xavierNormal")
    /// Glorot and Bengio (2010): U(−a, a) with a = √(6 / (fanIn + fanOut)).
    public static let xavierUniform = Initializer(scheme: .scaled(.uniform, .fanAverage, gain: 1), name: "xavierUniform")
    /// He et al. (2015), `kaiming_normal_` with PyTorch's defaults: std = √2 / √fanIn.
    public static let heNormal = Initializer(scheme: .scaled(.normal, .fanIn, gain: 2.0.squareRoot()), name: "heNormal")
    /// He et al. (2015), `kaiming_uniform_(nonlinearity='relu')`: U(−a, a) with a = √2·√(3 / fanIn).
    public static let heUniform = Initializer(scheme: .scaled(.uniform, .fanIn, gain: 2.0.squareRoot()), name: "heUniform")
    /// LeCun et al. (1998): std = 1 / √fanIn (a plain normal, not Keras's truncated one).
    public static let lecunNormal = Initializer(scheme: .scaled(.normal, .fanIn, gain: 1), name: "lecunNormal")

    /// Kaiming (He) initialisation with a chosen fan (`mode: .fanOut` keeps the backward pass's
    /// variance instead of the forward's) and gain (√2 for ReLU).
    public static func kaiming(_ distribution: Distribution, mode: Mode, gain: Double = 2.0.squareRoot()) -> Initializer {
        let suffix = distribution == .normal ? "Normal" : "Uniform"
        return Initializer(scheme: .scaled(distribution, mode, gain: gain), name: "kaiming\(suffix)(mode: .\(mode), gain: \(gain))")
    }
    /// `kaiming_normal_(mode='fan_out')`: std = √2 / √fanOut.
    public static let heNormalFanOut = kaiming(.normal, mode: .fanOut)
    /// `kaiming_uniform_(mode='fan_out', nonlinearity='relu')`: a = √2·√(3 / fanOut).
    public static let heUniformFanOut = kaiming(.uniform, mode: .fanOut)

    public var description: String { name }

    /// The standard deviation of the weights of a layer with these fans.
    public func standardDeviation(fanIn: Int, fanOut: Int) -> Double {
        switch scheme {
        case .fixed(.normal, let std): std
        case .fixed(.uniform, let bound): bound / 3.0.squareRoot()
        case .scaled(_, let mode, let gain): gain / Self.fan(mode, fanIn, fanOut).squareRoot()
        }
    }

    /// A fanIn × fanOut weight matrix (row i holds the weights leaving input i).
    public func weights<Scalar>(fanIn: Int, fanOut: Int, using generator: inout PCG32) -> RowMajorMatrix<Scalar> {
        let distribution: Distribution
        switch scheme {
        case .fixed(let d, _), .scaled(let d, _, _): distribution = d
        }
        let std = standardDeviation(fanIn: fanIn, fanOut: fanOut)
        switch distribution {
        case .normal:
            return .randomNormal(rows: fanIn, columns: fanOut, std: std, using: &generator)
        case .uniform:
            let bound = std * 3.0.squareRoot()
            return .randomUniform(rows: fanIn, columns: fanOut, in: -bound...bound, using: &generator)
        }
    }

    private static func fan(_ mode: Mode, _ fanIn: Int, _ fanOut: Int) -> Double {
        switch mode {
        case .fanIn: Double(fanIn)
        case .fanOut: Double(fanOut)
        case .fanAverage: Double(fanIn + fanOut) / 2
        }
    }
}
