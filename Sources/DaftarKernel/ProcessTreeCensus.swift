#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Counts a program's descendants from `/proc`, for the process limit: the kernel's own
/// `RLIMIT_NPROC` counts every process of the user (and none for root), not one program's, and
/// its process group misses the children Foundation's `Process` starts in groups of their own.
enum ProcessTreeCensus {
    /// The number of live processes descending from `root`, itself not counted.
    static func count(descendantsOf root: pid_t) -> Int {
        guard let directory = opendir("/proc") else { return 0 }
        defer { closedir(directory) }
        var children: [pid_t: [pid_t]] = [:]
        var buffer = [UInt8](repeating: 0, count: 512)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let pid = pid_t(name), let parent = parent(of: pid, buffer: &buffer) else { continue }
            children[parent, default: []].append(pid)
        }
        var count = 0
        var pending = children[root] ?? []
        while let next = pending.popLast() {
            count += 1
            pending += children[next] ?? []
        }
        return count
    }

    /// The fourth field of `/proc/<pid>/stat`, read after the last `)`: the command name before
    /// it may hold spaces and parentheses.
    private static func parent(of pid: pid_t, buffer: inout [UInt8]) -> pid_t? {
        let descriptor = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let length = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard length > 0, let close = buffer[..<length].lastIndex(of: UInt8(ascii: ")")) else { return nil }
        // After ")": state, parent.
        let fields = buffer[(close + 1)..<length].split(separator: UInt8(ascii: " "), maxSplits: 3)
        guard fields.count >= 2 else { return nil }
        return pid_t(String(decoding: fields[1], as: UTF8.self))
    }
}
