/// Training a Float network on a `Dataset`: what a notebook cell calls.
extension NeuralNetwork where Scalar == Float {
    /// Trains for `steps` mini-batches of `batchSize` examples drawn from seeded shuffles of
    /// `data` (`seed`), recording loss, accuracy and wall time at every step.
    public mutating func fit(_ data: Dataset, loss: Loss, optimizer: Optimizer, steps: Int, batchSize: Int,
                             seed: Int = 0) -> TrainingHistory {
        precondition(data.count > 0, "fit needs at least one example")
        var optimizer = optimizer
        var sampler = BatchSampler(count: data.count, seed: seed)
        var batch = Array(repeating: 0, count: min(batchSize, data.count))
        var history = TrainingHistory(lossName: loss.description)
        history.steps.reserveCapacity(steps)
        history.loss.reserveCapacity(steps)
        history.wallTime.reserveCapacity(steps)
        if data.labels != nil { history.accuracy.reserveCapacity(steps) }
        prepare()
        let clock = ContinuousClock(), start = clock.now
        for _ in 0..<steps {
            sampler.next(into: &batch)
            gatherRows(batch[...], from: data.inputs, into: &values[0])
            data.fillTargets(rows: batch[...], width: outputWidth, into: &targets)
            let value = forwardBackward(targets: targets, loss: loss)
            let fraction = data.labels.map { labels in correctFraction(of: values[layers.count], labels: labels, rows: batch[...]) }
            optimizer.update(&layers)
            let elapsed = clock.now - start
            history.record(loss: value, accuracy: fraction,
                           seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return history
    }

    /// One forward pass, backward pass and update on the whole of `batch`: the batch's loss
    /// before the update. `optimizer` keeps its momenta and step count for the next call.
    public mutating func trainStep(on batch: Dataset, loss: Loss, optimizer: inout Optimizer) -> Double {
        prepare()
        values[0] = batch.inputs
        let value: Double
        if let targetValues = batch.targetValues {
            value = forwardBackward(targets: targetValues, loss: loss)
        } else {
            batch.fillTargets(rows: 0..<batch.count, width: outputWidth, into: &targets)
            value = forwardBackward(targets: targets, loss: loss)
        }
        values[0] = Matrix()
        optimizer.update(&layers)
        return value
    }

    /// The fraction of `data`'s examples whose predicted class is their label: the largest
    /// output, or a positive logit for a single output. NaN for data without labels.
    public func accuracy(on data: Dataset) -> Double {
        guard let labels = data.labels else { return .nan }
        let outputs = predict(data.inputs)
        return correctFraction(of: outputs, labels: labels, rows: 0..<data.count)
    }

    /// The predicted class of each row of `inputs` (largest output, or positive logit).
    public func predictClasses(_ inputs: Matrix) -> [Int] {
        let outputs = predict(inputs)
        return (0..<outputs.rows).map { Self.predictedClass(outputs, row: $0) }
    }

    /// The Frobenius norm of each dense layer's weight gradient of the mean loss over the whole
    /// of `data`, first layer first (those inside residual and gated blocks included, in
    /// `weightLayers`' order); computed on a copy, so the network is unchanged
    /// (`computeGradients` keeps them in the layers instead).
    public func layerGradientNorms(on data: Dataset, loss: Loss) -> [Double] {
        var copy = self
        _ = copy.computeGradients(inputs: data.inputs, targets: data.targets(width: outputWidth), loss: loss)
        return copy.weightGradientNorms
    }

    /// The mean loss over the whole of `data`, without updating anything.
    public func loss(on data: Dataset, loss: Loss) -> Double {
        loss.value(output: predict(data.inputs), targets: data.targets(width: outputWidth))
    }

    func correctFraction<Rows: Collection<Int>>(of outputs: Matrix, labels: [Int], rows: Rows) -> Double {
        var correct = 0
        for (row, example) in rows.enumerated() where Self.predictedClass(outputs, row: row) == labels[example] { correct += 1 }
        return rows.isEmpty ? .nan : Double(correct) / Double(rows.count)
    }

    static func predictedClass(_ outputs: Matrix, row: Int) -> Int {
        outputs.withUnsafeBufferPointer { z in
            let width = outputs.columns, start = row * width
            if width == 1 { return z[start] > 0 ? 1 : 0 }
            var best = 0
            for j in 1..<width where z[start + j] > z[start + best] { best = j }
            return best
        }
    }
}
