import DaftarActivations
import Testing

/// Values against mpmath over [−1000, 1000]: ≤ 1e-13 relative in Double (≤ 1e-300 absolute
/// where the true value is below Double's normal range), ≤ 4e-7 relative in Float (one subnormal
/// step absolute below Float's normal range).
@Suite struct ReferenceTests {
    static let names = ReferenceTable.activations.map(\.name)

    @Test(arguments: names) func doubleValuesMatchReferences(name: String) throws {
        let table = ReferenceTable.shared
        let activation = try #require(ReferenceTable.activations.first { $0.name == name }).activation
        let expected = try #require(table.values[name])
        #expect(expected.count == table.points.count)
        var worst = WorstError()
        for (x, text) in zip(table.points, expected) {
            let truth = try #require(Double(text))
            let observed = activation(x)
            #expect(observed.isFinite, "\(name)(\(x)) = \(observed)")
            let error = abs(observed - truth)
            if abs(truth) < Double.leastNormalMagnitude {
                #expect(error <= 1e-300, "\(name)(\(x)): expected \(text), observed \(observed)")
                continue
            }
            let relative = error / abs(truth)
            if relative > worst.relative { worst = WorstError(relative: relative, at: x, expected: text, observed: observed) }
            #expect(relative <= 1e-13, "\(name)(\(x)): expected \(text), observed \(observed), relative error \(relative)")
        }
        print("accuracy Double \(name): \(worst)")
    }

    @Test(arguments: names) func floatValuesMatchReferences(name: String) throws {
        let table = ReferenceTable.shared
        let activation = try #require(ReferenceTable.activations.first { $0.name == name }).activation
        let expected = try #require(table.values[name])
        var worst = WorstError()
        for (x, text) in zip(table.points, expected) {
            let truth = try #require(Double(text))
            let observed = activation(Float(x))
            guard abs(truth) <= Double(Float.greatestFiniteMagnitude) else { continue }
            #expect(observed.isFinite, "\(name)(\(x) as Float) = \(observed)")
            let error = abs(Double(observed) - truth)
            if abs(truth) < Double(Float.leastNormalMagnitude) {
                #expect(error <= Double(Float.leastNonzeroMagnitude), "\(name)(\(x)): expected \(text), observed \(observed)")
                continue
            }
            let relative = error / abs(truth)
            if relative > worst.relative { worst = WorstError(relative: relative, at: x, expected: text, observed: Double(observed)) }
            #expect(relative <= 4e-7, "\(name)(\(x) as Float): expected \(text), observed \(observed), relative error \(relative)")
        }
        print("accuracy Float \(name): \(worst)")
    }

    @Test func tableCoversTheExtremesAndTinyInputs() {
        let points = ReferenceTable.shared.points
        #expect(points.count >= 400)
        for x in [-1000.0, 1000, 0, Double(Float(1e-8)), Double(Float(-1e-8))] { #expect(points.contains(x), "missing \(x)") }
    }
}
