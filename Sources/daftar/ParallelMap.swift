import Dispatch
import Foundation

/// Maps a function over values on up to `jobs` threads, returning results in the values' order.
///
/// Daftar parallelises at the coarsest grain, whole notebooks, so that each stays deterministic.
enum ParallelMap {
    static func map<Value: Sendable, Result: Sendable>(
        _ values: [Value], jobs: Int, _ transform: @escaping @Sendable (Value) -> Result
    ) -> [Result] {
        let slots = Slots<Result>(count: values.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, values.count))) { _ in
            while let index = slots.claimNext() {
                slots.store(transform(values[index]), at: index)
            }
        }
        return slots.results
    }

    /// The shared state of one map: the next index to claim and the results so far, behind a lock.
    private final class Slots<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var stored: [Result?]

        init(count: Int) {
            stored = Array(repeating: nil, count: count)
        }

        func claimNext() -> Int? {
            lock.withLock {
                guard next < stored.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ result: Result, at index: Int) {
            lock.withLock { stored[index] = result }
        }

        var results: [Result] {
            lock.withLock { stored.map { $0! } }
        }
    }
}
