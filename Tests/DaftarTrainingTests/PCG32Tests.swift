import DaftarTraining
import Testing

/// The generator is PCG-XSH-RR 64/32 as published, and seeds decide every bit.
@Suite struct PCG32Tests {
    /// pcg32-demo's first six outputs for `pcg32_srandom_r(&rng, 42, 54)`.
    @Test func matchesTheReferenceImplementation() {
        var generator = PCG32(seed: UInt64(42), stream: 54)
        let outputs = (0..<6).map { _ in generator.next32() }
        #expect(outputs == [0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e])
    }

    @Test func theSameSeedGivesTheSameBits() {
        let a = Matrix.randomNormal(rows: 50, columns: 40, seed: 9)
        let b = Matrix.randomNormal(rows: 50, columns: 40, seed: 9)
        let c = Matrix.randomNormal(rows: 50, columns: 40, seed: 10)
        #expect(a.elements.map(\.bitPattern) == b.elements.map(\.bitPattern))
        #expect(a != c)
    }

    @Test func gaussianSamplesHaveMeanZeroAndVarianceOne() {
        var generator = PCG32(seed: 1)
        let n = 200_000
        let samples = (0..<n).map { _ in generator.nextGaussian() }
        let mean = samples.reduce(0, +) / Double(n)
        let variance = samples.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let tail = Double(samples.filter { abs($0) > 1.959964 }.count) / Double(n)
        // Standard errors: 1/√n ≈ 0.0022 for the mean, √(2/n) ≈ 0.0032 for the variance.
        #expect(abs(mean) < 0.01, "mean \(mean)")
        #expect(abs(variance - 1) < 0.015, "variance \(variance)")
        #expect(abs(tail - 0.05) < 0.003, "P(|z| > 1.96) = \(tail)")
    }

    @Test func boundedIntegersAreUniform() {
        var generator = PCG32(seed: 2)
        var counts = Array(repeating: 0, count: 7)
        for _ in 0..<70_000 { counts[generator.nextInt(below: 7)] += 1 }
        // χ² with 6 degrees of freedom; 22.46 is its 0.999 quantile.
        let chiSquared = counts.reduce(0.0) { $0 + Double($1 - 10_000) * Double($1 - 10_000) / 10_000 }
        #expect(chiSquared < 22.46, "counts \(counts)")
    }

    @Test func aPermutationHoldsEveryIndexOnce() {
        var generator = PCG32(seed: 3)
        let order = generator.permutation(of: 100)
        #expect(order.sorted() == Array(0..<100))
        #expect(order != Array(0..<100))
    }
}
