/// A gated linear unit on paired inputs: out = a ⊗ gate(b) (Shazeer 2020, "GLU Variants Improve
/// Transformer", arXiv:2002.05202; Dauphin et al. 2017 for GLU itself).
///
/// On a vector, the first half is `a` and the second half `b`, as `torch.nn.functional.glu(x,
/// dim=-1)` splits it; Shazeer's FFN variants are the same with a = xV, b = xW.
public struct GatedUnit: Sendable, Hashable, CustomStringConvertible {
    /// The function applied to the gate half.
    public var gate: Activation
    /// GLU, ReGLU, GEGLU, SwiGLU, or `gated(by: name)`.
    public var name: String

    public init(gate: Activation, name: String) {
        self.gate = gate
        self.name = name
    }

    /// a ⊗ σ(b) (`torch.nn.GLU`).
    public static let glu = GatedUnit(gate: .sigmoid, name: "GLU")
    /// a ⊗ max(0, b).
    public static let reglu = GatedUnit(gate: .relu, name: "ReGLU")
    /// a ⊗ GELU(b), exact GELU.
    public static let geglu = GatedUnit(gate: .gelu, name: "GEGLU")
    /// a ⊗ SiLU(b) (Swish with β = 1), as in PaLM and LLaMA.
    public static let swiglu = GatedUnit(gate: .silu, name: "SwiGLU")

    public static let allCases: [GatedUnit] = [.glu, .reglu, .geglu, .swiglu]

    public var description: String { name }

    /// a·gate(b) for one pair.
    public func value<T: BinaryFloatingPoint>(_ a: T, gatedBy b: T) -> T {
        T(Double(a) * gate.value(Double(b)))
    }

    /// (∂/∂a, ∂/∂b) of a·gate(b): (gate(b), a·gate′(b)).
    public func gradient<T: BinaryFloatingPoint>(_ a: T, gatedBy b: T) -> (a: T, b: T) {
        (T(gate.value(Double(b))), T(Double(a) * gate.derivative(Double(b))))
    }

    /// The first half of `input` gated by the second half; `input.count` must be even.
    public func callAsFunction<T: BinaryFloatingPoint>(_ input: [T]) -> [T] {
        let half = Self.half(of: input)
        return (0..<half).map { value(input[$0], gatedBy: input[half + $0]) }
    }

    /// The gradient with respect to `input` (both halves, in `input`'s order), given the
    /// gradient `upstream` with respect to the output.
    public func backward<T: BinaryFloatingPoint>(input: [T], upstream: [T]) -> [T] {
        let half = Self.half(of: input)
        precondition(upstream.count == half, "\(name): \(half) outputs but \(upstream.count) upstream gradients")
        var result = [T](repeating: 0, count: input.count)
        for i in 0..<half {
            let g = gradient(input[i], gatedBy: input[half + i])
            result[i] = upstream[i] * g.a
            result[half + i] = upstream[i] * g.b
        }
        return result
    }

    private static func half<T>(of input: [T]) -> Int {
        precondition(input.count.isMultiple(of: 2), "a gated unit needs an even number of inputs, got \(input.count)")
        return input.count / 2
    }
}
