import DaftarHTML
import DaftarKernel
import DaftarNotebook
import Foundation

/// Renders one notebook from file to report: read, parse, run or thaw its results, render, then
/// write (or, for `--check`, compare). Safe to run on many threads at once; everything it would
/// print is returned, to be printed in order.
struct NotebookJob: Sendable {
    /// What became of one notebook.
    struct Outcome: Sendable {
        /// Diagnostics and errors, formatted for standard error.
        var messages = ""
        /// The progress line, when the notebook went through.
        var progress: String?
        /// The report, when it goes to standard output.
        var standardOutput: String?
        var indexEntry: IndexPage.Entry?
        var failure: Failure?
    }

    enum Failure: Sendable { case notebookHasErrors, cannotWrite, staleFreeze, outputDiffers, executionUnavailable }

    /// How notebooks with code get their results.
    enum Policy: Sendable {
        /// Thaw a fresh freeze, else run and freeze the results.
        case runWhenStale
        /// Always run (`--refresh`).
        case alwaysRun
        /// Never run: thaw a fresh freeze or fail (`--no-execute`, `--safe`, `--check`).
        case neverRun
    }

    let options: Report.Options
    /// The output folder, or `-` for standard output.
    let output: String
    let policy: Policy
    let toolchain: Toolchain
    let parameterOverrides: [String: String]
    /// `--allow-errors`: failures are shown in their cells instead of failing the render.
    let allowErrors: Bool
    /// `--check`: compare with the report on disk instead of writing it.
    let check: Bool
    let diagnosticFormat: DiagnosticFormat
    /// Where live progress goes on a terminal.
    let console: Console

    func run(_ input: NotebookInput) -> Outcome {
        var outcome = Outcome()
        let started = ContinuousClock.now
        guard let (source, notebook) = read(input, into: &outcome) else { return outcome }
        var results: NotebookResults?
        var provenance = ""
        if notebook.hasCodeToRun {
            var diagnostics: [Diagnostic] = []
            let thawed = obtainResults(notebook, diagnostics: &diagnostics, into: &outcome)
            outcome.messages += diagnosticFormat.format(diagnostics, in: source)
            guard outcome.failure == nil, !diagnostics.contains(where: { $0.severity == .error }), let thawed else {
                if outcome.failure == nil { outcome.failure = .notebookHasErrors }
                return outcome
            }
            (results, provenance) = thawed
        }
        var renderingDiagnostics: [Diagnostic] = []
        let html = Report.html(for: notebook, results: results, options: options, diagnostics: &renderingDiagnostics)
        outcome.messages += diagnosticFormat.format(renderingDiagnostics, in: source)
        if output == "-" {
            outcome.standardOutput = html
            return outcome
        }
        let reportPath = output + "/" + input.reportName
        if check {
            if FileManager.default.contents(atPath: reportPath) != Data(html.utf8) {
                outcome.messages += "error: \(reportPath) differs from what \(input.path) renders to; run `daftar render` and commit it\n"
                outcome.failure = .outputDiffers
                return outcome
            }
        } else {
            do {
                try FileSystem.writeAtomically(html, to: reportPath)
            } catch {
                outcome.messages += "error: \(error.description)\n"
                outcome.failure = .cannotWrite
                return outcome
            }
        }
        let elapsed = Int((ContinuousClock.now - started) / .milliseconds(1))
        let verb = check ? "checked" : "rendered"
        outcome.progress = "\(verb) \(input.path) → \(reportPath)\(provenance.isEmpty ? "" : " (\(provenance))") in \(elapsed) ms"
        outcome.indexEntry = IndexPage.Entry(
            title: notebook.title, languageTag: notebook.frontMatter.lang,
            direction: notebook.frontMatter.direction, link: input.reportName)
        return outcome
    }

    /// Reads and parses the notebook; nil, with the reason in `outcome`, when it cannot be.
    private func read(_ input: NotebookInput, into outcome: inout Outcome) -> (SourceFile, Notebook)? {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readBytes(input.path)
        } catch {
            outcome.messages = "error: \(error.description)\n"
            outcome.failure = .notebookHasErrors
            return nil
        }
        let source: SourceFile
        do {
            source = try SourceFile(path: input.path, data: bytes)
        } catch {
            // Show the offending line with invalid bytes replaced; the caret stays right, as
            // everything before the first invalid byte is unchanged.
            outcome.messages = diagnosticFormat.format([error], in: SourceFile(path: input.path, text: String(decoding: bytes, as: UTF8.self)))
            outcome.failure = .notebookHasErrors
            return nil
        }
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(source, diagnostics: &diagnostics)
        outcome.messages = diagnosticFormat.format(diagnostics, in: source)
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            outcome.failure = .notebookHasErrors
            return nil
        }
        return (source, notebook)
    }

    /// The notebook's results from its freeze when fresh, else from running it (and freezing
    /// them), as the policy allows; with where they came from.
    private func obtainResults(
        _ notebook: Notebook, diagnostics: inout [Diagnostic], into outcome: inout Outcome
    ) -> (NotebookResults, String)? {
        let parameters = NotebookParameter.resolve(notebook, overrides: parameterOverrides, diagnostics: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        let key: String
        do {
            key = FreezeKey.compute(for: notebook, parameters: parameters, compilerVersion: try toolchain.compilerVersion())
        } catch {
            outcome.messages += "error: \(error)\n"
            outcome.failure = .executionUnavailable
            return nil
        }
        let allowErrors = allowErrors || notebook.frontMatter.execute.allowErrors == true
        let freezePath = Freeze.path(forNotebookAt: notebook.path)
        if policy != .alwaysRun, let freeze = Freeze.load(forNotebookAt: notebook.path), freeze.key == key,
           let results = freeze.results(for: notebook) {
            // Failures frozen by a run that allowed them fail a run that does not, as running would.
            if !allowErrors { diagnostics += Kernel.failureDiagnostics(results, notebook: notebook) }
            return (results, "from freeze")
        }
        guard policy != .neverRun else {
            outcome.messages += "error: \(freezePath) is missing or stale for \(notebook.path); run `daftar render` to run it and refresh the freeze\n"
            outcome.failure = .staleFreeze
            return nil
        }
        let kernel: Kernel
        do {
            kernel = try toolchain.kernel()
        } catch {
            outcome.messages += "error: \(error)\n"
            outcome.failure = .executionUnavailable
            return nil
        }
        let results: NotebookResults?
        defer { console.finished(notebook.path) }
        do {
            results = try kernel.execute(notebook, parameters: parameters, allowErrors: allowErrors, diagnostics: &diagnostics) { phase in
                switch phase {
                case .compiling: console.activity(notebook.path, "compiling")
                case .running(let line): console.activity(notebook.path, "running the cell at line \(line)")
                }
            }
        } catch {
            diagnostics.append(Diagnostic(.error, "\(error)", at: nil))
            return nil
        }
        guard let results, !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        do {
            try FileSystem.writeAtomically(try Freeze(key: key, results: results, notebook: notebook).encoded(), to: freezePath)
        } catch {
            outcome.messages += "error: \(error)\n"
            outcome.failure = .cannotWrite
            return nil
        }
        return (results, "executed")
    }
}
