import ArgumentParser
import DaftarNotebook
import Foundation

/// The `daftar` command: renders Markdown notebooks into self-contained HTML reports.
@main
struct Daftar: ParsableCommand {
    // Names given, so that swift-argument-parser need not work them out by reflection at each start.
    static let configuration = CommandConfiguration(
        commandName: "daftar",
        abstract: "Render Markdown and Jupyter notebooks — prose, math and Swift cells — as self-contained HTML reports.",
        subcommands: [Render.self, Convert.self, PreviewCommand.self],
        defaultSubcommand: Render.self)

    /// Parses and runs as swift-argument-parser does, except that with `--diagnostics json` a usage
    /// error is printed as a diagnostic too, so that standard error holds JSON lines only.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let message = message(for: error)
            if !message.isEmpty, DiagnosticFormat.requested(in: arguments) == .json {
                let diagnostic = Diagnostic(.error, message, at: nil)
                FileHandle.standardError.write(Data(DiagnosticFormat.json.format([diagnostic], in: nil).utf8))
                Foundation.exit(exitCode(for: error).rawValue)
            }
            exit(withError: error)
        }
    }
}
