@_implementationOnly import RealModule

/// How parameters follow their gradients, with PyTorch's defaults and its exact update rules;
/// the optimiser keeps its own state (momenta, step count), so pass it `inout` between steps.
public struct Optimizer: Sendable {
    /// The update rule and its hyper-parameters.
    public enum Rule: Sendable, Hashable {
        /// `torch.optim.SGD` (dampening 0, no Nesterov): b ← μb + g (b = g at the first step),
        /// p ← p − lr·b; plain p ← p − lr·g when μ = 0.
        case sgd(momentum: Double)
        /// `torch.optim.Adam` / `AdamW`: moments with bias correction, p ← p − lr·m̂ / (√v̂ + ε);
        /// AdamW first decays p ← p·(1 − lr·λ) (decoupled weight decay).
        case adam(beta1: Double, beta2: Double, epsilon: Double, weightDecay: Double, decoupled: Bool)
    }

    public var rule: Rule
    /// The base learning rate, scaled at each step by `schedule`.
    public var learningRate: Double
    public var schedule: LearningRateSchedule
    /// Updates made so far.
    public private(set) var step: Int = 0
    /// First moments (SGD's momentum buffers, Adam's m), one per parameter tensor.
    private var firstMoments: [[Float]] = []
    /// Adam's second moments v.
    private var secondMoments: [[Float]] = []

    public init(rule: Rule, learningRate: Double, schedule: LearningRateSchedule = .constant) {
        self.rule = rule
        self.learningRate = learningRate
        self.schedule = schedule
    }

    /// Stochastic gradient descent, momentum 0 by default as in PyTorch.
    public static func sgd(learningRate: Double, momentum: Double = 0, schedule: LearningRateSchedule = .constant) -> Optimizer {
        Optimizer(rule: .sgd(momentum: momentum), learningRate: learningRate, schedule: schedule)
    }

    /// Adam with PyTorch's defaults: β = (0.9, 0.999), ε = 1e−8, no weight decay.
    public static func adam(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8,
                            schedule: LearningRateSchedule = .constant) -> Optimizer {
        Optimizer(rule: .adam(beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: 0, decoupled: false),
                  learningRate: learningRate, schedule: schedule)
    }

    /// AdamW with PyTorch's defaults: Adam's, and decoupled weight decay 0.01.
    public static func adamW(learningRate: Double = 0.001, weightDecay: Double = 0.01, beta1: Double = 0.9, beta2: Double = 0.999,
                             epsilon: Double = 1e-8, schedule: LearningRateSchedule = .constant) -> Optimizer {
        Optimizer(rule: .adam(beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: weightDecay, decoupled: true),
                  learningRate: learningRate, schedule: schedule)
    }

    /// The learning rate the next update uses.
    public var currentLearningRate: Double { learningRate * schedule.factor(at: step) }

    /// Updates every parameter of `layers` from its stored gradient, then counts the step.
    public mutating func update(_ layers: inout [any Layer<Float>]) {
        let rate = currentLearningRate
        var slot = 0
        for index in layers.indices {
            layers[index].visitParameters { parameter, gradient in
                self.update(&parameter, gradient, slot: slot, rate: rate)
                slot += 1
            }
        }
        step += 1
    }

    private mutating func update(_ parameter: inout Matrix, _ gradient: Matrix, slot: Int, rate: Double) {
        let count = parameter.elements.count
        precondition(gradient.elements.count == count, "a gradient of \(gradient.elements.count) values for \(count) parameters")
        switch rule {
        case .sgd(let momentum):
            if momentum == 0 {
                let lr = Float(rate)
                parameter.withUnsafeMutableBufferPointer { p in
                    gradient.withUnsafeBufferPointer { g in for i in 0..<count { p[i] -= lr * g[i] } }
                }
                return
            }
            let fresh = prepareState(slot: slot, count: count, second: false)
            let mu = Float(momentum), lr = Float(rate)
            parameter.withUnsafeMutableBufferPointer { p in
                gradient.withUnsafeBufferPointer { g in
                    firstMoments[slot].withUnsafeMutableBufferPointer { b in
                        for i in 0..<count {
                            b[i] = fresh ? g[i] : mu * b[i] + g[i]
                            p[i] -= lr * b[i]
                        }
                    }
                }
            }
        case .adam(let beta1, let beta2, let epsilon, let weightDecay, let decoupled):
            _ = prepareState(slot: slot, count: count, second: true)
            let t = Double(step + 1)
            let correction1 = 1 - Double.pow(beta1, t), correction2 = 1 - Double.pow(beta2, t)
            let stepSize = Float(rate / correction1), rootCorrection2 = Float(correction2.squareRoot())
            let b1 = Float(beta1), b2 = Float(beta2), eps = Float(epsilon)
            let decay = Float(decoupled ? 1 - rate * weightDecay : 1), coupled = Float(decoupled ? 0 : weightDecay)
            parameter.withUnsafeMutableBufferPointer { p in
                gradient.withUnsafeBufferPointer { g in
                    firstMoments[slot].withUnsafeMutableBufferPointer { m in
                        secondMoments[slot].withUnsafeMutableBufferPointer { v in
                            for i in 0..<count {
                                let grad = g[i] + coupled * p[i]
                                p[i] *= decay
                                m[i] = b1 * m[i] + (1 - b1) * grad
                                v[i] = b2 * v[i] + (1 - b2) * grad * grad
                                p[i] -= stepSize * m[i] / (v[i].squareRoot() / rootCorrection2 + eps)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Makes sure slot `slot` has zeroed moments of `count` values; true when they were just made.
    private mutating func prepareState(slot: Int, count: Int, second: Bool) -> Bool {
        while firstMoments.count <= slot { firstMoments.append([]) }
        while second && secondMoments.count <= slot { secondMoments.append([]) }
        guard firstMoments[slot].count != count || (second && secondMoments[slot].count != count) else { return false }
        firstMoments[slot] = Array(repeating: 0, count: count)
        if second { secondMoments[slot] = Array(repeating: 0, count: count) }
        return true
    }
}
