@testable import DaftarActivations
import DaftarFloatKernels
import Foundation
import Testing

/// The Float exp under the Float kernels, against Foundation's Double exp on a fine grid: the
/// bound its doc comment states (8.4e-8 relative where the result is normal, under one subnormal
/// step below), the correction term, and NaN.
@Suite struct FloatMathTests {
    @Test func expNonPositiveIsWithinItsBound() {
        var worst = 0.0, worstAt: Float = 0
        for k in 0...1_120_000 {
            let t = Float(-Double(k) / 10_000)
            let observed = Double(FloatMath.expNonPositive(t)), truth = Foundation.exp(Double(t))
            let error = abs(observed - truth)
            if truth < Double(Float.leastNormalMagnitude) {
                #expect(error <= Double(Float.leastNonzeroMagnitude), "e^\(t): \(observed) vs \(truth)")
            } else if error / truth > worst {
                (worst, worstAt) = (error / truth, t)
            }
        }
        print("accuracy Float exp: max relative error \(worst) at \(worstAt)")
        #expect(worst <= 8.5e-8)
        #expect(FloatMath.expNonPositive(-113) == 0 && FloatMath.expNonPositive(-.infinity) == 0)
        #expect(FloatMath.expNonPositive(0) == 1 && FloatMath.expNonPositive(.nan).isNaN)
    }

    /// e^(t + low) with low the rounding error of t: as good as the exponential of the exact sum.
    @Test func theCorrectionTermIsUsed() {
        let exact = -16.000000953674316  // −16 − ulp(16)/2, not a Float
        let t = Float(exact), low = Float(exact - Double(t))
        let observed = Double(FloatMath.expNonPositive(t, low: low)), truth = Foundation.exp(exact)
        #expect(abs(observed - truth) / truth <= 8.5e-8)
    }

    /// The bound FloatMath.tanh's doc comment states, on every 61st Float of [2⁻³⁰, 9.2]
    /// (4.6·10⁶ points; `References/fit_float_tanh.py` checks all of them), and tanh(x) = x below.
    @Test func tanhIsWithinItsBound() {
        var worst = 0.0, worstAt: Float = 0
        let start = Float(0x1p-30).bitPattern, stop = Float(9.2).bitPattern
        for bits in stride(from: start, through: stop, by: 61) {
            let x = Float(bitPattern: bits)
            let truth = Foundation.tanh(Double(x)), error = abs(Double(FloatMath.tanh(x)) - truth) / truth
            if error > worst { (worst, worstAt) = (error, x) }
        }
        print("accuracy Float tanh: max relative error \(worst) at \(worstAt)")
        #expect(worst <= 1.8e-7)
        for x: Float in [0x1p-30, 1e-10, 0x1p-126, .leastNonzeroMagnitude] { #expect(FloatMath.tanh(x) == x && FloatMath.tanh(-x) == -x) }
    }

    @Test func tanhIsOddAndSaturates() {
        for x: Float in [0.1, 0.624, 0.625, 0.5505089, 3, 4.55, 9.01, 9.1, 1000, .greatestFiniteMagnitude, .infinity] {
            #expect(FloatMath.tanh(-x) == -FloatMath.tanh(x))
        }
        #expect(FloatMath.tanh(9.1) == 1 && FloatMath.tanh(.infinity) == 1 && FloatMath.tanh(.nan).isNaN)
        #expect(FloatMath.tanh(-0.0) == 0 && FloatMath.tanh(-0.0).sign == .minus)
    }
}
