import DaftarActivations
import Testing

/// The values at the extremes, exactly, and no NaN or infinity where the true value is finite.
@Suite struct ExtremeValueTests {
    @Test func doubleExtremesAreExact() {
        #expect(Activation.sigmoid(-1000.0) == 0)
        #expect(Activation.sigmoid(1000.0) == 1)
        #expect(Activation.softplus(1000.0) == 1000)
        #expect(Activation.softplus(-1000.0) == 0)
        #expect(Activation.logSigmoid(-1000.0) == -1000)
        #expect(Activation.logSigmoid(1000.0) == 0)
        #expect(Activation.tanh(1000.0) == 1)
        #expect(Activation.tanh(-1000.0) == -1)
        #expect(Activation.gelu(1000.0) == 1000 && Activation.gelu(-1000.0) == 0)
        #expect(Activation.geluTanh(1000.0) == 1000 && Activation.geluTanh(-1000.0) == 0)
        #expect(Activation.silu(1000.0) == 1000 && Activation.silu(-1000.0) == 0)
        #expect(Activation.mish(1000.0) == 1000 && Activation.mish(-1000.0) == 0)
        #expect(Activation.elu(-1000.0) == -1)
        #expect(Activation.softsign(-1000.0) == -1000.0 / 1001)
    }

    @Test func floatExtremesAreExact() {
        #expect(Activation.sigmoid(Float(-1000)) == 0)
        #expect(Activation.sigmoid(Float(1000)) == 1)
        #expect(Activation.softplus(Float(1000)) == 1000)
        #expect(Activation.logSigmoid(Float(-1000)) == -1000)
        #expect(Activation.tanh(Float(1000)) == 1)
        #expect(Activation.tanh(Float(-1000)) == -1)
    }

    static let extremes: [Double] = [-1e300, -1000, -745, -710, -1e-300, -1e-8, 0, 1e-8, 1e-300, 710, 745, 1000, 1e300]

    @Test(arguments: Activation.allCases) func noNaNOrInfinityAtTheExtremes(_ activation: Activation) {
        for x in Self.extremes {
            #expect(activation(x).isFinite, "\(activation)(\(x)) = \(activation(x))")
            #expect(activation.derivative(x).isFinite, "\(activation)′(\(x)) = \(activation.derivative(x))")
            let f = Float(x)
            guard f.isFinite else { continue }
            #expect(activation(f).isFinite, "\(activation)(\(f) as Float) = \(activation(f))")
            #expect(activation.derivative(f).isFinite, "\(activation)′(\(f) as Float) = \(activation.derivative(f))")
        }
    }
}
