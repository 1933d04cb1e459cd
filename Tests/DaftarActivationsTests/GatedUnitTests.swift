import DaftarActivations
import Testing

@Suite struct GatedUnitTests {
    @Test func gluGatesTheFirstHalfByTheSigmoidOfTheSecond() {
        // torch.nn.functional.glu(torch.tensor([1., 2., 0., 1000.])) = [0.5, 2.0]
        #expect(GatedUnit.glu([1.0, 2, 0, 1000]) == [0.5, 2])
        #expect(GatedUnit.reglu([3.0, 3, -1, 2]) == [0, 6])
        #expect(GatedUnit.swiglu([2.0, 0]) == [0])
        #expect(GatedUnit.geglu([2.0, 1]) == [2 * Activation.gelu(1.0)])
    }

    @Test(arguments: GatedUnit.allCases) func backwardMatchesFiniteDifferences(_ unit: GatedUnit) {
        let input = [0.7, -1.3, 2.1, 0.4, -0.9, 1.7]
        let upstream = [1.0, -0.5, 0.25]
        let analytic = unit.backward(input: input, upstream: upstream)
        let loss = { (x: [Double]) in zip(unit(x), upstream).map { $0 * $1 }.reduce(0, +) }
        for i in input.indices {
            let h = 1e-6
            var up = input, down = input
            up[i] += h
            down[i] -= h
            let estimate = (loss(up) - loss(down)) / (2 * h)
            #expect(abs(estimate - analytic[i]) <= 1e-8, "\(unit) input \(i): \(analytic[i]) vs \(estimate)")
        }
    }
}
