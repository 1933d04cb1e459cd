import Foundation

/// Runs a tool (`swiftc`) to completion and collects what it printed, both streams together.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `executable` (a path, or a name looked up on `PATH`) with `arguments`.
    static func run(_ executable: String, arguments: [String]) throws -> Result {
        let process = Process()
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw KernelError("cannot run \(executable): \(error.localizedDescription)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127, !executable.contains("/") {
            throw KernelError("cannot find \(executable) on PATH; install Swift or pass --swiftc")
        }
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
