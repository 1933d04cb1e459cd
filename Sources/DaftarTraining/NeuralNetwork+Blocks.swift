import DaftarActivations

/// Multilayer perceptrons with residual connections and layer normalisation: the two devices
/// that let Transformer stacks hundreds of layers deep train whatever their activation.
extension NeuralNetwork {
    /// An MLP whose hidden layers are pre-norm residual blocks, as GPT-2's are:
    ///
    /// ```
    /// Dense(w₀ → w₁), act, then for each hidden step wᵢ → wᵢ₊₁:
    ///     x + act(Dense(LayerNorm(x)))   when `residual` and wᵢ = wᵢ₊₁
    ///     act(Dense(LayerNorm(x)))       otherwise
    /// then LayerNorm, Dense(wₙ₋₂ → wₙ₋₁)
    /// ```
    /// LayerNorm appears only when `layerNorm` is true. Weights are drawn layer after layer from
    /// `seed`, so `residual: false, layerNorm: false` is exactly `MLP(widths, …, seed:)`.
    public init(_ widths: [Int], activation: Activation = .relu, initializer: Initializer = .heNormal,
                residual: Bool, layerNorm: Bool = false, seed: Int = 0) {
        precondition(widths.count >= 2 && widths.allSatisfy { $0 > 0 }, "an MLP needs at least two positive widths, got \(widths)")
        var generator = PCG32(seed: seed)
        var layers: [any Layer<Scalar>] = []
        let last = widths.count - 2
        for index in 0...last {
            let fanIn = widths[index], fanOut = widths[index + 1]
            var block: [any Layer<Scalar>] = []
            if layerNorm && index > 0 { block.append(LayerNorm<Scalar>(width: fanIn)) }
            block.append(Dense<Scalar>(fanIn, fanOut, initializer: initializer, using: &generator))
            if index < last { block.append(ActivationLayer<Scalar>(activation, width: fanOut)) }
            if residual && index > 0 && index < last && fanIn == fanOut {
                layers.append(Residual(block))
            } else {
                layers.append(contentsOf: block)
            }
        }
        self.init(layers: layers)
    }

    /// The same with layer normalisation and no residual connections.
    public init(_ widths: [Int], activation: Activation = .relu, initializer: Initializer = .heNormal,
                layerNorm: Bool, seed: Int = 0) {
        self.init(widths, activation: activation, initializer: initializer, residual: false, layerNorm: layerNorm, seed: seed)
    }

    /// Every dense layer, those inside residual blocks included, first to last: the layers
    /// `layerGradientNorms` reports on.
    public var weightLayers: [Dense<Scalar>] { layers.flatMap(denseLayers(in:)) }

    /// The Frobenius norm of each weight layer's latest weight gradient (`weightLayers`' order).
    public var weightGradientNorms: [Double] { weightLayers.map(\.weightGradient.frobeniusNorm) }
}

/// The dense layers of `layer`, looking inside the layers that hold others.
func denseLayers<Scalar>(in layer: any Layer<Scalar>) -> [Dense<Scalar>] {
    switch layer {
    case let dense as Dense<Scalar>: [dense]
    case let residual as Residual<Scalar>: residual.layers.flatMap(denseLayers(in:))
    case let gated as GatedFeedForward<Scalar>: [gated.gate, gated.value, gated.output]
    case let gate as SigmoidGate<Scalar>: [gate.gate, gate.value]
    default: []
    }
}
