import ArgumentParser
import DaftarHTML
import DaftarNotebook
import DaftarProject
import Foundation

/// `daftar convert`: a Markdown notebook to a Jupyter notebook with its outputs, or back.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a Markdown notebook to a Jupyter notebook (.ipynb), or a Jupyter notebook to Markdown.",
        discussion: """
        --to ipynb writes nbformat 4.5: the front matter in a first raw cell, prose as Markdown \
        cells, each Swift cell with its //| options at its top and its outputs, which come from \
        the freeze or from running the notebook, as render does. --to md writes Daftar Markdown: \
        Swift cells become swift fences, other languages' cells fences that are shown and never \
        run; outputs are dropped. The file is written beside the notebook under the new \
        extension unless --output names another.

        Exit codes: as render's (1 the notebook has errors, 3 its freeze is stale with \
        --no-execute, 64 usage error, 69 no swiftc or DaftarKit, 73 the file cannot be written).
        """)

    @Argument(help: "The notebook to convert (.md, .qmd, .markdown or .ipynb).")
    var path: String

    @Option(help: ArgumentHelp("The format to write: ipynb or md.", valueName: "format"))
    var to: ConversionFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Run nothing: take the outputs from the freeze, and fail where it is stale or missing.")
    var noExecute = false

    @Flag(help: "Run the notebook even where its frozen results are fresh.")
    var refresh = false

    @Flag(help: "Keep failing cells' errors as outputs instead of failing the conversion.")
    var allowErrors = false

    @Option(help: ArgumentHelp("The Swift compiler to run cells with (default: $SWIFTC, else swiftc on PATH).", valueName: "path"))
    var swiftc: String?

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false

    @Option(help: "How diagnostics are printed: text (as clang) or json (one object a line).")
    var diagnostics: DiagnosticFormat = .text

    func validate() throws {
        if refresh, noExecute { throw ValidationError("--refresh runs the notebook; it cannot be combined with --no-execute") }
    }

    func run() throws {
        let console = Console(quiet: quiet || diagnostics == .json)
        let job = NotebookJob(
            options: Report.Options(), output: "", policy: refresh ? .alwaysRun : noExecute ? .neverRun : .runWhenStale,
            toolchain: Toolchain.named(swiftc),
            allowErrors: allowErrors,
            activity: console.jobActivity)
        let outcome = job.convert(path, to: to, destination: output)
        console.stop()
        console.write(diagnostics.format(outcome.diagnostics, in: outcome.source))
        if let text = outcome.standardOutput { FileHandle.standardOutput.write(Data(text.utf8)) }
        if let progress = outcome.progress { console.progress(progress) }
        if let failure = outcome.failure { throw ExitStatus.code(for: failure) }
    }
}

extension ConversionFormat: ExpressibleByArgument {}
