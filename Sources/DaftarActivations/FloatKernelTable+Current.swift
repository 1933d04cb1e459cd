@_implementationOnly import CCPUFeatures
package import DaftarFloatKernels
internal import DaftarFloatKernelsAVX512

extension FloatKernelTable {
    /// The compilation of the Float kernels for this CPU, chosen once: x86-64-v4's where the CPU
    /// has AVX-512, the baseline's elsewhere. The two give the same bits; only the speed differs.
    package static let current: FloatKernelTable =
        daftar_cpu_supports_x86_64_v4() != 0 ? AVX512FloatKernels.table : .baseline
}
