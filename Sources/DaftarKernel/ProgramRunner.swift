#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// Runs a compiled notebook program as a child process: its standard output and error split per
/// cell, its records read as they come, and the whole process group killed when a cell or the
/// notebook runs past its time limit.
struct ProgramRunner {
    /// How the program ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed by Daftar: the cell running at the time (nil between cells) and the limit it broke.
        case timedOut(cell: Int?, seconds: Double, perCell: Bool)
    }

    /// Everything the run produced.
    struct Report {
        var termination: Termination
        var stdout: StreamDemultiplexer
        var stderr: StreamDemultiplexer
        var records: [RunRecord]
    }

    var executable: String
    var workingDirectory: String
    var notebookSeconds: Double
    /// Per-cell limits, by index in `Notebook.cells`.
    var cellSeconds: [Int: Double]

    /// Runs the program; `cellStarted` is told the index of each cell as it starts.
    func run(cellStarted: (Int) -> Void = { _ in }) throws -> Report {
        let marker = "DAFTAR" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        var output = try Pipe2(), errors = try Pipe2(), records = try Pipe2()
        var environment = ProcessInfo.processInfo.environment
        environment["DAFTAR_RECORDS_FD"] = "3"
        environment["DAFTAR_MARKER"] = marker
        // A short, plain crash report whose frames carry notebook lines.
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,sanitize=no,threads=crashed,registers=none,images=none,limit=16,top=0"
        let pid = try spawn(stdout: output.write, stderr: errors.write, records: records.write, environment: environment)
        output.closeWrite()
        errors.closeWrite()
        records.closeWrite()

        var stdout = StreamDemultiplexer(marker: marker)
        var stderr = StreamDemultiplexer(marker: marker)
        var recordLines = RecordLineReader()
        let started = Date()
        var running: (cell: Int, at: Date)?
        var timedOut: Termination?
        var open = [output.read, errors.read, records.read]
        var buffer = [UInt8](repeating: 0, count: 65_536)

        while !open.isEmpty {
            let now = Date()
            if timedOut == nil {
                if let (cell, at) = running, let limit = cellSeconds[cell], now.timeIntervalSince(at) > limit {
                    timedOut = .timedOut(cell: cell, seconds: limit, perCell: true)
                } else if now.timeIntervalSince(started) > notebookSeconds {
                    timedOut = .timedOut(cell: running?.cell, seconds: notebookSeconds, perCell: false)
                }
                if timedOut != nil { kill(-pid, SIGKILL) }
            }
            var polls = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&polls, nfds_t(polls.count), 50)
            if ready < 0, errno != EINTR { throw KernelError("poll failed: \(String(cString: strerror(errno)))") }
            for entry in polls where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count <= 0 {
                    if count == 0 || errno != EINTR && errno != EAGAIN {
                        close(entry.fd)
                        open.removeAll { $0 == entry.fd }
                    }
                    continue
                }
                let chunk = buffer[0..<count]
                if entry.fd == output.read {
                    stdout.consume(chunk)
                } else if entry.fd == errors.read {
                    stderr.consume(chunk)
                } else {
                    for record in recordLines.consume(chunk) {
                        if case .cellStart(let cell) = record {
                            running = (cell, Date())
                            cellStarted(cell)
                        }
                        if case .cellEnd = record { running = nil }
                    }
                }
            }
        }
        stdout.finish()
        stderr.finish()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let termination: Termination
        if let timedOut {
            termination = timedOut
        } else if status & 0x7F == 0 {
            termination = .exited((status >> 8) & 0xFF)
        } else {
            termination = .signalled(status & 0x7F)
        }
        return Report(termination: termination, stdout: stdout, stderr: stderr, records: recordLines.records)
    }

    /// Starts the program in a process group of its own, with `/dev/null` as standard input and
    /// the three pipes as descriptors 1, 2 and 3.
    private func spawn(stdout: Int32, stderr: Int32, records: Int32, environment: [String: String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        posix_spawn_file_actions_adddup2(&actions, records, 3)
        guard Self.addChangeDirectory(&actions, workingDirectory) == 0 else {
            throw KernelError("cannot run the notebook program in \(workingDirectory)")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(executable), nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { key, value in strdup(key + "=" + value) } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, arguments, variables)
        guard result == 0 else {
            throw KernelError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }
}

extension ProgramRunner {
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
private struct Pipe2 {
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
}
