import DaftarActivations

/// A number type the engine trains in: Float for speed, Double for finite-difference checks.
///
/// The engine's layers, losses and networks are generic over it, so the code a gradient check
/// runs in Double is the very code that trains in Float.
public protocol TrainingScalar: BinaryFloatingPoint, Sendable where Self.RawSignificand: FixedWidthInteger {
    /// Row-major c ← alpha·op(a)·op(b) + beta·c through OpenBLAS, op(a) m×k and op(b) k×n.
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Self,
                     a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                     beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
    /// output[i] = f(input[i]) with the activation engine's buffer kernels.
    static func activate(_ activation: Activation, _ input: UnsafeBufferPointer<Self>, into output: UnsafeMutableBufferPointer<Self>)
    /// gradient[i] = upstream[i]·f′(input[i]) with the activation engine's buffer kernels.
    static func activationBackward(_ activation: Activation, input: UnsafeBufferPointer<Self>, upstream: UnsafeBufferPointer<Self>,
                                   into gradient: UnsafeMutableBufferPointer<Self>)
    /// Row-wise softmax with the activation engine's kernels.
    static func softmaxRows(_ input: UnsafeBufferPointer<Self>, rowLength: Int, into output: UnsafeMutableBufferPointer<Self>)
}

extension Float: TrainingScalar {
    @inline(__always)
    public static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                            a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                            beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        BLAS.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                  a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }

    @inline(__always)
    public static func activate(_ activation: Activation, _ input: UnsafeBufferPointer<Float>, into output: UnsafeMutableBufferPointer<Float>) {
        if case .relu = activation.kind { return ReLUKernels.forward(input, into: output) }
        activation.forward(input, into: output)
    }

    @inline(__always)
    public static func activationBackward(_ activation: Activation, input: UnsafeBufferPointer<Float>, upstream: UnsafeBufferPointer<Float>,
                                          into gradient: UnsafeMutableBufferPointer<Float>) {
        if case .relu = activation.kind { return ReLUKernels.backward(input: input, upstream: upstream, into: gradient) }
        activation.backward(input: input, upstream: upstream, into: gradient)
    }

    @inline(__always)
    public static func softmaxRows(_ input: UnsafeBufferPointer<Float>, rowLength: Int, into output: UnsafeMutableBufferPointer<Float>) {
        softmax(input, rowLength: rowLength, into: output)
    }
}

extension Double: TrainingScalar {
    @inline(__always)
    public static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                            a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                            beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        BLAS.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
                  a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }

    @inline(__always)
    public static func activate(_ activation: Activation, _ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        activation.forward(input, into: output)
    }

    @inline(__always)
    public static func activationBackward(_ activation: Activation, input: UnsafeBufferPointer<Double>, upstream: UnsafeBufferPointer<Double>,
                                          into gradient: UnsafeMutableBufferPointer<Double>) {
        activation.backward(input: input, upstream: upstream, into: gradient)
    }

    @inline(__always)
    public static func softmaxRows(_ input: UnsafeBufferPointer<Double>, rowLength: Int, into output: UnsafeMutableBufferPointer<Double>) {
        softmax(input, rowLength: rowLength, into: output)
    }
}
