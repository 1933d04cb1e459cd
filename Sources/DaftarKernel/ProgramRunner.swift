#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import DaftarKernelProtocol
import DaftarNotebook
import Foundation

/// Runs a compiled notebook program as a child process: its standard output and error split per
/// cell, its records read as they come, and the whole process group killed when a cell or the
/// notebook runs past its time limit or the program breaks one of its `ExecutionLimits`.
struct ProgramRunner {
    /// How the program ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed by Daftar: the cell running at the time (nil between cells) and the limit it broke.
        case timedOut(cell: String?, seconds: Double, perCell: Bool)
        /// Stopped for using more than a limit allows: the cell running at the time and the limit.
        case limitExceeded(cell: String?, limit: ExecutionLimits.Key)
    }

    /// Everything the run produced.
    struct Report {
        var termination: Termination
        var stdout: StreamDemultiplexer
        var stderr: StreamDemultiplexer
        var records: [ReceivedRecord]
    }

    var executable: String
    var workingDirectory: String
    var notebookSeconds: Double
    /// Per-cell limits, by cell identity.
    var cellSeconds: [String: Double]
    var limits: ExecutionLimits

    /// Runs the program; `cellStarted` is told the identity of each cell as it starts.
    func run(cellStarted: (String) -> Void = { _ in }) throws -> Report {
        let marker = "DAFTAR" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        var output = try ChildPipe(), errors = try ChildPipe(), records = try ChildPipe()
        var environment = ProcessInfo.processInfo.environment
        environment[KernelProtocol.recordsDescriptor] = "3"
        environment[KernelProtocol.marker] = marker
        // A short, plain crash report whose frames carry notebook lines.
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,sanitize=no,threads=crashed,registers=none,images=none,limit=16,top=0"
        if let sanitizer = SanitizerRuntime.current {
            let variable = sanitizer.optionsVariable
            environment[variable] = SanitizerRuntime.programOptions(environment[variable], memoryLimit: limits.memoryBytes)
        }
        // The program gets the pipes as descriptors 1, 2 and 3, in a process group of its own so
        // that a time limit can kill whatever it started too.
        let pid = try InterruptCleanup.shared.startGroup(marker: marker) {
            try ChildProcess.spawn(
                executable, arguments: [], environment: environment, workingDirectory: workingDirectory,
                descriptors: [1: output.write, 2: errors.write, 3: records.write], newProcessGroup: true)
        }
        defer { InterruptCleanup.shared.ended(group: pid) }
        do {
            try ChildResourceLimits.apply(limits, to: pid)
        } catch {
            kill(-pid, SIGKILL)
            _ = Self.reap(pid, options: 0)
            throw error
        }
        output.closeWrite()
        errors.closeWrite()
        records.closeWrite()

        var stdout = StreamDemultiplexer(marker: marker)
        var stderr = StreamDemultiplexer(marker: marker)
        var recordLines = RecordLineReader()
        let started = Date()
        var running: (cell: String, at: Date)?
        var stopped: Termination?
        var exitStatus: Int32?
        var processorSeconds = 0.0
        var outputBytes = 0
        var displays = 0
        var lastSweep = Date.distantPast
        var lastCensus = Date.distantPast
        var open = [output.read, errors.read, records.read]
        var buffer = [UInt8](repeating: 0, count: 65_536)

        while !open.isEmpty {
            let now = Date()
            if stopped == nil, exitStatus == nil {
                if let (cell, at) = running, let limit = cellSeconds[cell], now.timeIntervalSince(at) > limit {
                    stopped = .timedOut(cell: cell, seconds: limit, perCell: true)
                } else if now.timeIntervalSince(started) > notebookSeconds {
                    stopped = .timedOut(cell: running?.cell, seconds: notebookSeconds, perCell: false)
                }
                if stopped == nil, now.timeIntervalSince(lastCensus) > 0.05 {
                    lastCensus = now
                    if ProcessTreeCensus.descendants(of: pid).count + 1 > limits.processes {
                        stopped = .limitExceeded(cell: running?.cell, limit: .processes)
                    }
                }
                if outputBytes > limits.outputBytes { stopped = .limitExceeded(cell: running?.cell, limit: .output) }
                if displays > limits.displays { stopped = .limitExceeded(cell: running?.cell, limit: .displays) }
                if stopped != nil { kill(-pid, SIGKILL) }
            }
            if exitStatus == nil, let (status, seconds) = Self.reap(pid, options: WNOHANG) {
                exitStatus = status
                processorSeconds = seconds
            }
            // Once the program has ended, what it left running would keep the pipes open.
            if exitStatus != nil, now.timeIntervalSince(lastSweep) > 0.1 {
                Self.killLeftovers(marker: marker)
                lastSweep = now
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
                if entry.fd != records.read { outputBytes += count }
                if entry.fd == output.read {
                    stdout.consume(chunk)
                } else if entry.fd == errors.read {
                    stderr.consume(chunk)
                } else {
                    for record in recordLines.consume(chunk) {
                        switch record {
                        case .record(.display), .dropped: displays += 1
                        default: break
                        }
                        if case .record(.cellStart(let cell)) = record {
                            running = (cell, Date())
                            cellStarted(cell)
                        }
                        if case .record(.cellEnd) = record { running = nil }
                    }
                }
            }
        }
        stdout.finish()
        stderr.finish()
        if exitStatus == nil, let (status, seconds) = Self.reap(pid, options: 0) {
            exitStatus = status
            processorSeconds = seconds
        }
        Self.killLeftovers(marker: marker)
        var termination = stopped ?? Termination(WaitStatus(exitStatus ?? 0))
        // The kernel's own limit: SIGXCPU at the soft limit, SIGKILL at the hard one.
        if case .signalled(let signal) = termination,
           signal == SIGXCPU || signal == SIGKILL && processorSeconds >= Double(limits.cpuSeconds) {
            termination = .limitExceeded(cell: running?.cell, limit: .cpuTime)
        }
        return Report(termination: termination, stdout: stdout, stderr: stderr, records: recordLines.records)
    }

    /// Reaps the child if it has ended (`options` 0 waits for it): its wait status and the
    /// processor time it used, user and system, from `wait4`'s resource usage.
    private static func reap(_ pid: pid_t, options: Int32) -> (status: Int32, processorSeconds: Double)? {
        var status: Int32 = 0
        var usage = rusage()
        var result: pid_t
        repeat {
            result = wait4(pid, &status, options, &usage)
        } while result < 0 && errno == EINTR
        guard result == pid else { return nil }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return (status, seconds(usage.ru_utime) + seconds(usage.ru_stime))
    }
}

extension ProgramRunner {
    /// Kills every process whose environment still holds this run's `DAFTAR_MARKER`: what the
    /// program started and left running, even in process groups of their own (Foundation's
    /// `Process` puts its children in one), where killing the program's group does not reach.
    static func killLeftovers(marker: String) {
        let entry = Array("\(KernelProtocol.marker)=\(marker)".utf8)
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.compactMap { pid_t($0) } ?? []
        for id in ids where id != getpid() {
            guard let environment = FileManager.default.contents(atPath: "/proc/\(id)/environ") else { continue }
            if environment.split(separator: 0).contains(where: { $0.elementsEqual(entry) }) { kill(id, SIGKILL) }
        }
    }
}
