import ArgumentParser
import DaftarHTML
import DaftarNotebook
import Foundation

/// `daftar render`: notebooks to HTML reports, plus an index page.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render notebooks to self-contained HTML reports.",
        discussion: """
        Each notebook becomes <output>/<name>.html, and <output>/index.html lists them. Reports are \
        written atomically: a notebook that fails leaves its previous report as it was.

        Exit codes: 0 success; 1 a notebook has errors; 64 usage error; 66 a path is missing or a \
        folder holds no notebooks; 73 a report cannot be written.
        """)

    @Argument(help: "Notebook files or folders to render (folders are searched for *.md).")
    var paths: [String] = ["Notebooks"]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder reports are written to, or - for standard output (one notebook).", valueName: "dir"))
    var output = "Output"

    @Flag(help: "Write the body's HTML only: no page template, title block, table of contents or heading ids.")
    var fragment = false

    @Flag(help: "Drop raw HTML and dangerous URLs from notebooks.")
    var safe = false

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        let inputs = try resolveInputs(console: console)
        let options = Report.Options(safe: safe, fragment: fragment)
        let started = ContinuousClock.now
        var entries: [IndexPage.Entry] = []
        var failures = 0
        for input in inputs {
            guard let (notebook, html) = Self.render(input, options: options, console: console) else {
                failures += 1
                continue
            }
            if output == "-" {
                FileHandle.standardOutput.write(Data(html.utf8))
                continue
            }
            let reportPath = output + "/" + input.reportName
            try write(html, to: reportPath, console: console)
            console.progress("rendered \(input.path) → \(reportPath)")
            entries.append(IndexPage.Entry(
                title: notebook.title, languageTag: notebook.frontMatter.lang,
                direction: notebook.frontMatter.direction, link: input.reportName))
        }
        // The index is rewritten only when every notebook rendered, so that a failure loses no
        // link to an earlier report; a notebook named `index` is its own index, as in Quarto.
        if output != "-", !fragment, failures == 0, !inputs.contains(where: { $0.reportName == "index.html" }) {
            try write(IndexPage.html(entries), to: output + "/index.html", console: console)
        }
        let elapsed = (ContinuousClock.now - started) / .milliseconds(1)
        let noun = inputs.count == 1 ? "notebook" : "notebooks"
        console.progress("\(inputs.count - failures) of \(inputs.count) \(noun) rendered in \(Int(elapsed)) ms")
        if failures > 0 { throw ExitStatus.notebookFailed }
    }

    /// The notebooks named on the command line, checked against `--output`.
    private func resolveInputs(console: Console) throws -> [NotebookInput] {
        let inputs: [NotebookInput]
        do {
            var seen: Set<NotebookInput> = []
            inputs = try NotebookInputs.resolve(paths).filter { seen.insert($0).inserted }
        } catch {
            console.error(error.description)
            throw ExitStatus.inputMissing
        }
        if output == "-", inputs.count != 1 {
            throw ValidationError("--output - writes one notebook to standard output, but \(inputs.count) were given")
        }
        let reportNames = Dictionary(grouping: inputs, by: \.reportName)
        if let (name, clashing) = reportNames.first(where: { $0.value.count > 1 }) {
            let paths = clashing.map(\.path).joined(separator: ", ")
            throw ValidationError("\(paths) would all be written to \(name); render them separately or with different --output folders")
        }
        return inputs
    }

    private func write(_ html: String, to path: String, console: Console) throws {
        do {
            try FileSystem.writeAtomically(html, to: path)
        } catch {
            console.error(error.description)
            throw ExitStatus.cannotWrite
        }
    }

    /// Reads, parses and renders one notebook, printing its diagnostics; nil when it has errors.
    private static func render(_ input: NotebookInput, options: Report.Options, console: Console) -> (Notebook, String)? {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readBytes(input.path)
        } catch {
            console.error(error.description)
            return nil
        }
        let source: SourceFile
        do {
            source = try SourceFile(path: input.path, data: bytes)
        } catch {
            // Show the offending line with invalid bytes replaced; the caret stays right, as
            // everything before the first invalid byte is unchanged.
            console.print(error, in: SourceFile(path: input.path, text: String(decoding: bytes, as: UTF8.self)))
            return nil
        }
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(source, diagnostics: &diagnostics)
        for diagnostic in diagnostics { console.print(diagnostic, in: source) }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return (notebook, Report.html(for: notebook, options: options))
    }
}
