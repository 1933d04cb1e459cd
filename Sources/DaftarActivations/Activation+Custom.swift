import _Differentiation

/// A user-defined activation: a closure with its derivative, given or derived by Swift's
/// differentiable programming.
///
/// Two custom activations are equal when their names are: the name is the identity a notebook
/// shows, and closures cannot be compared.
public struct CustomActivation: Sendable, Hashable {
    public let name: String
    let value: @Sendable (Double) -> Double
    let derivative: @Sendable (Double) -> Double
    let properties: Activation.Properties?

    public static func == (a: CustomActivation, b: CustomActivation) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension Activation {
    /// An activation from a closure and its derivative, e.g.
    /// `Activation.custom("cube", { $0 * $0 * $0 }, derivative: { 3 * $0 * $0 })`.
    /// `properties` are unknown (`saturation: "unknown"`, sup |f′| NaN) unless given.
    public static func custom(_ name: String, _ value: @escaping @Sendable (Double) -> Double,
                              derivative: @escaping @Sendable (Double) -> Double,
                              properties: Properties? = nil) -> Activation {
        Activation(.custom(CustomActivation(name: name, value: value, derivative: derivative, properties: properties)))
    }

    /// An activation from a differentiable closure, its derivative computed by reverse-mode
    /// automatic differentiation: `Activation.custom("cube") { x in x * x * x }`.
    public static func custom(_ name: String, properties: Properties? = nil,
                              _ value: @escaping @Sendable @differentiable(reverse) (Double) -> Double) -> Activation {
        custom(name, { value($0) }, derivative: { gradient(at: $0, of: value) }, properties: properties)
    }

    /// What is known of a closure's shape without analysis: nothing but f(0) and f′(0).
    static func unknownProperties() -> Properties {
        Properties(range: OutputRange(-.infinity, .infinity), isZeroCentred: false, isMonotonic: false, isSmooth: false,
                   saturation: "unknown", supremumOfDerivative: .nan, kinks: [], paper: nil, year: nil)
    }
}
