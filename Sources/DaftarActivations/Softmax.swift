/// softmax(x)ᵢ = exp(xᵢ − m) / Σⱼ exp(xⱼ − m), m = maxⱼ xⱼ (`torch.softmax(x, dim=-1)`).
///
/// Shifting by the maximum keeps every exponent ≤ 0, so [1000, 1001, 1002] is finite; the work is
/// done in Double, whatever `T` is, and rounded once.
public func softmax<T: BinaryFloatingPoint>(_ x: [T]) -> [T] {
    guard let m = x.max() else { return [] }
    let shifted = x.map { Elementary.exp(Double($0) - Double(m)) }
    let sum = shifted.reduce(0, +)
    return shifted.map { T($0 / sum) }
}

/// logSoftmax(x)ᵢ = xᵢ − m − log Σⱼ exp(xⱼ − m) (`torch.log_softmax(x, dim=-1)`).
///
/// The maximum's own term is exactly 1, so the sum is taken as log1p of the others: exact when
/// they underflow (logSoftmax([−1000, 0, 1000]) = [−2000, −1000, 0]).
public func logSoftmax<T: BinaryFloatingPoint>(_ x: [T]) -> [T] {
    guard let top = x.indices.max(by: { x[$0] < x[$1] }) else { return [] }
    let m = Double(x[top])
    var others = 0.0
    for i in x.indices where i != top { others += Elementary.exp(Double(x[i]) - m) }
    let logSum = Elementary.log(onePlus: others)
    return x.map { T((Double($0) - m) - logSum) }
}

/// The gradient of a loss through softmax: given y = softmax(x) and g = ∂L/∂y,
/// ∂L/∂xᵢ = yᵢ(gᵢ − Σⱼ gⱼyⱼ) (PyTorch's `_softmax_backward_data`).
public func softmaxBackward<T: BinaryFloatingPoint>(output y: [T], upstream g: [T]) -> [T] {
    precondition(y.count == g.count, "softmaxBackward: \(y.count) outputs but \(g.count) gradients")
    var dot = 0.0
    for i in y.indices { dot += Double(g[i]) * Double(y[i]) }
    return y.indices.map { T(Double(y[$0]) * (Double(g[$0]) - dot)) }
}

/// The gradient of a loss through log-softmax: given y = logSoftmax(x) and g = ∂L/∂y,
/// ∂L/∂xᵢ = gᵢ − exp(yᵢ)·Σⱼ gⱼ (PyTorch's `_log_softmax_backward_data`).
public func logSoftmaxBackward<T: BinaryFloatingPoint>(output y: [T], upstream g: [T]) -> [T] {
    precondition(y.count == g.count, "logSoftmaxBackward: \(y.count) outputs but \(g.count) gradients")
    let sum = g.reduce(0.0) { $0 + Double($1) }
    return y.indices.map { T(Double(g[$0]) - Elementary.exp(Double(y[$0])) * sum) }
}
