import Foundation

/// The Server-Sent Events stream pages listen to: one `data: <report name>` event each time a
/// notebook is rendered again. It only sends; nothing a client sends is read.
final class ReloadChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]

    /// A new listener's events, starting with the reconnection delay Server-Sent Events allow.
    func subscribe() -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = UUID()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        continuation.yield(Data("retry: 500\n\n".utf8))
        lock.withLock { listeners[id] = continuation }
        return stream
    }

    /// Tells every listener that these reports changed.
    func announce(_ reportNames: [String]) {
        for name in reportNames {
            // A name has no line break (it is a path); one would end the event early.
            send(Data("data: \(name.replacingOccurrences(of: "\n", with: " "))\n\n".utf8))
        }
    }

    /// A comment line that keeps idle connections open and finds the ones whose client is gone.
    func keepAlive() {
        send(Data(": keep-alive\n\n".utf8))
    }

    /// Ends every stream, so that their connections close.
    func close() {
        let all = lock.withLock { listeners.values }
        all.forEach { $0.finish() }
    }

    var listenerCount: Int {
        lock.withLock { listeners.count }
    }

    private func send(_ event: Data) {
        let all = lock.withLock { listeners }
        for (id, continuation) in all {
            if case .terminated = continuation.yield(event) { remove(id) }
        }
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { listeners.removeValue(forKey: id) }
    }
}
