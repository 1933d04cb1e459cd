/// Training with instruments: the same loop as `fit`, reading gradients, activations and update
/// signs every few steps.
///
/// A separate entry point so that plain `fit` stays allocation-free: readings allocate their
/// arrays, and only the steps that are read pay for them.
extension NeuralNetwork where Scalar == Float {
    /// Trains as `fit(_:loss:optimizer:steps:batchSize:seed:)` does — the same batches, the same
    /// updates, the same weights afterwards — and takes the readings of `record` at step 1
    /// (before any update), every `every` steps after it, and at the last step, into `history.probes`.
    /// A unit counts as saturated where |f′| < `saturationThreshold`·sup |f′|.
    public mutating func fit(_ data: Dataset, loss: Loss, optimizer: Optimizer, steps: Int, batchSize: Int, seed: Int = 0,
                             record instruments: Instruments, every interval: Int = 50,
                             saturationThreshold: Double = 0.05) -> TrainingHistory {
        precondition(data.count > 0, "fit needs at least one example")
        precondition(interval > 0, "readings every \(interval) steps")
        var optimizer = optimizer
        var sampler = BatchSampler(count: data.count, seed: seed)
        var batch = Array(repeating: 0, count: min(batchSize, data.count))
        var history = TrainingHistory(lossName: loss.description)
        history.probes.saturationThreshold = saturationThreshold
        guard steps > 0 else { return history }
        prepare()
        let clock = ContinuousClock(), start = clock.now
        for step in 1...steps {
            sampler.next(into: &batch)
            gatherRows(batch[...], from: data.inputs, into: &values[0])
            data.fillTargets(rows: batch[...], width: outputWidth, into: &targets)
            let value = forwardBackward(targets: targets, loss: loss)
            let fraction = data.labels.map { labels in correctFraction(of: values[layers.count], labels: labels, rows: batch[...]) }
            if !instruments.isEmpty && ((step - 1) % interval == 0 || step == steps) {
                read(instruments, step: step, into: &history.probes)
            }
            optimizer.update(&layers)
            let elapsed = clock.now - start
            history.record(loss: value, accuracy: fraction,
                           seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return history
    }
}
