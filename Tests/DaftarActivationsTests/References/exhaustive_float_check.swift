// Runs the Float kernels on every Float of a range and compares them with Double references,
// for the "every Float" figures in FloatMath's and FloatKernels+Gelu's doc comments. Not part of
// the test target (References/ is excluded); compile it with the kernels' sources:
//
//   K=Sources/DaftarFloatKernels
//   swiftc -O -wmo -parse-as-library -module-name Exhaustive Tests/DaftarActivationsTests/References/exhaustive_float_check.swift \
//       $K/FloatMath.swift $K/FloatKernels.swift $K/FloatKernels+Gelu.swift -o /tmp/exhaustive
//   /tmp/exhaustive gelu -16 0      # also: gelu 0 16, dgelu1 / dgelu3 (g = 1, −3), tanh 0 9.2
//
// About 20 s per 10⁹ Floats. References: x·erfc(−x/√2)/2 and erfc(−x/√2)/2 + x·e^{−x²/2}/√(2π)
// in Double with glibc's erfc and exp (GELU′ on [−0.92, −0.5], where that sum cancels, by its
// Taylor series about the root), Foundation's tanh: errors far below the Float kernels'.
import Foundation

func geluRef(_ x: Double) -> Double { x * 0.5 * erfc(-x / 2.0.squareRoot()) }
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
func dgeluRef(_ x: Double) -> Double {
    x > -0.92 && x < -0.5 ? geluDerivativeNearRoot(x) : 0.5 * erfc(-x / 2.0.squareRoot()) + x * exp(-x * x / 2) / (2 * Double.pi).squareRoot()
}
@main enum ExhaustiveFloatCheck {
    static func main() {
        let which = CommandLine.arguments[1]
        let lo = Float(CommandLine.arguments[2])!, hi = Float(CommandLine.arguments[3])!
        let chunk = 1 << 20
        var xs = [Float](repeating: 0, count: chunk), ys = [Float](repeating: 0, count: chunk)
        let ones = [Float](repeating: 1, count: chunk), threes = [Float](repeating: -3, count: chunk)
        var worst = 0.0, worstAt: Float = 0, worstSteps = 0.0, stepsAt: Float = 0, count = 0
        var cur = lo
        var done = false
        while !done {
            var n = 0
            while n < chunk && !done { xs[n] = cur; n += 1; if cur >= hi { done = true } else { cur = cur.nextUp } }
            xs.withUnsafeBufferPointer { x in ys.withUnsafeMutableBufferPointer { y in
                let xb = UnsafeBufferPointer(rebasing: x[0..<n]), yb = UnsafeMutableBufferPointer(rebasing: y[0..<n])
                switch which {
                case "gelu": FloatKernels.gelu(xb, yb)
                case "dgelu1": ones.withUnsafeBufferPointer { g in FloatKernels.geluBackward(xb, UnsafeBufferPointer(rebasing: g[0..<n]), yb) }
                case "dgelu3": threes.withUnsafeBufferPointer { g in FloatKernels.geluBackward(xb, UnsafeBufferPointer(rebasing: g[0..<n]), yb) }
                default: for i in 0..<n { y[i] = FloatMath.tanh(x[i]) }
                }
            }}
            for i in 0..<n {
                let x = Double(xs[i])
                let t: Double
                switch which {
                case "gelu": t = geluRef(x)
                case "dgelu1": t = dgeluRef(x)
                case "dgelu3": t = -3 * dgeluRef(x)
                default: t = tanh(x)
                }
                let e = abs(Double(ys[i]) - t)
                if abs(t) >= Double(Float.leastNormalMagnitude) {
                    let r = e / abs(t); if r > worst { worst = r; worstAt = xs[i] }
                } else {
                    let s = e / Double(Float.leastNonzeroMagnitude); if s > worstSteps { worstSteps = s; stepsAt = xs[i] }
                }
            }
            count += n
        }
        print("\(which) [\(lo), \(hi)]: \(count) Floats; max relative error \(worst) at \(worstAt) (normal results); max error below the normal range \(worstSteps) steps at \(stepsAt)")
    }
}
