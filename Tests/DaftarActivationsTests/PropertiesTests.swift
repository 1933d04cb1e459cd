import DaftarActivations
import Testing

/// The properties are data a notebook tabulates; these tests hold each claim against the function
/// itself on a fine grid, so a wrong entry in the catalogue fails here.
@Suite struct PropertiesTests {
    /// [−40, 40] in steps of 1/64, plus far points.
    static let grid: [Double] = ((-2560...2560).map { Double($0) / 64 } + [-1000, -200, 200, 1000]).sorted()

    @Test(arguments: Activation.allCases) func propertiesHoldOnAGrid(_ activation: Activation) {
        let p = activation.properties
        let values = Self.grid.map { activation($0) }
        // Range: every value inside it, and a closed end attained.
        for (x, y) in zip(Self.grid, values) {
            #expect(y >= p.range.lower || (y == p.range.lower && p.range.includesLower), "\(activation)(\(x)) = \(y) below \(p.range)")
            #expect(y <= p.range.upper, "\(activation)(\(x)) = \(y) above \(p.range)")
        }
        if p.range.includesLower { #expect(abs(values.min()! - p.range.lower) <= 1e-4, "\(activation): min \(values.min()!) vs \(p.range)") }
        // Monotonic: never decreasing on the grid; non-monotonic: some decrease.
        let decreases = zip(values, values.dropFirst()).contains { $1 < $0 }
        #expect(decreases == !p.isMonotonic, "\(activation): monotonic \(p.isMonotonic) but decreases: \(decreases)")
        // Zero-centred means odd.
        let odd = Self.grid.allSatisfy { activation(-$0) == -activation($0) }
        #expect(odd == p.isZeroCentred, "\(activation): zero-centred \(p.isZeroCentred), odd on the grid \(odd)")
        // sup |f′| is an upper bound, approached within 1e-3 on the grid (or at 0⁻ for SELU/ELU).
        let slopes = Self.grid.map { abs(activation.derivative($0)) } + [abs(activation.derivative(-1e-12))]
        #expect(slopes.max()! <= p.supremumOfDerivative * (1 + 1e-12), "\(activation): |f′| reaches \(slopes.max()!)")
        #expect(slopes.max()! >= p.supremumOfDerivative - 1e-3, "\(activation): sup |f′| \(p.supremumOfDerivative) but grid max \(slopes.max()!)")
        #expect(p.isBoundedAbove == p.range.upper.isFinite && p.isBoundedBelow == p.range.lower.isFinite)
    }

    @Test func theFoundingDocumentsNumbers() {
        #expect(Activation.sigmoid.properties.supremumOfDerivative == 0.25)
        #expect(Activation.sigmoid.derivativeAtZero == 0.25)
        #expect(Activation.sigmoid.valueAtZero == 0.5)
        #expect(Activation.sigmoid.properties.range.description == "(0.0, 1.0)")
        #expect(!Activation.sigmoid.properties.isZeroCentred)
        #expect(Activation.tanh.properties.isZeroCentred)
        #expect(!Activation.gelu.properties.isZeroCentred && !Activation.silu.properties.isZeroCentred)
        #expect(Activation.relu.properties.range.description == "[0.0, ∞)")
        #expect(Activation.gelu.properties.year == 2016)
        #expect(Activation.allCases.count == 19)
        #expect(Set(Activation.allCases.map(\.name)).count == 19)
    }
}
