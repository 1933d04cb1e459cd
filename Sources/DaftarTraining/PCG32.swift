@_implementationOnly import RealModule

/// The random generator of the training engine: PCG-XSH-RR 64/32 (O'Neill 2014, pcg-random.org),
/// seeded explicitly, with no global state.
///
/// A 64-bit linear congruential state (multiplier 6364136223846793005, an odd increment chosen by
/// the stream) whose output is the top bits xor-shifted and rotated by a state-dependent amount.
/// Seeding is `pcg32_srandom_r`'s, so `PCG32(seed: 42, stream: 54)` gives the reference
/// implementation's numbers (0xa15c02b7, 0x7b47f409, …). Same seed, same bits, on every run.
public struct PCG32: RandomNumberGenerator, Sendable {
    private var state: UInt64
    private let increment: UInt64
    /// The second value of the last Box–Muller pair, not yet handed out.
    private var spareGaussian: Double?

    /// A generator for `seed` on `stream` (streams are independent sequences for one seed).
    public init(seed: UInt64, stream: UInt64 = 0) {
        state = 0
        increment = (stream << 1) | 1
        spareGaussian = nil
        _ = next32()
        state &+= seed
        _ = next32()
    }

    /// A generator for a seed as notebooks write it (`seed: 7`, or a negative number's bits).
    public init(seed: Int, stream: Int = 0) {
        self.init(seed: UInt64(bitPattern: Int64(seed)), stream: UInt64(bitPattern: Int64(stream)))
    }

    /// The next 32 uniformly distributed bits.
    public mutating func next32() -> UInt32 {
        let old = state
        state = old &* 6364136223846793005 &+ increment
        let shifted = UInt32(truncatingIfNeeded: ((old >> 18) ^ old) >> 27)
        let rotation = UInt32(truncatingIfNeeded: old >> 59)
        return (shifted >> rotation) | (shifted << ((~rotation &+ 1) & 31))
    }

    /// 64 bits: two 32-bit outputs, the first in the high half.
    public mutating func next() -> UInt64 {
        let high = UInt64(next32())
        return high << 32 | UInt64(next32())
    }

    /// A Double uniform on [0, 1): the top 53 bits of `next()`.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// An integer uniform on 0..<bound, by Lemire's multiply-and-reject method (no modulo bias).
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "nextInt(below:) needs a positive bound, got \(bound)")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// A standard normal sample by the Box–Muller transform, in Double.
    ///
    /// Each pair of uniforms u₁ ∈ (0, 1], u₂ ∈ [0, 1) gives two samples,
    /// `r·cos(2πu₂)` (returned) and `r·sin(2πu₂)` (kept for the next call), with r = √(−2 ln u₁).
    public mutating func nextGaussian() -> Double {
        if let spare = spareGaussian {
            spareGaussian = nil
            return spare
        }
        let u1 = 1 - nextUniform(), u2 = nextUniform()
        let radius = (-2 * Double.log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareGaussian = radius * Double.sin(angle)
        return radius * Double.cos(angle)
    }

    /// A Fisher–Yates shuffle of `0..<count` drawn with `nextInt(below:)`.
    public mutating func permutation(of count: Int) -> [Int] {
        var indices = Array(0..<count)
        shuffle(&indices)
        return indices
    }

    /// Shuffles `values` in place (Fisher–Yates, from the last position down).
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(i, nextInt(below: i + 1))
        }
    }
}
