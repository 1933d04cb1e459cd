#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// What must not outlive daftar when it is interrupted: the process groups of the programs and
/// compilers it started (each in a group of its own, which a terminal's Ctrl-C does not reach)
/// and the temporary files and folders it is writing. Ctrl-C, `kill` and a closed terminal kill
/// the first and delete the second before daftar exits with 128 plus the signal's number (130 for
/// Ctrl-C), the status a shell gives a command the signal ended.
///
/// Starting a process and creating a temporary happen under the same lock as the clean-up, and
/// neither happens once it has begun, so that nothing slips in between its creation and its
/// registration.
public final class InterruptCleanup: @unchecked Sendable {
    public static let shared = InterruptCleanup()

    private let lock = NSLock()
    private var interrupted = false
    /// Each registered process group, with the marker its processes carry, if any.
    private var groups: [pid_t: String?] = [:]
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []

    /// Starts a process group with `spawn` and registers it, so that an interrupt before `ended`
    /// kills it, with every process carrying `marker` in its environment.
    func startGroup(marker: String? = nil, _ spawn: () throws -> pid_t) throws -> pid_t {
        try lock.withLock {
            guard !interrupted else { throw KernelError("interrupted") }
            let group = try spawn()
            groups[group] = marker
            return group
        }
    }

    func ended(group: pid_t) {
        lock.withLock { _ = groups.removeValue(forKey: group) }
    }

    /// Creates a temporary file or folder with `create`, which returns its path or nil when it
    /// failed (with `errno` set), and registers it, so that an interrupt before `removed` deletes it.
    public func createTemporary(_ create: () -> String?) -> String? {
        lock.withLock {
            guard !interrupted else {
                errno = EINTR
                return nil
            }
            guard let path = create() else { return nil }
            paths.insert(path)
            return path
        }
    }

    public func removed(temporary path: String) {
        lock.withLock { _ = paths.remove(path) }
    }

    /// Handles SIGINT, SIGTERM and SIGHUP from now on: cleans up, then exits at once. (Dispatch
    /// runs the handler on a worker thread, which blocks signals: re-raising one there would leave
    /// it pending.) Call once, at start-up.
    public func handleInterrupts() {
        // A render whose children were just killed may fail and exit on its own; it must not end
        // the process before the clean-up has, nor with its own status.
        atexit { InterruptCleanup.shared.waitForCleanUpToExit() }
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

    /// Blocks for good once an interrupt's clean-up has begun: the clean-up ends the process.
    private func waitForCleanUpToExit() {
        guard lock.withLock({ interrupted }) else { return }
        while true { pause() }
    }

    /// Kills every registered process group and every descendant, and deletes every registered
    /// temporary path; from then on nothing new is started or created. For a command that stops
    /// on a signal in its own way (`daftar preview`); `handleInterrupts` calls it too.
    public func cleanUp() {
        let (groups, paths) = lock.withLock {
            interrupted = true
            return (self.groups, self.paths)
        }
        for (group, marker) in groups {
            kill(-group, SIGKILL)
            if let marker { ProgramRunner.killLeftovers(marker: marker) }
        }
        // Then every descendant, whatever its group, until none is left (each kill may reveal
        // the orphans of the killed), for at most a second.
        for _ in 0..<50 {
            let left = ProcessTreeCensus.descendants(of: getpid())
            if left.isEmpty { break }
            for process in left { kill(process, SIGKILL) }
            usleep(20_000)
        }
        // A killed compiler can still finish the write it was in, into a folder being deleted:
        // deleting again until the folder stays gone, for at most a second.
        for _ in 0..<20 {
            for path in paths { try? FileManager.default.removeItem(atPath: path) }
            guard paths.contains(where: { access($0, F_OK) == 0 }) else { return }
            usleep(50_000)
        }
    }
}
