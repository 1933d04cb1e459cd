import Foundation

/// Runs a tool (`swiftc`) to completion and collects what it printed, both streams together; in
/// a process group of its own, which an interrupted daftar kills with everything the tool started.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `executable` (a path, or a name looked up on `PATH`) with `arguments`, and daftar's
    /// environment with `environment` over it.
    static func run(_ executable: String, arguments: [String], environment: [String: String] = [:]) throws -> Result {
        var pipe = try ChildPipe()
        let pid = try InterruptCleanup.shared.startGroup {
            try ChildProcess.spawn(
                executable, arguments: arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
                descriptors: [1: pipe.write, 2: pipe.write], newProcessGroup: true)
        }
        defer { InterruptCleanup.shared.ended(group: pid) }
        pipe.closeWrite()
        let output = pipe.readToEnd()
        close(pipe.read)
        let status = ChildProcess.wait(pid)
        return Result(status: WaitStatus(status).shellStatus, output: String(decoding: output, as: UTF8.self))
    }
}
