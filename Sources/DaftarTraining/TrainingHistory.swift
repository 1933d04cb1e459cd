/// What `fit` recorded, one entry per step: plain values for charts and tables.
public struct TrainingHistory: Sendable, Equatable {
    /// The step numbers, from 1.
    public var steps: [Int] = []
    /// The mini-batch's loss before each step's update.
    public var loss: [Double] = []
    /// The mini-batch's accuracy before each step's update (empty for data without labels).
    public var accuracy: [Double] = []
    /// Seconds since training started, after each step.
    public var wallTime: [Double] = []
    /// What was trained, for titles: the loss and optimiser's names.
    public var lossName: String
    /// The instruments' readings (`fit(…, record:every:)`); empty for a plain `fit`.
    public var probes = TrainingProbes()

    public init(lossName: String) { self.lossName = lossName }

    /// The last step's loss (NaN before any step).
    public var finalLoss: Double { loss.last ?? .nan }
    /// The last step's accuracy (NaN without labels or steps).
    public var finalAccuracy: Double { accuracy.last ?? .nan }
    /// The whole run's duration in seconds.
    public var totalSeconds: Double { wallTime.last ?? 0 }

    /// Records one step.
    mutating func record(loss value: Double, accuracy fraction: Double?, seconds: Double) {
        steps.append(steps.count + 1)
        loss.append(value)
        if let fraction { accuracy.append(fraction) }
        wallTime.append(seconds)
    }
}

/// Mini-batches of a fixed size drawn from successive seeded shuffles of a data set: each epoch
/// is a fresh permutation, and a batch that runs past its end continues into the next one, so
/// every batch is full and every example is seen once per epoch.
struct BatchSampler {
    private var generator: PCG32
    private var order: [Int]
    private var position: Int

    init(count: Int, seed: Int) {
        generator = PCG32(seed: seed)
        order = generator.permutation(of: count)
        position = 0
    }

    /// Fills `batch` (whose count is the batch size) with the next examples' indices.
    mutating func next(into batch: inout [Int]) {
        for slot in batch.indices {
            if position == order.count {
                generator.shuffle(&order)
                position = 0
            }
            batch[slot] = order[position]
            position += 1
        }
    }
}
