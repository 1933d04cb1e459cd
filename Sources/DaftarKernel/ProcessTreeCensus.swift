#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A process's live descendants from `/proc`: for the process limit (the kernel's own
/// `RLIMIT_NPROC` counts every process of the user, and none for root, not one program's) and for
/// an interrupt — process groups miss the children Foundation's `Process` and the Swift driver
/// start in groups of their own.
enum ProcessTreeCensus {
    /// The processes descending from `root`, itself not included, zombies (ended, not yet
    /// reaped) left out.
    static func descendants(of root: pid_t) -> [pid_t] {
        guard let directory = opendir("/proc") else { return [] }
        defer { closedir(directory) }
        var children: [pid_t: [pid_t]] = [:]
        var zombies: Set<pid_t> = []
        var buffer = [UInt8](repeating: 0, count: 512)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let pid = pid_t(name), let (state, parent) = status(of: pid, buffer: &buffer) else { continue }
            children[parent, default: []].append(pid)
            if state == "Z" { zombies.insert(pid) }
        }
        var found: [pid_t] = []
        var pending = children[root] ?? []
        while let next = pending.popLast() {
            if !zombies.contains(next) { found.append(next) }
            pending += children[next] ?? []
        }
        return found
    }

    /// The state and parent fields of `/proc/<pid>/stat`, read after the last `)`: the command
    /// name before it may hold spaces and parentheses.
    private static func status(of pid: pid_t, buffer: inout [UInt8]) -> (state: String, parent: pid_t)? {
        let descriptor = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let length = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard length > 0, let close = buffer[..<length].lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = buffer[(close + 1)..<length].split(separator: UInt8(ascii: " "), maxSplits: 3)
        guard fields.count >= 2, let parent = pid_t(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return (String(decoding: fields[0], as: UTF8.self), parent)
    }
}
