import DaftarActivations
import Testing

/// The buffer forms agree with the scalar ones, in place and out of place: bit for bit, except
/// the Float kernels (`FloatKernels`), which compute in Float or through their own exp and are
/// held to the Float bar instead: within 4e-7 relative of the scalar path, which is
/// itself correctly rounded to within 1e-13.
@Suite struct BufferTests {
    static let inputs: [Double] = (-80...80).map { Double($0) / 8 } + [-1000, 1000, 0, -0.0, 6, -3, 3, 1e-8]

    @Test(arguments: Activation.allCases) func doubleBuffersMatchScalars(_ activation: Activation) {
        let x = Self.inputs
        let upstream = x.indices.map { Double($0 % 7) - 3 }
        #expect(activation.forward(x) == x.map { activation($0) })
        #expect(activation.backward(input: x, upstream: upstream) == zip(x, upstream).map { activation.derivative($0) * $1 })
        var inPlace = x
        inPlace.withUnsafeMutableBufferPointer { activation.forward(inPlace: $0) }
        #expect(inPlace == x.map { activation($0) })
        var gradient = upstream
        x.withUnsafeBufferPointer { input in gradient.withUnsafeMutableBufferPointer { activation.backward(input: input, gradientInPlace: $0) } }
        #expect(gradient == zip(x, upstream).map { activation.derivative($0) * $1 })
    }

    /// Equal, or within 4e-7 relative (one subnormal step absolute) for the Float kernels.
    static func agree(_ a: [Float], _ b: [Float], _ activation: Activation) -> Bool {
        let kernels: [Activation] = [.sigmoid, .silu, .tanh, .gelu]
        guard kernels.contains(activation) else { return a == b }
        return a.count == b.count && zip(a, b).allSatisfy { observed, expected in
            let error = abs(Double(observed) - Double(expected))
            return observed == expected || error <= 4e-7 * abs(Double(expected)) || error <= Double(Float.leastNonzeroMagnitude)
        }
    }

    @Test(arguments: Activation.allCases) func floatBuffersMatchScalars(_ activation: Activation) {
        let x = Self.inputs.map { Float($0) } + [.nan, -.nan]
        let upstream = x.indices.map { Float($0 % 7) - 3 }
        let finite = x.filter { !$0.isNaN }
        #expect(Self.agree(activation.forward(finite), finite.map { activation($0) }, activation))
        #expect(activation.forward(x).suffix(2).allSatisfy(\.isNaN) || activation == .hardSigmoid || activation == .hardTanh
            || activation == .relu6 || activation == .leakyReLU)
        let expected = zip(finite, upstream).map { Float(Double(activation.derivative(Double($0))) * Double($1)) }
        #expect(Self.agree(activation.backward(input: finite, upstream: Array(upstream.prefix(finite.count))), expected, activation))
        var output = [Float](repeating: .nan, count: finite.count)
        finite.withUnsafeBufferPointer { input in output.withUnsafeMutableBufferPointer { activation.forward(input, into: $0) } }
        #expect(Self.agree(output, finite.map { activation($0) }, activation))
    }

    /// Below Float's normal range: one subnormal step (2⁻¹⁴⁹), or the bar's 4e-7 relative where that
    /// is wider — just below 2⁻¹²⁶ a step is 1.2e-7 of the value, so one step alone would hold
    /// the smallest results to three times the bar of the normal ones.
    static func subnormalTolerance(_ truth: Double) -> Double {
        max(Double(Float.leastNonzeroMagnitude), 4e-7 * abs(truth))
    }

    /// The Float kernels against mpmath, over the reference table, and exact at the extremes.
    @Test(arguments: ["sigmoid", "silu", "tanh", "gelu"]) func floatKernelsMatchReferences(name: String) throws {
        let table = ReferenceTable.shared
        let activation = try #require(ReferenceTable.activations.first { $0.name == name }).activation
        let expected = try #require(table.values[name]).map { Double($0)! }
        let observed = activation.forward(table.points.map { Float($0) })
        var worst = 0.0
        for (i, truth) in expected.enumerated() {
            let error = abs(Double(observed[i]) - truth)
            if abs(truth) < Double(Float.leastNormalMagnitude) {
                #expect(error <= Self.subnormalTolerance(truth), "\(name)(\(table.points[i])): \(observed[i]) vs \(truth)")
            } else {
                worst = max(worst, error / abs(truth))
                #expect(error / abs(truth) <= 4e-7, "\(name)(\(table.points[i])): \(observed[i]) vs \(truth)")
            }
        }
        print("accuracy Float buffer \(name): max relative error \(worst)")
        #expect(activation.forward([Float(-1000), 1000]) == (name == "tanh" ? [-1, 1] : name == "sigmoid" ? [0, 1] : [-0.0, 1000]))
    }

    /// The Float kernels' backward passes against the Double derivatives (themselves checked against
    /// central differences) on 80,001 points of [−20, 20], past every saturation, with g = 1 and g = −3.
    @Test(arguments: [Activation.sigmoid, .silu, .tanh, .gelu]) func floatKernelDerivativesMatchDouble(_ activation: Activation) {
        let x = (-40000...40000).map { Float($0) / 2000 } + [1e-8, -1e-8, 30, -30, 90, -90, 1000, -1000]
        for upstream in [Float(1), -3] {
            let observed = activation.backward(input: x, upstream: [Float](repeating: upstream, count: x.count))
            var worst = 0.0
            for (v, d) in zip(x, observed) {
                let truth = activation.derivative(Double(v)) * Double(upstream)
                let error = abs(Double(d) - truth)
                if abs(truth) < Double(Float.leastNormalMagnitude) {
                    #expect(error <= Self.subnormalTolerance(truth), "\(activation.name)′(\(v)): \(d) vs \(truth)")
                    continue
                }
                worst = max(worst, error / abs(truth))
                #expect(error <= 4e-7 * abs(truth), "\(activation.name)′(\(v))·\(upstream): \(d) vs \(truth)")
            }
            print("accuracy Float buffer \(activation.name)′: max relative error \(worst)")
        }
    }

    @Test func emptyBuffersAreFine() {
        #expect(Activation.gelu.forward([Float]()) == [])
        #expect(Activation.gelu.backward(input: [Double](), upstream: []) == [])
    }
}
