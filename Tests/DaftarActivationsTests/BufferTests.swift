import DaftarActivations
import Testing

/// The buffer forms agree bit for bit with the scalar ones, in place and out of place.
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

    @Test(arguments: Activation.allCases) func floatBuffersMatchScalars(_ activation: Activation) {
        let x = Self.inputs.map { Float($0) }
        let upstream = x.indices.map { Float($0 % 7) - 3 }
        #expect(activation.forward(x) == x.map { activation($0) })
        let expected = zip(x, upstream).map { Float(Double(activation.derivative(Double($0))) * Double($1)) }
        #expect(activation.backward(input: x, upstream: upstream) == expected)
        var output = [Float](repeating: .nan, count: x.count)
        x.withUnsafeBufferPointer { input in output.withUnsafeMutableBufferPointer { activation.forward(input, into: $0) } }
        #expect(output == x.map { activation($0) })
    }

    @Test func emptyBuffersAreFine() {
        #expect(Activation.gelu.forward([Float]()) == [])
        #expect(Activation.gelu.backward(input: [Double](), upstream: []) == [])
    }
}
