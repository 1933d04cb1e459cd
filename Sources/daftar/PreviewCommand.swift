import ArgumentParser
import DaftarProject
import Foundation

/// `daftar preview`: serves rendered notebooks on a loopback port and reloads them when saved.
/// The arguments are parsed and checked here; the server is the `daftar-preview` executable,
/// which this process becomes, so that `daftar render` never loads the server or its libraries.
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
        try ParameterOverrides.validate(parameters)
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
        let overrides = ParameterOverrides.parse(parameters)
        let settings = PreviewSettings(
            path: path, host: listeningHost!, port: port, safe: safe, parameterOverrides: overrides,
            swiftc: Toolchain.compilerPath(swiftc), quiet: quiet)
        let server = Self.serverExecutable
        guard FileManager.default.isExecutableFile(atPath: server) else {
            FileHandle.standardError.write(Data("error: \(server) is missing; build it with `swift build --product daftar-preview` (make release builds it)\n".utf8))
            throw ExitCode(69)
        }
        let json = String(decoding: try JSONEncoder().encode(settings), as: UTF8.self)
        // The server replaces this process: the same process id gets Ctrl-C and gives the exit code.
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(server), strdup(json), nil]
        execv(server, argv)
        FileHandle.standardError.write(Data("error: cannot start \(server): \(String(cString: strerror(errno)))\n".utf8))
        throw ExitCode(69)
    }

    /// `daftar-preview`, beside the running `daftar` (SwiftPM builds both into one folder).
    private static var serverExecutable: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (executable as NSString).deletingLastPathComponent + "/daftar-preview"
    }
}
