#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The search of Wilkinson's extended tick algorithm (Talbot, Lin & Hanrahan 2010), as in R's
/// `labeling::extended`, with each labelling kept in integers so that its labels are exact.
enum ExtendedWilkinson {
    /// A labelling: `count` ticks at `(start + i·step) × 10^exponent`.
    struct Labelling {
        var start: Int
        var step: Int
        var exponent: Int
        var count: Int
    }

    /// The nice step multipliers, most preferred first, in tenths (1, 5, 2, 2.5, 4, 3).
    private static let niceTenths = [10, 50, 20, 25, 40, 30]
    /// Weights of simplicity, coverage, density and legibility.
    private static let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

    /// The best-scoring labelling of `low...high` with about `wanted` ticks.
    ///
    /// The search runs on the range divided by the power of ten of its largest bound, so that its
    /// steps, and the squares the scores take, neither overflow near ±10³⁰⁸ nor underflow near
    /// 10⁻³⁰⁰; the labelling's exponent puts that power back.
    static func search(_ low: Double, _ high: Double, wanted: Int) -> Labelling {
        let shift = NumberFormat.decimalExponent(of: max(abs(low), abs(high)))
        let (scaledLow, scaledHigh) = (NumberFormat.dividedByPowerOfTen(low, shift), NumberFormat.dividedByPowerOfTen(high, shift))
        var best = searchScaled(scaledLow, scaledHigh, wanted: wanted) ?? fallback(scaledLow, scaledHigh)
        best.exponent += shift
        return best
    }

    /// Ticks one power of ten apart from below `low` to above `high`, for a range no labelling
    /// scored on (it cannot happen for ranges of ordinary size, but nothing here may trap).
    private static func fallback(_ low: Double, _ high: Double) -> Labelling {
        let exponent = NumberFormat.decimalExponent(of: high - low)
        let first = Int(NumberFormat.dividedByPowerOfTen(low, exponent).rounded(.down))
        let last = max(first + 1, Int(NumberFormat.dividedByPowerOfTen(high, exponent).rounded(.up)))
        return Labelling(start: first, step: 1, exponent: exponent, count: last - first + 1)
    }

    /// The search itself, on a range of about 1 to 10 in magnitude.
    private static func searchScaled(_ low: Double, _ high: Double, wanted: Int) -> Labelling? {
        let w = weights
        let n = Double(niceTenths.count)
        let m = Double(wanted)
        var best: Labelling?
        var bestScore = -2.0
        var j = 1
        search: while j <= 20 {
            for (index, tenths) in niceTenths.enumerated() {
                let q = Double(tenths) / 10
                let simplicityMax = 2 - Double(index) / (n - 1) - Double(j)
                if w.simplicity * simplicityMax + w.coverage + w.density + w.legibility < bestScore { break search }
                for k in 2...60 {
                    let densityMax = k >= wanted ? 2 - Double(k - 1) / (m - 1) : 1
                    if w.simplicity * simplicityMax + w.coverage + w.density * densityMax + w.legibility < bestScore { break }
                    let delta = (high - low) / Double(k + 1) / Double(j) / q
                    var z = Int(log10(delta).rounded(.up))
                    while z < 330 {
                        let step = Double(j) * q * NumberFormat.power(z)
                        let coverageMax = Self.coverageMax(low, high, span: step * Double(k - 1))
                        if w.simplicity * simplicityMax + w.coverage * coverageMax + w.density * densityMax + w.legibility < bestScore { break }
                        let minStart = Int((high / step).rounded(.down)) * j - (k - 1) * j
                        let maxStart = Int((low / step).rounded(.up)) * j
                        if minStart <= maxStart {
                            for start in minStart...maxStart {
                                let lmin = Double(start) * (step / Double(j))
                                let lmax = lmin + step * Double(k - 1)
                                let includesZero = start % j == 0 && lmin <= 0 && lmax >= 0
                                let simplicity = 1 - Double(index) / (n - 1) - Double(j) + (includesZero ? 1 : 0)
                                let score = w.simplicity * simplicity + w.coverage * coverage(low, high, lmin, lmax)
                                    + w.density * density(k, wanted, low, high, lmin, lmax) + w.legibility
                                if score > bestScore {
                                    bestScore = score
                                    best = normalised(Labelling(start: start * tenths, step: j * tenths, exponent: z - 1, count: k))
                                }
                            }
                        }
                        z += 1
                    }
                }
            }
            j += 1
        }
        return best
    }

    /// The same ticks with the fewest decimal places: 0, 50, 100 tenths become 0, 5, 10 units.
    private static func normalised(_ labelling: Labelling) -> Labelling {
        var result = labelling
        while result.start % 10 == 0, result.step % 10 == 0 {
            result.start /= 10
            result.step /= 10
            result.exponent += 1
        }
        return result
    }

    private static func coverage(_ low: Double, _ high: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let range = high - low
        return 1 - 0.5 * ((high - lmax) * (high - lmax) + (low - lmin) * (low - lmin)) / ((0.1 * range) * (0.1 * range))
    }

    private static func coverageMax(_ low: Double, _ high: Double, span: Double) -> Double {
        let range = high - low
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / ((0.1 * range) * (0.1 * range))
    }

    private static func density(_ k: Int, _ wanted: Int, _ low: Double, _ high: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let r = Double(k - 1) / (lmax - lmin)
        let target = Double(wanted - 1) / (max(lmax, high) - min(low, lmin))
        return 2 - max(r / target, target / r)
    }
}
