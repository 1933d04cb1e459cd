#if canImport(Glibc)
import Glibc
#endif
import DaftarHTML
import DaftarPreview
import DaftarProject
import Foundation

// The preview server, started by `daftar preview` (which parses and checks the arguments) with
// its settings as JSON in the one argument. Exit codes: 0 when stopped, 64 for settings it cannot
// read, 69 when the address cannot be listened on.
let arguments = CommandLine.arguments
guard arguments.count == 2, let settings = try? JSONDecoder().decode(PreviewSettings.self, from: Data(arguments[1].utf8)) else {
    FileHandle.standardError.write(Data("error: daftar-preview is started by `daftar preview`; see `daftar preview --help`\n".utf8))
    exit(64)
}
let job = NotebookJob(
    options: Report.Options(safe: settings.safe), output: "-", policy: settings.safe ? .neverRun : .runWhenStale,
    toolchain: Toolchain(swiftc: settings.swiftc), parameterOverrides: settings.parameterOverrides, allowErrors: true)
let configuration = Preview.Configuration(
    path: settings.path, host: settings.host, port: settings.port, job: job, jobs: ProcessInfo.processInfo.activeProcessorCount)
do {
    try Preview.run(configuration, announce: { address in
        FileHandle.standardOutput.write(Data((address + "\n").utf8))
        if !settings.quiet { FileHandle.standardError.write(Data("previewing \(settings.path) at \(address) (Ctrl-C stops)\n".utf8)) }
        if !settings.host.hasPrefix("127."), settings.host != "::1" {
            FileHandle.standardError.write(Data("warning: listening on \(settings.host), not loopback: other machines can read these notebooks\n".utf8))
        }
    }, log: { message in
        if !settings.quiet || message.contains("error:") || message.contains("warning:") {
            FileHandle.standardError.write(Data(message.utf8))
        }
    })
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(69)
}
