// Times one MLP training step (forward + backward + SGD) through DaftarTraining, written as a
// notebook cell writes it, and raw sgemm through `Matrix.multiply`, for
// Benchmarks/training_vs_numpy_jax.py. Timing follows the numpy peer's `benchutil.time_calls`:
// 3 warm-up calls, k calls per trial with k chosen so that a trial lasts about 0.4 s, 7 trials,
// per-call seconds (median, min, max).
//
// Prints "# key<TAB>value" header lines (OpenBLAS's configuration and core, threads), then one
// tab-separated line per case:
//   gemm   n  median  min  max  k                 (n×n×n, c ← a·b)
//   shape  label  m  n  k  median  min  max  k    (a layer product of the large case)
//   step   activation  batch  width  depth  median  min  max  k  loss0  loss1
// loss0 and loss1 are the losses of the first and the last step, rescaled to the numpy peer's
// definition (see `peerLoss`).
//
// Usage: training-benchmark [--cases relu:128x64x10,sigmoid:256x1024x4] [--gemm 64,256,1024 | --gemm none]
//                           [--shapes | --no-shapes] [--trials N] [--trial-seconds S] [--clock wall|cpu]
//                           [--fixed-steps N]
import DaftarActivations
import DaftarTraining
import Foundation

var cases: [(activation: String, batch: Int, width: Int, depth: Int)] = []
for activation in ["relu", "sigmoid"] {
    for (batch, width, depth) in [(128, 64, 10), (128, 256, 10), (256, 1024, 4)] {
        cases.append((activation, batch, width, depth))
    }
}
var gemmSizes = [64, 256, 1024]
var layerShapes = true
var trials = 7
var trialSeconds = 0.4
/// Wall-clock time (the default, as the peers' `time.perf_counter`), or the process's CPU time,
/// which leaves out the time other processes had the core (`--clock cpu`).
var cpuClock = false
/// Runs this many steps of each case instead of timing (`--fixed-steps N`): for counting what a
/// step does (allocations, instructions) under a profiler.
var fixedSteps: Int? = nil

func fail(_ message: String) -> Never {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
    exit(64)
}

var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--cases":
        cases = (arguments.next() ?? "").split(separator: ",").map { spec in
            let parts = spec.split(separator: ":")
            let numbers = parts.count == 2 ? parts[1].split(separator: "x").compactMap { Int($0) } : []
            guard numbers.count == 3, ["relu", "sigmoid"].contains(String(parts[0])) else { fail("bad case \(spec)") }
            return (String(parts[0]), numbers[0], numbers[1], numbers[2])
        }
    case "--gemm":
        let value = arguments.next() ?? ""
        gemmSizes = value == "none" ? [] : value.split(separator: ",").compactMap { Int($0) }
    case "--shapes": layerShapes = true
    case "--no-shapes": layerShapes = false
    case "--trials": trials = Int(arguments.next() ?? "") ?? trials
    case "--trial-seconds": trialSeconds = Double(arguments.next() ?? "") ?? trialSeconds
    case "--fixed-steps": fixedSteps = Int(arguments.next() ?? "")
    case "--clock":
        switch arguments.next() {
        case "cpu": cpuClock = true
        case "wall": cpuClock = false
        default: fail("--clock takes cpu or wall")
        }
    default: fail("unknown argument \(argument)")
    }
}

@MainActor
func now() -> Double {
    if cpuClock {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    return Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// benchutil.time_calls: per-call seconds (median, min, max) and the calls per trial.
@MainActor
func timeCalls(_ body: () -> Void) -> (median: Double, min: Double, max: Double, k: Int) {
    for _ in 0..<3 { body() }
    var k = 1, t = 0.0
    while true {
        let start = now()
        for _ in 0..<k { body() }
        t = now() - start
        if t >= trialSeconds / 4 || k >= 1 << 20 { break }
        k *= 2
    }
    k = max(1, Int(Double(k) * trialSeconds / max(t, 1e-9)))
    var per: [Double] = []
    for _ in 0..<trials {
        let start = now()
        for _ in 0..<k { body() }
        per.append((now() - start) / Double(k))
    }
    per.sort()
    let median = per.count % 2 == 1 ? per[per.count / 2] : (per[per.count / 2 - 1] + per[per.count / 2]) / 2
    return (median, per.first!, per.last!, k)
}

/// The numpy peer's loss, ½‖out − y‖²/batch, from Daftar's mean squared error ‖out − y‖²/(batch·width).
func peerLoss(_ meanSquaredError: Double, width: Int) -> Double { meanSquaredError * Double(width) / 2 }

let requested = BLAS.requestedCoreType
print("# openblas\t\(BLAS.configuration)")
print("# core\t\(BLAS.coreName)")
print("# requested\t\(requested.name.isEmpty ? "-" : requested.name) (\(requested.fromEnvironment ? "from the environment" : "chosen by DaftarTraining from the CPU's features"))")
print("# threads\t\(BLAS.threadCount)")

for n in gemmSizes {
    let a = Matrix.randomNormal(rows: n, columns: n, seed: 1)
    let b = Matrix.randomNormal(rows: n, columns: n, seed: 2)
    var c = Matrix(rows: n, columns: n)
    let timing = timeCalls { Matrix.multiply(a, b, into: &c) }
    print("gemm\t\(n)\t\(timing.median)\t\(timing.min)\t\(timing.max)\t\(timing.k)")
}

for (activationName, batchSize, width, depth) in cases {
    // What a cell writes. The numpy peer draws W ~ N(0, 1/width), zero biases, x and y ~ N(0, 1),
    // and uses the loss ½‖out − y‖²/batch with learning rate 1e-3. `.meanSquaredError` is
    // PyTorch's mean over all batch·width elements, whose gradient is 2/width times the peer's, so
    // the learning rate here is 1e-3·width/2: every update is the same as the peer's.
    let activation: Activation = activationName == "relu" ? .relu : .sigmoid
    var model = MLP(Array(repeating: width, count: depth + 1), activation: activation,
                    initializer: .normal(std: 1 / Double(width).squareRoot()), seed: 0)
    var sgd = Optimizer.sgd(learningRate: 1e-3 * Double(width) / 2)
    let batch = Dataset(inputs: .randomNormal(rows: batchSize, columns: width, seed: 1),
                        targets: .randomNormal(rows: batchSize, columns: width, seed: 2))
    let first = model.trainStep(on: batch, loss: .meanSquaredError, optimizer: &sgd)
    var last = first
    if let fixedSteps {
        for _ in 0..<fixedSteps { last = model.trainStep(on: batch, loss: .meanSquaredError, optimizer: &sgd) }
        print("fixed\t\(activationName)\t\(batchSize)\t\(width)\t\(depth)\t\(fixedSteps)\t\(peerLoss(last, width: width))")
        continue
    }
    let timing = timeCalls { last = model.trainStep(on: batch, loss: .meanSquaredError, optimizer: &sgd) }
    guard last.isFinite else { fail("\(activationName) \(batchSize)×\(width)×\(depth): the loss is \(last)") }
    print("step\t\(activationName)\t\(batchSize)\t\(width)\t\(depth)\t\(timing.median)\t\(timing.min)\t\(timing.max)\t\(timing.k)"
          + "\t\(peerLoss(first, width: width))\t\(peerLoss(last, width: width))")
}

if layerShapes {
    // The three products of one layer of each configuration, each alone, on the step's shapes:
    // forward x·W (batch×width by width×width), the weight gradient xᵀ·g, the input gradient g·Wᵀ.
    // A step makes depth forward and weight-gradient products and depth − 1 input-gradient ones,
    // so these give the step's time when its products run as fast as they do alone.
    var seen = Set<String>()
    for (_, batchSize, width, _) in cases where seen.insert("\(batchSize)x\(width)").inserted {
        let x = Matrix.randomNormal(rows: batchSize, columns: width, seed: 1)
        let g = Matrix.randomNormal(rows: batchSize, columns: width, seed: 2)
        let w = Matrix.randomNormal(rows: width, columns: width, seed: 3)
        var out = Matrix(rows: batchSize, columns: width), gradient = Matrix(rows: width, columns: width)
        for (label, body) in [
            ("x·W", { Matrix.multiply(x, w, into: &out) }),
            ("xT·g", { Matrix.multiply(x, g, transposeA: true, into: &gradient) }),
            ("g·WT", { Matrix.multiply(g, w, transposeB: true, into: &out) }),
        ] as [(String, () -> Void)] {
            let (m, n, k) = label == "xT·g" ? (width, width, batchSize) : (batchSize, width, width)
            let timing = timeCalls(body)
            print("shape\t\(label)\t\(m)\t\(n)\t\(k)\t\(timing.median)\t\(timing.min)\t\(timing.max)\t\(timing.k)")
        }
    }
}
