/// One compilation of the Float kernels, as function values, so that the activation engine can
/// pick the compilation for the CPU it runs on once and call through it.
package struct FloatKernelTable: Sendable {
    package typealias Forward = @Sendable (UnsafeBufferPointer<Float>, UnsafeMutableBufferPointer<Float>) -> Void
    package typealias Backward = @Sendable (UnsafeBufferPointer<Float>, UnsafeBufferPointer<Float>,
                                            UnsafeMutableBufferPointer<Float>) -> Void
    package typealias Rows = @Sendable (UnsafeBufferPointer<Float>, Int, UnsafeMutableBufferPointer<Float>) -> Void
    package typealias RowsBackward = @Sendable (UnsafeBufferPointer<Float>, UnsafeBufferPointer<Float>, Int,
                                                UnsafeMutableBufferPointer<Float>) -> Void

    /// What the code was compiled for, as the benchmark prints it.
    package let target: String
    package let sigmoid, silu, tanh, gelu: Forward
    package let sigmoidBackward, siluBackward, tanhBackward, geluBackward: Backward
    package let softmaxRows: Rows
    package let softmaxBackwardRows: RowsBackward

    package init(target: String, sigmoid: @escaping Forward, silu: @escaping Forward, tanh: @escaping Forward,
                 gelu: @escaping Forward, sigmoidBackward: @escaping Backward, siluBackward: @escaping Backward,
                 tanhBackward: @escaping Backward, geluBackward: @escaping Backward,
                 softmaxRows: @escaping Rows, softmaxBackwardRows: @escaping RowsBackward) {
        self.target = target
        (self.sigmoid, self.silu, self.tanh, self.gelu) = (sigmoid, silu, tanh, gelu)
        (self.sigmoidBackward, self.siluBackward, self.tanhBackward, self.geluBackward) =
            (sigmoidBackward, siluBackward, tanhBackward, geluBackward)
        (self.softmaxRows, self.softmaxBackwardRows) = (softmaxRows, softmaxBackwardRows)
    }

    /// The kernels compiled for baseline x86-64 (SSE2: 4 Float lanes), which every x86-64 CPU runs.
    package static let baseline = FloatKernelTable(
        target: "x86-64 (SSE2)",
        sigmoid: FloatKernels.sigmoid, silu: FloatKernels.silu, tanh: FloatKernels.tanh, gelu: FloatKernels.gelu,
        sigmoidBackward: FloatKernels.sigmoidBackward, siluBackward: FloatKernels.siluBackward,
        tanhBackward: FloatKernels.tanhBackward, geluBackward: FloatKernels.geluBackward,
        softmaxRows: FloatKernels.softmaxRows, softmaxBackwardRows: FloatKernels.softmaxBackwardRows)
}
