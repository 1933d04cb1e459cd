import DaftarActivations
import Testing

/// The buffer forms agree with the scalar ones, in place and out of place: bit for bit, except
/// that Float sigmoid, SiLU and tanh go through `FloatKernels`' own exp, and may then differ by
/// one rounding (an ulp) where the true value lies within 1e-14 of a rounding boundary.
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

    /// Equal, or one ulp apart for the SIMD-friendly kernels.
    static func agree(_ a: [Float], _ b: [Float], _ activation: Activation) -> Bool {
        let kernels: [Activation] = [.sigmoid, .silu, .tanh]
        guard kernels.contains(activation) else { return a == b }
        return a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || abs($0 - $1) <= $1.ulp }
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

    /// The Float kernels against mpmath, over the reference table, and exact at the extremes.
    @Test(arguments: ["sigmoid", "silu", "tanh"]) func floatKernelsMatchReferences(name: String) throws {
        let table = ReferenceTable.shared
        let activation = try #require(ReferenceTable.activations.first { $0.name == name }).activation
        let expected = try #require(table.values[name]).map { Double($0)! }
        let observed = activation.forward(table.points.map { Float($0) })
        var worst = 0.0
        for (i, truth) in expected.enumerated() {
            let error = abs(Double(observed[i]) - truth)
            if abs(truth) < Double(Float.leastNormalMagnitude) {
                #expect(error <= Double(Float.leastNonzeroMagnitude), "\(name)(\(table.points[i])): \(observed[i]) vs \(truth)")
            } else {
                worst = max(worst, error / abs(truth))
                #expect(error / abs(truth) <= 4e-7, "\(name)(\(table.points[i])): \(observed[i]) vs \(truth)")
            }
        }
        print("accuracy Float buffer \(name): max relative error \(worst)")
        #expect(activation.forward([Float(-1000), 1000]) == (name == "tanh" ? [-1, 1] : name == "sigmoid" ? [0, 1] : [-0.0, 1000]))
    }

    @Test func emptyBuffersAreFine() {
        #expect(Activation.gelu.forward([Float]()) == [])
        #expect(Activation.gelu.backward(input: [Double](), upstream: []) == [])
    }
}
