import DaftarActivations
import DaftarFloatKernels
import DaftarFloatKernelsAVX512
import Foundation
import Testing
import DaftarTestSupport

/// The two compilations of the Float kernels (baseline x86-64, and x86-64-v4 with AVX-512): the
/// engine picks the one the CPU runs, and both give the same bits, edge cases and tails included.
@Suite struct FloatKernelCompilationTests {
    /// x86-64-v4's AVX-512 subsets, read from the kernel's own account of the CPU rather than
    /// through the detection under test.
    static let cpuHasX86_64v4: Bool = {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let flagsLine = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return false }
        let flags = Set(flagsLine.split(separator: " ").map(String.init))
        return ["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl", "avx2", "fma", "bmi2"].allSatisfy(flags.contains)
    }()

    @Test func theEnginePicksTheCompilationForThisCPU() {
        let expected = Self.cpuHasX86_64v4 ? AVX512FloatKernels.table.target : FloatKernelTable.baseline.target
        print("Float kernels: \(FloatKernelTable.current.target)")
        #expect(FloatKernelTable.current.target == expected)
    }

    /// Inputs that reach every branch of every kernel: a seeded spread over [−120, 120], the
    /// neighbourhoods of the roots and switch points the kernels special-case, ±0, subnormals,
    /// ±∞ and NaN; 1,037 of them, so that each compilation's vector loop and scalar tail both run.
    static let inputs: [Float] = {
        var generator = SplitMix64(seed: 20_261_129)
        var values = (0..<900).map { _ in Float.random(in: -120...120, using: &generator) }
        values += (0..<100).map { _ in Float.random(in: -1.6...(-0.45), using: &generator) }
        values += [0, -0.0, .leastNonzeroMagnitude, -.leastNormalMagnitude, .infinity, -.infinity, .nan,
                   -87, -88, -104, -112, -113, 9.01, 9.02, -1.27846, -0.75179, 1e-20, -1e-20, 20, -20,
                   .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        values += (0..<(1_037 - values.count)).map { _ in Float.random(in: -10...10, using: &generator) }
        return values
    }()

    @Test(arguments: ["sigmoid", "silu", "tanh", "gelu", "softmax"])
    func bothCompilationsGiveTheSameBits(kernel: String) {
        guard Self.cpuHasX86_64v4 else {
            #expect(FloatKernelTable.current.target == FloatKernelTable.baseline.target,
                    "no AVX-512 here: only the baseline compilation may run")
            return
        }
        let baseline = Self.outputs(of: kernel, FloatKernelTable.baseline)
        let wide = Self.outputs(of: kernel, AVX512FloatKernels.table)
        #expect(!baseline.isEmpty && baseline.count == wide.count)
        for (index, (a, b)) in zip(baseline, wide).enumerated() {
            let differing = zip(a, b).filter { $0.bitPattern != $1.bitPattern }
            #expect(a.count == b.count && differing.isEmpty, "\(kernel), output \(index): \(differing.prefix(3))")
        }
    }

    /// Every output of a kernel over `inputs`: forward, then backward with a fixed upstream
    /// gradient; softmax in rows of 1, 13 and 61 (its tails differ with the row length).
    static func outputs(of kernel: String, _ table: FloatKernelTable) -> [[Float]] {
        let upstream = inputs.indices.map { Float(($0 * 7919) % 201 - 100) / 37 }
        func run(_ x: [Float], _ body: (UnsafeBufferPointer<Float>, UnsafeMutableBufferPointer<Float>) -> Void) -> [Float] {
            x.withUnsafeBufferPointer { x in [Float](unsafeUninitializedCapacity: x.count) { y, n in body(x, y); n = x.count } }
        }
        func elementwise(_ forward: FloatKernelTable.Forward, _ backward: FloatKernelTable.Backward) -> [[Float]] {
            [run(inputs, forward), upstream.withUnsafeBufferPointer { g in run(inputs) { backward($0, g, $1) } }]
        }
        switch kernel {
        case "sigmoid": return elementwise(table.sigmoid, table.sigmoidBackward)
        case "silu": return elementwise(table.silu, table.siluBackward)
        case "tanh": return elementwise(table.tanh, table.tanhBackward)
        case "gelu": return elementwise(table.gelu, table.geluBackward)
        case "softmax":
            return [1, 13, 61].flatMap { row -> [[Float]] in
                let logits = inputs.prefix(inputs.count / row * row).map { $0.isFinite ? $0 : 0 }
                let probabilities = run(logits) { table.softmaxRows($0, row, $1) }
                let gradient = upstream.prefix(logits.count).withUnsafeBufferPointer { g in
                    run(probabilities) { table.softmaxBackwardRows($0, g, row, $1) }
                }
                return [probabilities, gradient]
            }
        default: return []
        }
    }
}
