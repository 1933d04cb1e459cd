/// What the literature says about each activation, as data a notebook can tabulate.
extension Activation {
    /// An activation's shape and provenance. Numbers marked "mpmath" were computed at 40 digits.
    public struct Properties: Sendable, Hashable {
        /// The image of ℝ: `(0, 1)` for σ, `[-0.16997, ∞)` for GELU.
        public var range: OutputRange
        /// f is odd, f(−x) = −f(x), so inputs symmetric about 0 give outputs that average 0.
        public var isZeroCentred: Bool
        /// f never decreases.
        public var isMonotonic: Bool
        /// f is infinitely differentiable (C∞) as a mathematical function. Softplus counts as
        /// smooth, though PyTorch's threshold switches to x with a jump of at most 2·10⁻⁹.
        public var isSmooth: Bool
        /// Where f′ goes to 0: "x → ±∞", "x < 0 (exactly 0)", or "none".
        public var saturation: String
        /// sup |f′(x)| over ℝ (attained or not).
        public var supremumOfDerivative: Double
        /// The points where f is not differentiable (or where PyTorch's definition switches branch).
        public var kinks: [Double]
        /// The paper that introduced the function (or made it the standard), with its year.
        public var paper: String?
        public var year: Int?

        public var isBoundedAbove: Bool { range.upper.isFinite }
        public var isBoundedBelow: Bool { range.lower.isFinite }
    }

    /// An interval of the real line, open or closed at each end.
    public struct OutputRange: Sendable, Hashable, CustomStringConvertible {
        public var lower: Double, upper: Double
        public var includesLower: Bool, includesUpper: Bool

        public init(_ lower: Double, _ upper: Double, includesLower: Bool = false, includesUpper: Bool = false) {
            (self.lower, self.upper, self.includesLower, self.includesUpper) = (lower, upper, includesLower, includesUpper)
        }

        /// `(0, 1)`, `[0, ∞)`, `(-∞, ∞)`.
        public var description: String {
            func bound(_ v: Double) -> String { v == .infinity ? "∞" : v == -.infinity ? "-∞" : "\(v)" }
            return (includesLower ? "[" : "(") + bound(lower) + ", " + bound(upper) + (includesUpper ? "]" : ")")
        }
    }

    /// f(0).
    public var valueAtZero: Double { value(0.0) }

    /// f′(0), as autograd gives it at a kink.
    public var derivativeAtZero: Double { derivative(0.0) }
}
