// Times DaftarActivations' buffer forms over Float32, for Benchmarks/activations_vs_numpy.py.
// Prints the Float kernels' compilation chosen for this CPU ("# kernels: …"), then one
// tab-separated line per case: function, direction, elements, best seconds.
// Usage: activations-benchmark [--repeats N] [--sizes 1000000,16000000]
import DaftarActivations
import DaftarFloatKernels
import Foundation

var repeats = 7
var sizes = [1_000_000, 16_000_000]
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--repeats": repeats = Int(arguments.next() ?? "") ?? repeats
    case "--sizes": sizes = (arguments.next() ?? "").split(separator: ",").compactMap { Int($0) }
    default: FileHandle.standardError.write("unknown argument \(argument)\n".data(using: .utf8)!); exit(64)
    }
}

/// Softmax works on rows of this many logits, as numpy's peer does.
let rowLength = 1000

/// A seeded generator, so every run times the same data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func best(repeats: Int, _ body: () -> Void) -> Double {
    body()  // warm-up: page in the buffers
    var fastest = Double.infinity
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return fastest
}

print("# kernels: \(FloatKernelTable.current.target)")
var sink: Float = 0
for n in sizes {
    var generator = SplitMix64(state: UInt64(n))
    let x = (0..<n).map { _ in Float.random(in: -8...8, using: &generator) }
    let g = (0..<n).map { _ in Float.random(in: -1...1, using: &generator) }
    var y = [Float](repeating: 0, count: n)
    var d = [Float](repeating: 0, count: n)
    x.withUnsafeBufferPointer { x in
        g.withUnsafeBufferPointer { g in
            y.withUnsafeMutableBufferPointer { y in
                d.withUnsafeMutableBufferPointer { d in
                    for activation in [Activation.sigmoid, .tanh, .gelu, .silu] {
                        let forward = best(repeats: repeats) { activation.forward(x, into: y) }
                        print("\(activation.name)\tforward\t\(n)\t\(forward)")
                        let backward = best(repeats: repeats) { activation.backward(input: x, upstream: g, into: d) }
                        print("\(activation.name)\tbackward\t\(n)\t\(backward)")
                    }
                    let forward = best(repeats: repeats) { softmax(x, rowLength: rowLength, into: y) }
                    print("softmax\tforward\t\(n)\t\(forward)")
                    let backward = best(repeats: repeats) {
                        softmaxBackward(output: UnsafeBufferPointer(y), upstream: g, rowLength: rowLength, into: d)
                    }
                    print("softmax\tbackward\t\(n)\t\(backward)")
                    if n == 16_000_000 {
                        // The memory-bandwidth yardstick: one read and one write per element.
                        let scale = best(repeats: repeats) { for i in 0..<n { y[i] = 2 * x[i] } }
                        print("scale\tforward\t\(n)\t\(scale)")
                    }
                    sink += y[n / 2] + d[n / 2]
                }
            }
        }
    }
}
if sink.isNaN { print("# NaN seen") }
