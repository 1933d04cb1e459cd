/// A learned vector per token: a batch of `context` token indices per row becomes the
/// concatenation of their vectors, `context·dimension` values per row.
///
/// The input holds indices stored as numbers (0 ..< vocabulary), as `CharacterCorpus` makes
/// them, so that an embedding is the first layer of an ordinary network. Indices are not
/// differentiable: backward accumulates ∂loss/∂table row by row and writes a zero input gradient.
public struct Embedding<Scalar: TrainingScalar>: Layer {
    /// vocabulary × dimension: row t is token t's vector.
    public var table: RowMajorMatrix<Scalar>
    /// ∂loss/∂table from the last backward pass (rows of unseen tokens are zero).
    public private(set) var tableGradient: RowMajorMatrix<Scalar>
    /// Tokens per example (the input's columns).
    public let context: Int

    public var vocabulary: Int { table.rows }
    public var dimension: Int { table.columns }
    public var inputWidth: Int { context }
    public var outputWidth: Int { context * dimension }

    /// An embedding with the given table (vocabulary × dimension) for `context` tokens per example.
    public init(table: RowMajorMatrix<Scalar>, context: Int) {
        precondition(context > 0 && table.rows > 0 && table.columns > 0, "an embedding needs tokens, a vocabulary and a dimension")
        self.table = table
        self.context = context
        tableGradient = RowMajorMatrix(rows: table.rows, columns: table.columns)
    }

    /// Vectors drawn from N(0, std²), `torch.nn.Embedding`'s N(0, 1) by default.
    public init(vocabulary: Int, dimension: Int, context: Int, std: Double = 1, using generator: inout PCG32) {
        self.init(table: .randomNormal(rows: vocabulary, columns: dimension, std: std, using: &generator), context: context)
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func forward(_ input: RowMajorMatrix<Scalar>, into output: inout RowMajorMatrix<Scalar>) {
        precondition(input.columns == context, "an embedding of \(context) tokens given \(input.columns) per example")
        output.resize(rows: input.rows, columns: outputWidth)
        let d = dimension, vocabulary = vocabulary
        input.withUnsafeBufferPointer { tokens in
            table.withUnsafeBufferPointer { vectors in
                output.withUnsafeMutableBufferPointer { out in
                    for (position, value) in tokens.enumerated() {
                        let token = Self.token(value, vocabulary: vocabulary)
                        (out.baseAddress! + position * d).update(from: vectors.baseAddress! + token * d, count: d)
                    }
                }
            }
        }
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public mutating func backward(input: RowMajorMatrix<Scalar>, output: RowMajorMatrix<Scalar>,
                                  outputGradient: RowMajorMatrix<Scalar>,
                                  inputGradient: inout RowMajorMatrix<Scalar>, needsInputGradient: Bool) {
        precondition(outputGradient.rows == input.rows && outputGradient.columns == outputWidth,
                     "an embedding's gradient of \(outputGradient.rows)×\(outputGradient.columns) for \(input.rows) examples")
        let d = dimension, vocabulary = vocabulary
        input.withUnsafeBufferPointer { tokens in
            outputGradient.withUnsafeBufferPointer { g in
                tableGradient.withUnsafeMutableBufferPointer { t in
                    t.update(repeating: 0)
                    for (position, value) in tokens.enumerated() {
                        let row = Self.token(value, vocabulary: vocabulary) * d, from = position * d
                        for j in 0..<d { t[row + j] += g[from + j] }
                    }
                }
            }
        }
        if needsInputGradient {
            inputGradient.resize(rows: input.rows, columns: input.columns)
            inputGradient.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        }
    }

    public mutating func visitParameters(_ body: (_ parameter: inout RowMajorMatrix<Scalar>, _ gradient: RowMajorMatrix<Scalar>) -> Void) {
        body(&table, tableGradient)
    }

    @inline(__always)
    private static func token(_ value: Scalar, vocabulary: Int) -> Int {
        let token = Int(value)
        precondition(token >= 0 && token < vocabulary && Scalar(token) == value, "token \(value) outside a vocabulary of \(vocabulary)")
        return token
    }
}
