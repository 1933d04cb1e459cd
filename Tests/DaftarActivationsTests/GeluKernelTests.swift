import DaftarActivations
import DaftarFloatKernels
import Testing

/// The Float GELU kernels against the Double GELU (itself within 1e-13 of mpmath) on a dense
/// grid: the bounds their doc comments state, GELU′ around its root, where it cancels, and the
/// results below Float's normal range. `References/fit_float_gelu.py` checks every Float.
@Suite struct GeluKernelTests {
    /// Every 1009th Float of [−16, 16]: 2.2·10⁶ points, every binade from 2⁻¹²⁶ up.
    static let grid: [Float] = {
        let top = Float(16).bitPattern
        let positive = stride(from: UInt32(0), through: top, by: 1009).map { Float(bitPattern: $0) }
        return positive.reversed().map { -$0 } + positive
    }()

    /// Largest relative error where the true value is normal, and below that the largest error
    /// over BufferTests' tolerance (one subnormal step, or 4e-7 relative where that is wider).
    static func errors(_ observed: [Float], _ truth: (Float) -> Double, _ x: [Float]) -> (relative: Double, at: Float, steps: Double) {
        var worst = (relative: 0.0, at: Float(0), steps: 0.0)
        for (v, y) in zip(x, observed) {
            let t = truth(v), error = abs(Double(y) - t)
            if abs(t) >= Double(Float.leastNormalMagnitude) {
                if error / abs(t) > worst.relative { (worst.relative, worst.at) = (error / abs(t), v) }
            } else {
                worst.steps = max(worst.steps, error / BufferTests.subnormalTolerance(t))
            }
        }
        return worst
    }

    static func run(_ x: [Float], _ body: (UnsafeBufferPointer<Float>, UnsafeMutableBufferPointer<Float>) -> Void) -> [Float] {
        x.withUnsafeBufferPointer { x in [Float](unsafeUninitializedCapacity: x.count) { y, n in body(x, y); n = x.count } }
    }

    @Test func forwardIsWithinItsBound() {
        let x = Self.grid
        let worst = Self.errors(Self.run(x, FloatKernels.gelu), { Activation.gelu(Double($0)) }, x)
        print("accuracy Float GELU kernel: max relative error \(worst.relative) at \(worst.at); below 2⁻¹²⁶ \(worst.steps) of the tolerance")
        #expect(worst.relative <= 3.2e-7)
        #expect(worst.steps <= 1)
    }

    @Test(arguments: [Float(1), -3]) func backwardIsWithinItsBound(upstream: Float) {
        let x = Self.grid, g = [Float](repeating: upstream, count: x.count)
        let observed = g.withUnsafeBufferPointer { g in Self.run(x) { FloatKernels.geluBackward($0, g, $1) } }
        let worst = Self.errors(observed, { v in
            Double(upstream) * (v > -0.92 && v < -0.5 ? geluDerivativeNearRoot(Double(v)) : Activation.gelu.derivative(Double(v)))
        }, x)
        print("accuracy Float GELU′ kernel (g = \(upstream)): max relative error \(worst.relative) at \(worst.at); below 2⁻¹²⁶ \(worst.steps) of the tolerance")
        #expect(worst.relative <= 3.6e-7)
        #expect(worst.steps <= 1)
    }

    /// Every Float within 10⁻³ of GELU′'s root x₀ = −0.751791524693564…, where Φ(x) and x·φ(x)
    /// cancel: the kernel carries x₀ − |x| exactly, so the relative error does not grow.
    @Test func backwardKeepsItsAccuracyAtTheRoot() {
        var x: [Float] = [], v = Float(-0.7527915)
        while v < -0.7507915 { x.append(v); v = v.nextUp }
        let observed = [Float](repeating: 1, count: x.count).withUnsafeBufferPointer { g in
            Self.run(x) { FloatKernels.geluBackward($0, g, $1) }
        }
        let worst = Self.errors(observed, { geluDerivativeNearRoot(Double($0)) }, x)
        print("accuracy Float GELU′ kernel near its root (\(x.count) Floats): max relative error \(worst.relative) at \(worst.at)")
        #expect(x.count > 30_000 && worst.relative <= 3.6e-7)
    }

    @Test func specialValues() {
        let x: [Float] = [0, -0.0, .infinity, -.infinity, .nan, 14.6, -14.6, -17, 1e-30, -1e-30, .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        let y = Self.run(x, FloatKernels.gelu)
        #expect(y[0] == 0 && y[0].sign == .plus && y[1] == 0 && y[1].sign == .minus)
        #expect(y[2] == .infinity && y[3] == 0 && y[4].isNaN && y[5] == 14.6 && y[6] == 0 && y[7] == 0)
        #expect(y[8] == 5e-31 && y[9] == -5e-31 && y[10] == .greatestFiniteMagnitude && y[11] == 0)
        let d = [Float](repeating: 2, count: x.count).withUnsafeBufferPointer { g in
            Self.run(x) { FloatKernels.geluBackward($0, g, $1) }
        }
        #expect(d[0] == 1 && d[1] == 1 && d[2] == 2 && d[3] == 0 && d[4].isNaN && d[5] == 2 && d[7] == 0)
        #expect(d[8] == 1 && d[9] == 1 && d[10] == 2 && d[11] == 0)
    }
}

/// GELU′ on [−0.92, −0.5] by its Taylor series about its root x₀ (degree 13, coefficients from
/// mpmath, relative error < 2e-14): Φ(x) + x·φ(x) cancels there, in Double too.
func geluDerivativeNearRoot(_ v: Double) -> Double {
    let delta = (v - -0.7517915246935645) - 1.4956759177009883e-17
    var q = -7.74846130700372e-06
    for c in [-1.121438018842664e-05, 8.615947861116571e-05, 0.00018633974623233514, -0.0007448268386746817,
              -0.002239538068073497, 0.004539228379125415, 0.019421679838189067, -0.014771522148244337,
              -0.1140082332972217, -0.018199676398671087, 0.388284982990552, 0.4314939923140469] { q = q * delta + c }
    return delta * q
}
