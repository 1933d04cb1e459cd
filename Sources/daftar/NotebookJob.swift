import DaftarHTML
import DaftarKernel
import DaftarNotebook

/// Renders one notebook from file to report: read, parse, render, write. Safe to run on many
/// threads at once; everything it would print is returned, to be printed in order.
struct NotebookJob: Sendable {
    /// What became of one notebook.
    struct Outcome: Sendable {
        /// Diagnostics and errors, formatted for standard error.
        var messages = ""
        /// The progress line, when the report was written.
        var progress: String?
        /// The report, when it goes to standard output.
        var standardOutput: String?
        var indexEntry: IndexPage.Entry?
        var failure: Failure?
    }

    enum Failure: Sendable { case notebookHasErrors, cannotWrite }

    /// Resolves the parameters and runs the notebook; nil when it could not run.
    private func run(_ notebook: Notebook, with execution: Execution, diagnostics: inout [Diagnostic]) throws -> NotebookResults? {
        let parameters = NotebookParameter.resolve(notebook, overrides: execution.parameterOverrides, diagnostics: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        let allowErrors = execution.allowErrors || notebook.frontMatter.execute.allowErrors == true
        return try execution.kernel.execute(notebook, parameters: parameters, allowErrors: allowErrors, diagnostics: &diagnostics)
    }

    /// How notebooks are run; nil when nothing may run (`--safe`, `--no-execute`).
    struct Execution: Sendable {
        var kernel: Kernel
        var parameterOverrides: [String: String]
        /// `--allow-errors`: failures are shown in their cells instead of failing the render.
        var allowErrors: Bool
    }

    let options: Report.Options
    /// The output folder, or `-` for standard output.
    let output: String
    let execution: Execution?

    func run(_ input: NotebookInput) -> Outcome {
        var outcome = Outcome()
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readBytes(input.path)
        } catch {
            outcome.messages = "error: \(error.description)\n"
            outcome.failure = .notebookHasErrors
            return outcome
        }
        let source: SourceFile
        do {
            source = try SourceFile(path: input.path, data: bytes)
        } catch {
            // Show the offending line with invalid bytes replaced; the caret stays right, as
            // everything before the first invalid byte is unchanged.
            outcome.messages = error.formatted(in: SourceFile(path: input.path, text: String(decoding: bytes, as: UTF8.self)))
            outcome.failure = .notebookHasErrors
            return outcome
        }
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(source, diagnostics: &diagnostics)
        outcome.messages = diagnostics.map { $0.formatted(in: source) }.joined()
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            outcome.failure = .notebookHasErrors
            return outcome
        }
        var results: NotebookResults?
        if let execution, notebook.hasCodeToRun {
            var executionDiagnostics: [Diagnostic] = []
            do {
                results = try run(notebook, with: execution, diagnostics: &executionDiagnostics)
            } catch {
                executionDiagnostics.append(Diagnostic(.error, "\(error)", at: nil))
            }
            outcome.messages += executionDiagnostics.map { $0.formatted(in: source) }.joined()
            guard !executionDiagnostics.contains(where: { $0.severity == .error }) else {
                outcome.failure = .notebookHasErrors
                return outcome
            }
        }
        let html = Report.html(for: notebook, results: results, options: options)
        guard output != "-" else {
            outcome.standardOutput = html
            return outcome
        }
        let reportPath = output + "/" + input.reportName
        do {
            try FileSystem.writeAtomically(html, to: reportPath)
        } catch {
            outcome.messages += "error: \(error.description)\n"
            outcome.failure = .cannotWrite
            return outcome
        }
        outcome.progress = "rendered \(input.path) → \(reportPath)"
        outcome.indexEntry = IndexPage.Entry(
            title: notebook.title, languageTag: notebook.frontMatter.lang,
            direction: notebook.frontMatter.direction, link: input.reportName)
        return outcome
    }
}
