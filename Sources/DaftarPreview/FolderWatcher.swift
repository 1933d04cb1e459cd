#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Watches a folder and its subfolders with Linux's inotify and reports the paths of files that
/// were written, created, moved in or out, or deleted — after `quiet` has passed with no further
/// change, so that an editor's burst of events on one save (rename-on-save writes a temporary
/// file and renames it over the notebook) becomes one report.
///
/// Folders starting with `.` or `_` (`.git`, `_freeze`) are not watched, and editors' scratch
/// files (`.x.md.swp`, `x.md~`, `#x.md#`, vim's `4913` probe) are ignored.
final class FolderWatcher: @unchecked Sendable {
    private let descriptor: Int32
    private let quiet: Duration
    private let changed: @Sendable (Set<String>) -> Void
    private let lock = NSLock()
    /// Watch descriptor → the folder's path.
    private var folders: [Int32: String] = [:]
    private var pending: Set<String> = []
    private var generation = 0

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts watching `folder`; `changed` is called on a background thread with each batch.
    init(folder: String, quiet: Duration = .milliseconds(40), changed: @escaping @Sendable (Set<String>) -> Void) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure(description: "cannot watch \(folder): \(String(cString: strerror(errno)))") }
        self.quiet = quiet
        self.changed = changed
        try watchTree(folder)
        let thread = Thread { [self] in readEvents() }
        thread.name = "daftar-preview-watcher"
        thread.start()
    }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ONLYDIR)

    /// Watches `folder` and every subfolder not skipped.
    private func watchTree(_ folder: String) throws {
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else { throw Failure(description: "cannot watch \(folder): \(String(cString: strerror(errno)))") }
        lock.withLock { folders[watch] = folder }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !Self.isSkippedFolder(name) {
            let path = folder + "/" + name
            var status = stat()
            // lstat: a link to a folder is not followed, so the watch stays inside the tree.
            if lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR { try? watchTree(path) }
        }
    }

    private func readEvents() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            var offset = 0
            let headerSize = MemoryLayout<inotify_event>.size
            while offset + headerSize <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + headerSize)..<(offset + headerSize + length)].prefix { $0 != 0 }
                offset += headerSize + length
                handle(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self))
            }
        }
    }

    private func handle(watch: Int32, mask: UInt32, name: String) {
        guard let folder = lock.withLock({ folders[watch] }) else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            lock.withLock { folders[watch] = nil }
            return
        }
        guard !name.isEmpty else { return }
        let path = folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            guard !Self.isSkippedFolder(name) else { return }
            // A new folder: watch it, and report the notebooks already in it.
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { try? watchTree(path) }
            record(path)
            return
        }
        guard !Self.isScratchFile(name) else { return }
        record(path)
    }

    /// Adds a path to the batch and reports the batch once `quiet` passes without another.
    private func record(_ path: String) {
        let current: Int = lock.withLock {
            pending.insert(path)
            generation += 1
            return generation
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(quiet / .nanoseconds(1)))) { [self] in
            let batch: Set<String>? = lock.withLock {
                guard generation == current else { return nil }
                defer { pending = [] }
                return pending
            }
            if let batch { changed(batch) }
        }
    }

    private static func isSkippedFolder(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("_")
    }

    private static func isScratchFile(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
            || name.allSatisfy(\.isNumber)
    }
}
