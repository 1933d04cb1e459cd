@_implementationOnly import RealModule

/// How good an output layer's probabilities are: whether they sum to one, how calibrated they
/// are, and the cross-entropy and perplexity they give the true classes.
///
/// Softmax outputs are a distribution by construction; independent sigmoids (one-vs-rest) give
/// each class its own σ(zⱼ), which need not sum to one — the founding document's point about
/// 50,000-token vocabularies. For sigmoids both readings are reported: the raw σ(z_y) the
/// output layer claims, and the probability after dividing by the sum.
public struct OutputEvaluation: Sendable, Equatable {
    /// Mean, smallest and largest over the examples of Σⱼ pⱼ.
    public var meanProbabilitySum: Double
    public var smallestProbabilitySum: Double
    public var largestProbabilitySum: Double
    /// Mean −ln p(true class) in nats, p as the output layer gives it (σ(z_y) for sigmoids).
    public var crossEntropy: Double
    /// The same after normalising each example's probabilities to sum to one.
    public var normalisedCrossEntropy: Double
    /// The fraction of examples whose most probable class is the true one.
    public var accuracy: Double
    /// Expected calibration error (Guo et al. 2017): Σ over confidence bins of
    /// (bin size / n)·|accuracy − mean confidence|, confidence the top class's probability as given.
    public var expectedCalibrationError: Double
    /// Per confidence bin (equal widths over [0, 1]): mean confidence, accuracy, example count.
    public var binConfidence: [Double], binAccuracy: [Double], binCounts: [Int]

    /// e^crossEntropy: the effective number of equally likely choices.
    public var perplexity: Double { Double.exp(crossEntropy) }
    /// e^normalisedCrossEntropy.
    public var normalisedPerplexity: Double { Double.exp(normalisedCrossEntropy) }

    /// The evaluation of `logits` (one row per example) for `labels`, read as `output` reads them:
    /// softmax for `.softmaxCrossEntropy`, independent sigmoids otherwise.
    public init(logits: Matrix, labels: [Int], output: Loss, bins: Int = 10) {
        precondition(logits.rows == labels.count && logits.rows > 0, "\(labels.count) labels for \(logits.rows) rows of logits")
        let n = logits.rows, width = logits.columns, softmax = output == .softmaxCrossEntropy
        var sums: [Double] = [], crossEntropy = 0.0, normalised = 0.0, correct = 0
        var confidences = Array(repeating: 0.0, count: bins), hits = Array(repeating: 0, count: bins), counts = Array(repeating: 0, count: bins)
        var probabilities = Array(repeating: 0.0, count: width)
        for row in 0..<n {
            let z = (0..<width).map { Double(logits.elements[row * width + $0]) }
            let label = labels[row]
            var logTrue: Double
            if softmax {
                let largest = z.max()!
                let total = z.reduce(0) { $0 + Double.exp($1 - largest) }
                for j in 0..<width { probabilities[j] = Double.exp(z[j] - largest) / total }
                logTrue = z[label] - largest - Double.log(total)
                normalised -= logTrue
            } else {
                for j in 0..<width { probabilities[j] = 1 / (1 + Double.exp(-z[j])) }
                logTrue = -Double.log(onePlus: Double.exp(-z[label]))
                normalised -= Double.log(probabilities[label] / probabilities.reduce(0, +))
            }
            crossEntropy -= logTrue
            let sum = probabilities.reduce(0, +)
            sums.append(sum)
            var best = 0
            for j in 1..<max(1, width) where probabilities[j] > probabilities[best] { best = j }
            let confidence = min(1, probabilities[best])
            let bin = min(bins - 1, Int(confidence * Double(bins)))
            confidences[bin] += confidence
            counts[bin] += 1
            if best == label { hits[bin] += 1; correct += 1 }
        }
        meanProbabilitySum = sums.reduce(0, +) / Double(n)
        smallestProbabilitySum = sums.min()!
        largestProbabilitySum = sums.max()!
        self.crossEntropy = crossEntropy / Double(n)
        normalisedCrossEntropy = normalised / Double(n)
        accuracy = Double(correct) / Double(n)
        binCounts = counts
        let meanConfidence = counts.indices.map { counts[$0] > 0 ? confidences[$0] / Double(counts[$0]) : .nan }
        let binAccuracy = counts.indices.map { counts[$0] > 0 ? Double(hits[$0]) / Double(counts[$0]) : .nan }
        expectedCalibrationError = counts.indices.reduce(0.0) { total, bin in
            counts[bin] == 0 ? total : total + Double(counts[bin]) / Double(n) * abs(binAccuracy[bin] - meanConfidence[bin])
        }
        binConfidence = meanConfidence
        self.binAccuracy = binAccuracy
    }
}
