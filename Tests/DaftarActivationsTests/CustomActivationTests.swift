import DaftarActivations
import _Differentiation
import Testing

@Suite struct CustomActivationTests {
    @Test func aClosureWithItsDerivative() {
        let cube = Activation.custom("cube", { $0 * $0 * $0 }, derivative: { 3 * $0 * $0 })
        #expect(cube.name == "cube")
        #expect(cube(2.0) == 8)
        #expect(cube.derivative(Float(2)) == 12)
        #expect(cube.properties.saturation == "unknown")
        #expect(cube.forward([1.0, -2]) == [1, -8])
    }

    @Test func aDifferentiableClosureGetsItsDerivativeFromAutodiff() {
        let squash = Activation.custom("x/(1+x²)") { (x: Double) -> Double in x / (1 + x * x) }
        for x in stride(from: -3.0, through: 3, by: 0.25) {
            let expected = (1 - x * x) / ((1 + x * x) * (1 + x * x))
            #expect(abs(squash.derivative(x) - expected) <= 1e-15, "at \(x)")
        }
        #expect(squash(Float(1)) == 0.5)
        #expect(squash == Activation.custom("x/(1+x²)", { $0 }, derivative: { _ in 1 }))
    }
}
