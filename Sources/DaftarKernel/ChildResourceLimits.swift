#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import DaftarNotebook

/// The limits the operating system enforces on a notebook's program once it has started: memory
/// (`RLIMIT_DATA`: heap and private mappings, so an allocation beyond it fails at once) and
/// processor time (`RLIMIT_CPU`: SIGXCPU at the limit, SIGKILL five seconds later), and no core
/// files. Set from outside with `prlimit(2)`, soft and hard alike, so that a program not running
/// as root cannot raise them again. A sanitized program's memory is limited by its sanitizer
/// instead (`SanitizerRuntime`).
enum ChildResourceLimits {
    static func apply(_ limits: ExecutionLimits, to pid: pid_t) throws {
        let memory = rlim_t(limits.memoryBytes)
        let cpu = rlim_t(limits.cpuSeconds)
        if SanitizerRuntime.current == nil {
            try set(RLIMIT_DATA, soft: memory, hard: memory, pid: pid, what: "memory")
        }
        try set(RLIMIT_CPU, soft: cpu, hard: cpu + 5, pid: pid, what: "processor time")
        try set(RLIMIT_CORE, soft: 0, hard: 0, pid: pid, what: "core file size")
    }

    private static func set(_ resource: __rlimit_resource, soft: rlim_t, hard: rlim_t, pid: pid_t, what: String) throws {
        var limit = rlimit(rlim_cur: soft, rlim_max: hard)
        guard prlimit(pid, Int32(resource.rawValue), &limit, nil) == 0 else {
            throw KernelError("cannot limit the notebook program's \(what): \(String(cString: strerror(errno)))")
        }
    }

    /// glibc's `prlimit`, which Swift's Glibc module does not declare (it needs `_GNU_SOURCE`):
    /// looked up by name once.
    private static let prlimit: @convention(c) (pid_t, Int32, UnsafePointer<rlimit>?, UnsafeMutablePointer<rlimit>?) -> Int32 = {
        guard let symbol = dlsym(nil, "prlimit") else { fatalError("glibc without prlimit") }
        return unsafeBitCast(symbol, to: (@convention(c) (pid_t, Int32, UnsafePointer<rlimit>?, UnsafeMutablePointer<rlimit>?) -> Int32).self)
    }()
}
