import DaftarActivations

/// The founding document's claims as experiments: each a function of a few sizes and seeds
/// that trains what it needs and returns plain values ready to chart or tabulate
/// (`DaftarKit`'s `LineChart` and `Table` conveniences draw them in one line).
///
/// Defaults are sized for a notebook: every experiment runs in seconds on one core.
public enum Experiments {
    /// The initialiser each activation is usually paired with: He's for the rectifier family
    /// (ReLU, GELU, SiLU, …), Glorot's for the symmetric squashing functions and the sigmoid.
    public static func initializer(for activation: Activation) -> Initializer {
        switch activation.kind {
        case .relu, .relu6, .leakyReLU, .elu, .selu, .celu, .gelu, .geluTanh, .silu, .swish, .mish, .softplus: .heNormal
        default: .xavierNormal
        }
    }

    /// Glorot and Bengio's "standard" initialisation, W ~ U[−1/√n, 1/√n] with n the fan-in
    /// (their eq. 1): a variance of 1/(3n).
    public static let standardInitializer = Initializer.kaiming(.uniform, mode: .fanIn, gain: (1.0 / 3).squareRoot())

    /// The index of the first value of `series` at or below `threshold` once averaged over
    /// `window` values, plus one (a step number); nil if never.
    static func firstStep(below threshold: Double, in series: [Double], window: Int = 25) -> Int? {
        var sum = 0.0
        for (index, value) in series.enumerated() {
            sum += value
            if index >= window { sum -= series[index - window] }
            if index + 1 >= window && sum / Double(window) <= threshold { return index + 1 }
        }
        return nil
    }
}
