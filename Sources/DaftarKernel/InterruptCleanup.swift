#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// What must not outlive daftar when it is interrupted: the process groups of the programs and
/// compilers it started (each in a group of its own, which a terminal's Ctrl-C does not reach)
/// and the temporary files and folders it is writing. Ctrl-C, `kill` and a closed terminal kill
/// the first and delete the second before daftar exits with 128 plus the signal's number (130 for
/// Ctrl-C), the status a shell gives a command the signal ended.
public final class InterruptCleanup: @unchecked Sendable {
    public static let shared = InterruptCleanup()

    private let lock = NSLock()
    private var groups: [pid_t: String?] = [:]
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    /// A process group daftar started; it is killed if daftar is interrupted before `ended`,
    /// with every process carrying `marker` in its environment (`ProgramRunner.killLeftovers`).
    func started(group: pid_t, marker: String? = nil) {
        lock.withLock { groups[group] = marker }
    }

    func ended(group: pid_t) {
        lock.withLock { _ = groups.removeValue(forKey: group) }
    }

    /// A temporary file or folder being written; deleted if daftar is interrupted before `removed`.
    public func writing(temporary path: String) {
        lock.withLock { _ = paths.insert(path) }
    }

    public func removed(temporary path: String) {
        lock.withLock { _ = paths.remove(path) }
    }

    /// Handles SIGINT, SIGTERM and SIGHUP from now on: cleans up, then exits at once. (Dispatch
    /// runs the handler on a worker thread, which blocks signals: re-raising one there would leave
    /// it pending.) Call once, at start-up.
    public func handleInterrupts() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                cleanUp()
                _exit(128 + signalNumber)
            }
            source.resume()
            lock.withLock { sources.append(source) }
        }
    }

    /// Kills every registered process group and deletes every registered temporary path.
    func cleanUp() {
        let (groups, paths) = lock.withLock { (self.groups, self.paths) }
        for (group, marker) in groups {
            kill(-group, SIGKILL)
            if let marker { ProgramRunner.killLeftovers(marker: marker) }
        }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }
}
