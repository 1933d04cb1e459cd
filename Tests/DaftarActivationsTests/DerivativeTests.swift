import DaftarActivations
import Testing

/// Analytic derivatives against central finite differences, (f(x+h) − f(x−h)) / 2h, at 249 points
/// in [−50, 100], skipping points within 2h of a kink.
@Suite struct DerivativeTests {
    /// [−12, 12] in steps of 0.1, and a few points far out where the functions saturate.
    static let points: [Double] = (-120...120).map { Double($0) / 10 } + [-50, -30, -20.5, 19.5, 25, 30, 50, 100]

    /// Kinks, and softsign's 0, where f″ jumps and the central difference is only O(h) accurate.
    static func skips(_ x: Double, _ activation: Activation, h: Double) -> Bool {
        let breaks = activation.properties.kinks + (activation == .softsign ? [0] : [])
        return breaks.contains { abs(x - $0) <= 2 * h }
    }

    /// h = 1e-5·max(1, |x|): truncation error ~h²|f‴|/6 ≈ 1e-10, rounding ~ε|f|/h ≈ 1e-11·|f|.
    @Test(arguments: Activation.allCases) func doubleDerivativeMatchesFiniteDifferences(_ activation: Activation) {
        var checked = 0, worst = 0.0
        for x in Self.points {
            let h = 1e-5 * max(1, abs(x))
            if Self.skips(x, activation, h: h) { continue }
            let estimate = (activation(x + h) - activation(x - h)) / ((x + h) - (x - h))
            let analytic = activation.derivative(x)
            let error = abs(estimate - analytic) / max(1, abs(activation(x)))
            worst = max(worst, error)
            #expect(error <= 1e-7, "\(activation)′(\(x)): analytic \(analytic), finite difference \(estimate)")
            checked += 1
        }
        #expect(checked >= 200, "\(activation): only \(checked) points checked")
        print("finite differences Double \(activation): \(checked) points, max scaled error \(worst)")
    }

    /// In Float, h = 1e-2·max(1, |x|): rounding ε|f|/h ≈ 6e-6·|f|, truncation ≈ 2e-5.
    @Test(arguments: Activation.allCases) func floatDerivativeMatchesFiniteDifferences(_ activation: Activation) {
        var checked = 0
        for point in Self.points {
            let x = Float(point)
            let h = Float(1e-2) * max(1, abs(x))
            if Self.skips(Double(x), activation, h: Double(h)) { continue }
            let estimate = (activation(x + h) - activation(x - h)) / ((x + h) - (x - h))
            let analytic = activation.derivative(x)
            let error = abs(estimate - analytic) / max(1, abs(activation(x)))
            #expect(error <= 2e-4, "\(activation)′(\(x)): analytic \(analytic), finite difference \(estimate)")
            checked += 1
        }
        #expect(checked >= 200)
    }

    /// At a kink the derivative is the one PyTorch's autograd returns.
    @Test func kinksTakePyTorchsValues() {
        #expect(Activation.relu.derivative(0.0) == 0)
        #expect(Activation.relu6.derivative(0.0) == 0)
        #expect(Activation.relu6.derivative(6.0) == 0)
        #expect(Activation.leakyReLU.derivative(0.0) == 0.01)
        #expect(Activation.hardTanh.derivative(-1.0) == 0)
        #expect(Activation.hardTanh.derivative(1.0) == 0)
        #expect(Activation.hardSigmoid.derivative(-3.0) == 0)
        #expect(Activation.hardSigmoid.derivative(3.0) == 0)
        #expect(Activation.hardSigmoid.derivative(0.0) == 1.0 / 6)
        #expect(Activation.elu.derivative(0.0) == 1)
        #expect(Activation.elu(alpha: 0.5).derivative(0.0) == 0.5)
        #expect(Activation.celu.derivative(0.0) == 1)
        #expect(Activation.selu.derivative(0.0) == 1.6732632423543772848170429916717 * 1.0507009873554804934193349852946)
        #expect(Activation.softplus.derivative(20.5) == 1)
    }

    @Test func sigmoidDerivativeIsAQuarterAtZero() {
        #expect(Activation.sigmoid.derivative(0.0) == 0.25)
        #expect(Activation.sigmoid.derivative(Float(0)) == 0.25)
        #expect(Activation.tanh.derivative(0.0) == 1)
        #expect(Activation.gelu.derivative(0.0) == 0.5)
        #expect(Activation.silu.derivative(0.0) == 0.5)
    }
}
