/// The piecewise-linear activations in Double.
enum Piecewise {
    /// (x + 3)/6 clamped to [0, 1]; x + 3 first, so that no cancellation happens near −3.
    static func hardSigmoid(_ x: Double) -> Double {
        x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6
    }

    /// x clamped to [low, high]; NaN stays NaN.
    static func hardTanh(_ x: Double, _ low: Double, _ high: Double) -> Double {
        x < low ? low : x > high ? high : x
    }
}
