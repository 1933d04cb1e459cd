import DaftarFloatKernels

/// The Float kernels compiled for x86-64-v4 (AVX-512: 16 Float lanes, 8 Double): Package.swift
/// builds this target with `-march=x86-64-v4` in release builds. Each function inlines the
/// baseline kernel's source, so the two give the same bits. Touch `table` only on a CPU that
/// `daftar_cpu_supports_x86_64_v4` accepts: even its initialiser uses AVX-512 registers.
package enum AVX512FloatKernels {
    package static let table = FloatKernelTable(
        target: "x86-64-v4 (AVX-512)",
        sigmoid: { FloatKernels.sigmoid($0, $1) }, silu: { FloatKernels.silu($0, $1) },
        tanh: { FloatKernels.tanh($0, $1) }, gelu: { FloatKernels.gelu($0, $1) },
        sigmoidBackward: { FloatKernels.sigmoidBackward($0, $1, $2) },
        siluBackward: { FloatKernels.siluBackward($0, $1, $2) },
        tanhBackward: { FloatKernels.tanhBackward($0, $1, $2) },
        geluBackward: { FloatKernels.geluBackward($0, $1, $2) },
        softmaxRows: { FloatKernels.softmaxRows($0, $1, $2) },
        softmaxBackwardRows: { FloatKernels.softmaxBackwardRows($0, $1, $2, $3) })
}
