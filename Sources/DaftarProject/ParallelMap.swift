import Dispatch
import Foundation

/// Maps a function over values on up to `jobs` threads. Each result is handed to `emit` in the
/// values' order as soon as it and all before it are done, so output streams while staying in a
/// deterministic order.
///
/// Daftar parallelises at the coarsest grain, whole notebooks, so that each stays deterministic.
public enum ParallelMap {
    public static func map<Value: Sendable, Result: Sendable>(
        _ values: [Value], jobs: Int,
        _ transform: @escaping @Sendable (Value) -> Result,
        emit: @escaping @Sendable (Result) -> Void
    ) -> [Result] {
        let slots = Slots<Result>(count: values.count, emit: emit)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, values.count))) { _ in
            while let index = slots.claimNext() {
                slots.store(transform(values[index]), at: index)
            }
        }
        return slots.results
    }

    /// The shared state of one map: the next index to claim, the results so far and how many of
    /// them have been emitted, behind a lock.
    private final class Slots<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private let emit: (Result) -> Void
        private var next = 0
        private var emitted = 0
        private var stored: [Result?]

        init(count: Int, emit: @escaping (Result) -> Void) {
            stored = Array(repeating: nil, count: count)
            self.emit = emit
        }

        func claimNext() -> Int? {
            lock.withLock {
                guard next < stored.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ result: Result, at index: Int) {
            lock.withLock {
                stored[index] = result
                while emitted < stored.count, let ready = stored[emitted] {
                    emit(ready)
                    emitted += 1
                }
            }
        }

        var results: [Result] {
            lock.withLock { stored.map { $0! } }
        }
    }
}
