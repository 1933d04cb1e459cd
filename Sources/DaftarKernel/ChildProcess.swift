#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Starting and reaping child processes with `posix_spawn`: Foundation's `Process` polls for the
/// child's end in 50 ms steps, which cost every render that calls `swiftc` a tenth of a second.
enum ChildProcess {
    /// Starts `executable` (a path, or a name looked up on `PATH`) with `/dev/null` as standard
    /// input and `descriptors` (child descriptor → parent descriptor) dup'ed in.
    static func spawn(
        _ executable: String, arguments: [String], environment: [String: String], workingDirectory: String? = nil,
        descriptors: [Int32: Int32], newProcessGroup: Bool = false
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        for (child, parent) in descriptors.sorted(by: { $0.key < $1.key }) {
            posix_spawn_file_actions_adddup2(&actions, parent, child)
        }
        if let workingDirectory, addChangeDirectory(&actions, workingDirectory) != 0 {
            throw KernelError("cannot run \(executable) in \(workingDirectory)")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Every signal unblocked and at its default action, whatever daftar inherited: a child
        // started from a harness that blocks SIGTERM or ignores SIGPIPE behaves as from a shell.
        var allSignals = sigset_t(), noSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        if newProcessGroup {
            flags |= POSIX_SPAWN_SETPGROUP
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { key, value in strdup(key + "=" + value) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = executable.contains("/")
            ? posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            : posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            if result == ENOENT {
                throw KernelError("cannot find \(executable)\(executable.contains("/") ? "" : " on PATH"); install Swift or pass --swiftc")
            }
            throw KernelError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// Waits for the child and returns its raw wait status.
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29 and later), which Swift's Glibc module
    /// does not declare: looked up by name.
    private static func addChangeDirectory(_ actions: inout posix_spawn_file_actions_t, _ path: String) -> Int32 {
        typealias AddChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return ENOSYS }
        let function = unsafeBitCast(symbol, to: AddChangeDirectory.self)
        return withUnsafeMutablePointer(to: &actions) { function($0, path) }
    }
}

/// A one-way channel whose descriptors are closed on exec from the moment they exist (a socket
/// pair made with `SOCK_CLOEXEC`: `pipe2` is not in Swift's Glibc module), so that no program
/// started meanwhile by another thread inherits it; the child gets its end through `dup2`.
struct ChildPipe {
    let read: Int32
    private(set) var write: Int32

    init() throws {
        var descriptors: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &descriptors) == 0 else {
            throw KernelError("cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        read = descriptors[0]
        write = descriptors[1]
        shutdown(read, Int32(SHUT_WR))
        shutdown(write, Int32(SHUT_RD))
    }

    mutating func closeWrite() {
        close(write)
        write = -1
    }

    /// Everything written until the other end closes.
    func readToEnd() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(read, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                return bytes
            }
        }
    }
}
