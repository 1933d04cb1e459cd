/// What `fit(…, record:every:)` can measure while training, beyond loss and accuracy.
public struct Instruments: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The Frobenius norm of each weight layer's gradient.
    public static let gradientNorms = Instruments(rawValue: 1 << 0)
    /// Mean, standard deviation and histogram of each activation layer's outputs.
    public static let activations = Instruments(rawValue: 1 << 1)
    /// The fraction of saturated units and of dead units per activation layer.
    public static let saturation = Instruments(rawValue: 1 << 2)
    /// The fraction of each neuron's incoming weight updates that share one sign.
    public static let updateSigns = Instruments(rawValue: 1 << 3)
    /// Everything.
    public static let all: Instruments = [.gradientNorms, .activations, .saturation, .updateSigns]
}

/// The instruments' readings, taken on the step's mini-batch before its update, every few steps:
/// plain arrays indexed `[layer][reading]`, so that one layer's series plots against `steps`.
///
/// Weight layers are the network's dense layers, those inside blocks included, first to last;
/// activation layers are its activation layers and the gates inside gated blocks.
public struct TrainingProbes: Sendable, Equatable {
    /// The step of each reading (1 is before any update).
    public var steps: [Int] = []
    /// "dense 1", "dense 2", …
    public var weightLayerNames: [String] = []
    /// "relu 1", "SwiGLU gate 1", …
    public var activationLayerNames: [String] = []
    /// ‖∂loss/∂W‖ per weight layer.
    public var gradientNorms: [[Double]] = []
    /// Mean and standard deviation of each activation layer's outputs over the batch.
    public var activationMeans: [[Double]] = []
    public var activationDeviations: [[Double]] = []
    /// The distribution of each activation layer's outputs.
    public var activationHistograms: [[ValueHistogram]] = []
    /// The fraction of an activation layer's values where |f′| < `saturationThreshold`·sup |f′|.
    public var saturatedFractions: [[Double]] = []
    /// The fraction of an activation layer's units with f′ = 0 on every example of the batch
    /// (a dead ReLU).
    public var deadFractions: [[Double]] = []
    /// Per weight layer, the mean over neurons of the fraction of the neuron's incoming weight
    /// gradients (hence plain-SGD updates) that have the majority's sign: 1 when all move together.
    public var sameSignFractions: [[Double]] = []
    /// The saturation threshold, as a fraction of sup |f′| (0.05 by default).
    public var saturationThreshold: Double = 0.05

    public init() {}

    /// No readings were taken.
    public var isEmpty: Bool { steps.isEmpty }
}

/// Counts of values in equal bins between `lower` and `upper`: a histogram small enough to keep
/// for every layer at every reading.
public struct ValueHistogram: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var counts: [Int]

    /// `values` counted in `bins` equal bins over their own range (or `range` when given).
    public init<S: Sequence>(_ values: S, bins: Int = 30, range: ClosedRange<Double>? = nil) where S.Element: BinaryFloatingPoint {
        var low = Double.infinity, high = -Double.infinity
        if let range { (low, high) = (range.lowerBound, range.upperBound) } else {
            for value in values where value.isFinite { low = min(low, Double(value)); high = max(high, Double(value)) }
        }
        if !low.isFinite { (low, high) = (0, 1) }
        if high <= low { (low, high) = (low - 0.5, low + 0.5) }
        var counts = Array(repeating: 0, count: max(1, bins))
        let scale = Double(counts.count) / (high - low)
        for value in values where value.isFinite {
            let bin = Int((Double(value) - low) * scale)
            counts[min(max(bin, 0), counts.count - 1)] += 1
        }
        self.lower = low
        self.upper = high
        self.counts = counts
    }

    /// The bins' edges, `counts.count + 1` of them.
    public var edges: [Double] {
        (0...counts.count).map { lower + (upper - lower) * Double($0) / Double(counts.count) }
    }

    /// Each bin's centre and its share of the values.
    public var density: (centres: [Double], fractions: [Double]) {
        let total = Double(max(1, counts.reduce(0, +))), width = (upper - lower) / Double(counts.count)
        return (counts.indices.map { lower + width * (Double($0) + 0.5) }, counts.map { Double($0) / total })
    }
}
