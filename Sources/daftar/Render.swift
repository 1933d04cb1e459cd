import ArgumentParser
import DaftarHTML
import DaftarKernel
import DaftarNotebook
import DaftarProject
import Foundation

/// `daftar render`: notebooks to HTML reports, plus an index page.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render notebooks to self-contained HTML reports.",
        discussion: """
        Each notebook becomes <output>/<name>.html, and <output>/index.html lists them. Swift cells \
        run as one program; their results are frozen in _freeze/<name>.json beside the notebook \
        and reused while nothing they depend on changes. Reports are written atomically: a \
        notebook that fails leaves its previous report as it was.

        A Jupyter notebook (.ipynb) is shown with the outputs it holds and never run, as Quarto \
        renders one without --execute; convert it to Markdown to run its Swift cells.

        Exit codes: 0 success; 1 a notebook has errors or shares its report path with another; 3 a freeze is stale or missing; 4 a report \
        differs (--check); 64 usage error; 66 a path is missing or a folder holds no notebooks; \
        69 no swiftc or DaftarKit; 73 a report or freeze cannot be written.
        """)

    @Argument(help: "Notebook files or folders to render (folders are searched for *.md, *.qmd, *.markdown and *.ipynb).")
    var paths: [String] = ["Notebooks"]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder reports are written to, or - for standard output (one notebook).", valueName: "dir"))
    var output = "Output"

    @Flag(help: "Write the body's HTML only: no page template, title block, table of contents or heading ids.")
    var fragment = false

    @Option(help: ArgumentHelp("The Markdown of notebooks whose front matter has no `from:`: markdown (pandoc's, the default), "
                               + "commonmark, commonmark_x or gfm, with +ext/-ext as in pandoc.", valueName: "format"))
    var from: String?

    @Flag(help: "Drop raw HTML and dangerous URLs from notebooks.")
    var safe = false

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false

    @Option(name: .shortAndLong, help: "How many notebooks to render at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Run nothing: use each notebook's frozen results, and fail where they are stale or missing.")
    var noExecute = false

    @Flag(help: "Run every notebook with code, even where its frozen results are fresh.")
    var refresh = false

    @Flag(help: "Run and write nothing: fail if a freeze is stale (exit 3) or a report differs from Output (exit 4).")
    var check = false

    @Flag(help: "Show compile errors and failing cells in the report instead of failing the render.")
    var allowErrors = false

    @Option(name: .customLong("param"), help: ArgumentHelp("Override a notebook parameter (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("The Swift compiler to run cells with (default: $SWIFTC, else swiftc on PATH).", valueName: "path"))
    var swiftc: String?

    @Option(help: ArgumentHelp("Render only the i-th of n deterministic parts of the notebooks, for CI matrices.", valueName: "i/n"))
    var shard: Shard?

    @Flag(help: "Write (or with --check compare) only <output>/index.html, from the notebooks' front matter: nothing is rendered or run. The last step after --shard jobs.")
    var indexOnly = false

    @Option(help: "How diagnostics are printed: text (as clang) or json (one object a line).")
    var diagnostics: DiagnosticFormat = .text

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if refresh, noExecute || check || safe { throw ValidationError("--refresh runs notebooks; it cannot be combined with --no-execute, --check or --safe") }
        if check, output == "-" { throw ValidationError("--check compares reports in an output folder; it cannot write to standard output") }
        if let from, !["markdown", "commonmark", "commonmark_x", "gfm"].contains(from.prefix { $0 != "+" && $0 != "-" }) {
            throw ValidationError("--from \(from): expected markdown, commonmark, commonmark_x or gfm, with +ext or -ext as in pandoc")
        }
        try ParameterOverrides.validate(parameters)
        if indexOnly, shard != nil || fragment || refresh || output == "-" {
            throw ValidationError("--index-only writes the index of every notebook to an output folder; it cannot be combined with --shard, --fragment, --refresh or --output -")
        }
    }

    func run() throws {
        InterruptCleanup.shared.handleInterrupts()
        let console = Console(quiet: quiet || diagnostics == .json)
        let inputs = try resolveInputs(console: console)
        let started = ContinuousClock.now
        let overrides = ParameterOverrides.parse(parameters)
        let job = NotebookJob(
            options: Report.Options(safe: safe, fragment: fragment), output: output,
            policy: refresh ? .alwaysRun : noExecute || safe || check ? .neverRun : .runWhenStale,
            toolchain: Toolchain.named(swiftc),
            parameterOverrides: overrides, allowErrors: allowErrors, check: check, defaultFormat: from,
            activity: console.jobActivity)
        if indexOnly { return try writeIndexOnly(of: inputs, with: job, console: console) }
        // Messages are printed in the order notebooks were named, each as soon as it and those
        // before it are done, whatever order they finished in.
        let format = diagnostics
        var outcomes = Project.render(inputs, with: job, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, emit: { outcome in
            console.write(format.format(outcome.diagnostics, in: outcome.source))
            if let html = outcome.standardOutput { FileHandle.standardOutput.write(Data(html.utf8)) }
            if let progress = outcome.progress { console.progress(progress) }
        })
        console.stop()
        let failures = outcomes.filter { $0.failure != nil }.count
        // The index is rewritten only when every notebook rendered, so that a failure loses no
        // link to an earlier report; a notebook named `index` is its own index, as in Quarto.
        // A shard's index would list only its part.
        if output != "-", !fragment, shard == nil, failures == 0, !inputs.contains(where: { $0.reportName == "index.html" }),
           let (failure, diagnostic) = Project.writeIndex(of: outcomes, to: output, check: check) {
            console.write(format.format([diagnostic], in: nil))
            outcomes.append(NotebookJob.Outcome(failure: failure))
        }
        let elapsed = (ContinuousClock.now - started) / .milliseconds(1)
        let noun = inputs.count == 1 ? "notebook" : "notebooks"
        console.progress("\(inputs.count - failures) of \(inputs.count) \(noun) \(check ? "checked" : "rendered") in \(Int(elapsed)) ms")
        if let failure = RenderFailure.worst(outcomes.compactMap(\.failure)) { throw ExitStatus.code(for: failure) }
    }

    /// `--index-only`: reads every notebook for its entry and writes (or checks) the index, as
    /// a full render would have written it; a notebook that cannot be read fails it.
    private func writeIndexOnly(of inputs: [NotebookInput], with job: NotebookJob, console: Console) throws {
        let outcomes = Project.readIndexEntries(inputs, with: job, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        for outcome in outcomes { console.write(diagnostics.format(outcome.diagnostics, in: outcome.source)) }
        if let failure = RenderFailure.worst(outcomes.compactMap(\.failure)) { throw ExitStatus.code(for: failure) }
        guard !inputs.contains(where: { $0.reportName == "index.html" }) else {
            console.progress("a notebook is the index (index.md); no index written")
            return
        }
        if let (failure, diagnostic) = Project.writeIndex(of: outcomes, to: output, check: check) {
            console.write(diagnostics.format([diagnostic], in: nil))
            throw ExitStatus.code(for: failure)
        }
        let noun = inputs.count == 1 ? "notebook" : "notebooks"
        console.progress("\(check ? "checked" : "wrote") \(output)/index.html (\(inputs.count) \(noun))")
    }

    /// The notebooks named on the command line, checked against `--output`.
    private func resolveInputs(console: Console) throws -> [NotebookInput] {
        var inputs: [NotebookInput]
        do {
            inputs = try Project.notebooks(in: paths, warn: { console.write(diagnostics.format([$0], in: nil)) })
        } catch {
            console.write(diagnostics.format([error.diagnostic], in: nil))
            throw ExitStatus.inputMissing
        }
        if output == "-", inputs.count != 1 {
            throw ValidationError("--output - writes one notebook to standard output, but \(inputs.count) were given")
        }
        if let shard { inputs = shard.select(inputs) }
        return inputs
    }
}
