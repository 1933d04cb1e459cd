import ArgumentParser
import DaftarHTML
import DaftarPreview
import DaftarProject
import Foundation

/// `daftar preview`: serves rendered notebooks on a loopback port and reloads them when saved.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve rendered notebooks on 127.0.0.1, rendering each again when it is saved.",
        discussion: """
        Prints the address and opens nothing. Pages live in memory (nothing is written to an \
        output folder); freezes are used and refreshed as by `daftar render`, so a prose edit \
        shows without running any cell. Compile errors and failing cells are shown in the page. \
        Ctrl-C stops the server and every compiler or cell program it started, with exit code 0.
        """)

    @Argument(help: "A notebook or a folder of notebooks.")
    var path = "."

    @Option(help: ArgumentHelp("The address to listen on; anything but loopback exposes the notebooks to the network.", valueName: "ip"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port (default: 4200, or a free one when it is taken; 0: any free one).", valueName: "n"))
    var port: Int?

    @Flag(help: "Drop raw HTML and dangerous URLs from notebooks, and run nothing.")
    var safe = false

    @Option(name: .customLong("param"), help: ArgumentHelp("Override a notebook parameter (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("The Swift compiler to run cells with (default: $SWIFTC, else swiftc on PATH).", valueName: "path"))
    var swiftc: String?

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        guard listeningHost != nil else { throw ValidationError("--host \(host): expected an IPv4 or IPv6 address, or localhost") }
        for parameter in parameters where !parameter.contains("=") {
            throw ValidationError("--param \(parameter): expected name=value")
        }
    }

    /// `--host` as an address to bind: `localhost` is 127.0.0.1, other names are refused (a
    /// name could resolve anywhere).
    private var listeningHost: String? {
        if host == "localhost" { return "127.0.0.1" }
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(AF_INET, host, &buffer) == 1 || inet_pton(AF_INET6, host, &buffer) == 1 ? host : nil
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            FileHandle.standardError.write(Data("error: no such file or folder: \(path)\n".utf8))
            throw ExitStatus.inputMissing
        }
        var overrides: [String: String] = [:]
        for parameter in parameters {
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            overrides[String(parts[0])] = String(parts[1])
        }
        let job = NotebookJob(
            options: Report.Options(safe: safe), output: "-", policy: safe ? .neverRun : .runWhenStale,
            toolchain: Toolchain(swiftc: swiftc ?? getenv("SWIFTC").map { String(cString: $0) } ?? "swiftc"),
            parameterOverrides: overrides, allowErrors: true)
        let quiet = quiet
        let configuration = Preview.Configuration(
            path: path, host: listeningHost!, port: port, job: job, jobs: ProcessInfo.processInfo.activeProcessorCount)
        do {
            try Preview.run(configuration, announce: { address in
                FileHandle.standardOutput.write(Data((address + "\n").utf8))
                if !quiet { FileHandle.standardError.write(Data("previewing \(configuration.path) at \(address) (Ctrl-C stops)\n".utf8)) }
            }, log: { message in
                if !quiet || message.contains("error:") || message.contains("warning:") {
                    FileHandle.standardError.write(Data(message.utf8))
                }
            })
        } catch let failure as Preview.Failure {
            FileHandle.standardError.write(Data("error: \(failure.description)\n".utf8))
            throw ExitCode(69)
        }
    }
}
