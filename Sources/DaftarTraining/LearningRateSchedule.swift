@_implementationOnly import RealModule

/// How the learning rate changes with the step: a factor of the optimiser's base rate.
public indirect enum LearningRateSchedule: Sendable, Hashable {
    /// The base rate at every step.
    case constant
    /// `CosineAnnealingLR`: from the base rate down to `minimumFactor`·base over `steps` steps,
    /// following half a cosine, then flat.
    case cosine(steps: Int, minimumFactor: Double = 0)
    /// A linear ramp from base/warmup to the base rate over the first `steps` steps, then
    /// `after` (counted from the end of the warm-up).
    case linearWarmup(steps: Int, then: LearningRateSchedule = .constant)

    /// The factor at `step` (0 for the first update).
    public func factor(at step: Int) -> Double {
        switch self {
        case .constant:
            return 1
        case .cosine(let steps, let minimum):
            guard steps > 0 else { return minimum }
            let progress = Double(min(step, steps)) / Double(steps)
            return minimum + (1 - minimum) * (1 + Double.cos(Double.pi * progress)) / 2
        case .linearWarmup(let steps, let after):
            if step < steps { return Double(step + 1) / Double(steps) }
            return after.factor(at: step - steps)
        }
    }
}
