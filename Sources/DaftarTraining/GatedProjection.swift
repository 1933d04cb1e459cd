import DaftarActivations

/// h = f(x·W + b) ⊙ g(x·V + c): two projections of the same input, one gating the other — the
/// shared core of the gated feed-forward block and the LSTM-style sigmoid gate.
///
/// Backward, with ∂h the upstream gradient:
/// ```
/// ∂a = f′(a) ⊙ ∂h ⊙ g(b),  ∂b = g′(b) ⊙ ∂h ⊙ f(a),  ∂x = ∂a·Wᵀ + ∂b·Vᵀ
/// ```
/// f and g run on the activation engine's buffer kernels; the projections are `Dense` layers.
struct GatedProjection<Scalar: TrainingScalar>: Sendable {
    var gate: Dense<Scalar>, value: Dense<Scalar>
    var gateActivation: Activation, valueActivation: Activation
    /// The projections a, b, their images f(a), g(b), and backward's scratch.
    private var a = RowMajorMatrix<Scalar>(), b = RowMajorMatrix<Scalar>()
    private var fa = RowMajorMatrix<Scalar>(), gb = RowMajorMatrix<Scalar>()
    private var scratch = RowMajorMatrix<Scalar>(), da = RowMajorMatrix<Scalar>(), db = RowMajorMatrix<Scalar>()
    private var dxValue = RowMajorMatrix<Scalar>()

    init(gate: Dense<Scalar>, value: Dense<Scalar>, gateActivation: Activation, valueActivation: Activation) {
        precondition(gate.inputWidth == value.inputWidth && gate.outputWidth == value.outputWidth,
                     "a gate of \(gate.inputWidth) → \(gate.outputWidth) for values of \(value.inputWidth) → \(value.outputWidth)")
        self.gate = gate
        self.value = value
        self.gateActivation = gateActivation
        self.valueActivation = valueActivation
    }

    var inputWidth: Int { gate.inputWidth }
    var outputWidth: Int { gate.outputWidth }
    /// The last forward's gate activations f(a), for instruments.
    var gateValues: RowMajorMatrix<Scalar> { fa }
    /// The last forward's gate pre-activations a, for instruments.
    var gatePreactivations: RowMajorMatrix<Scalar> { a }

    mutating func forward(_ x: RowMajorMatrix<Scalar>, into h: inout RowMajorMatrix<Scalar>) {
        gate.forward(x, into: &a)
        value.forward(x, into: &b)
        Self.apply(gateActivation, a, into: &fa)
        Self.apply(valueActivation, b, into: &gb)
        h.resize(rows: x.rows, columns: outputWidth)
        fa.withUnsafeBufferPointer { f in
            gb.withUnsafeBufferPointer { g in
                h.withUnsafeMutableBufferPointer { out in for i in out.indices { out[i] = f[i] * g[i] } }
            }
        }
    }

    mutating func backward(input x: RowMajorMatrix<Scalar>, outputGradient dh: RowMajorMatrix<Scalar>,
                           inputGradient dx: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool) {
        Self.gatedBackward(valueActivation, input: b, upstream: dh, times: fa, scratch: &scratch, into: &db)
        Self.gatedBackward(gateActivation, input: a, upstream: dh, times: gb, scratch: &scratch, into: &da)
        gate.backward(input: x, output: a, outputGradient: da, inputGradient: &dx, needsInputGradient: needsInputGradient)
        value.backward(input: x, output: b, outputGradient: db, inputGradient: &dxValue, needsInputGradient: needsInputGradient)
        guard needsInputGradient else { return }
        dx.withUnsafeMutableBufferPointer { d in
            dxValue.withUnsafeBufferPointer { e in for i in d.indices { d[i] += e[i] } }
        }
    }

    mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void) {
        gate.visitParameters(body)
        value.visitParameters(body)
    }

    /// output ← f(input), skipped to a copy for the identity.
    private static func apply(_ f: Activation, _ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>) {
        output.resize(rows: input.rows, columns: input.columns)
        input.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { y in
                if case .identity = f.kind { for i in y.indices { y[i] = x[i] } } else { Scalar.activate(f, x, into: y) }
            }
        }
    }

    /// gradient ← f′(input) ⊙ upstream ⊙ other.
    private static func gatedBackward(_ f: Activation, input: RowMajorMatrix<Scalar>, upstream: RowMajorMatrix<Scalar>,
                                      times other: RowMajorMatrix<Scalar>, scratch: inout RowMajorMatrix<Scalar>,
                                      into gradient: inout RowMajorMatrix<Scalar>) {
        precondition(upstream.shape == input.shape, "a gated unit's gradient of \(upstream.rows)×\(upstream.columns) for \(input.rows)×\(input.columns)")
        scratch.resize(rows: input.rows, columns: input.columns)
        gradient.resize(rows: input.rows, columns: input.columns)
        upstream.withUnsafeBufferPointer { g in
            other.withUnsafeBufferPointer { o in
                scratch.withUnsafeMutableBufferPointer { s in for i in s.indices { s[i] = g[i] * o[i] } }
            }
        }
        input.withUnsafeBufferPointer { x in
            scratch.withUnsafeBufferPointer { s in
                gradient.withUnsafeMutableBufferPointer { d in
                    if case .identity = f.kind { for i in d.indices { d[i] = s[i] } } else { Scalar.activationBackward(f, input: x, upstream: s, into: d) }
                }
            }
        }
    }
}
