import DaftarActivations
import DaftarTraining
import Testing

/// The activation layer's Float path gives the activation engine's bits, fast paths included.
@Suite struct ActivationLayerTests {
    @Test(arguments: [Activation.relu, .sigmoid, .gelu, .leakyReLU])
    func floatLayerMatchesTheEngineBitForBit(activation: Activation) {
        // 37 values: two 16-lane blocks and a tail; zeros of both signs, NaN and infinities.
        var values = Matrix.randomNormal(rows: 1, columns: 37, std: 3, seed: 4).elements
        values[0] = 0; values[1] = -0.0; values[17] = .nan; values[33] = .infinity; values[34] = -.infinity
        let input = Matrix(rows: 1, columns: 37, elements: values)
        let upstream = Matrix.randomNormal(rows: 1, columns: 37, seed: 5)
        var layer = ActivationLayer<Float>(activation, width: 37)
        var output = Matrix(), gradient = Matrix()
        layer.forward(input, into: &output)
        layer.backward(input: input, output: output, outputGradient: upstream, inputGradient: &gradient, needsInputGradient: true)
        #expect(output.elements.map(\.bitPattern) == activation.forward(values).map(\.bitPattern))
        #expect(gradient.elements.map(\.bitPattern) == activation.backward(input: values, upstream: upstream.elements).map(\.bitPattern))
    }
}
