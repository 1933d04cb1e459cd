import DaftarHTML
import DaftarKernel
import DaftarNotebook
import Foundation

/// Renders one notebook from file to report: read, run or thaw its results, resolve, write (or,
/// for `--check`, compare). Safe to run on many threads at once; everything it has to say is
/// returned, to be printed in order.
public struct NotebookJob: Sendable {
    /// What became of one notebook.
    public struct Outcome: Sendable {
        /// Errors and warnings, about the notebook or about its paths.
        public var diagnostics: [Diagnostic] = []
        /// The notebook's text, for drawing carets under diagnostics; nil when it could not be read.
        public var source: SourceFile?
        /// The progress line, when the notebook went through.
        public var progress: String?
        /// The report, when it goes to standard output (or to a preview's memory).
        public var standardOutput: String?
        public var indexEntry: IndexPage.Entry?
        public var failure: RenderFailure?

        public init(failure: RenderFailure? = nil) {
            self.failure = failure
        }
    }

    /// How notebooks with code get their results.
    public enum Policy: Sendable {
        /// Thaw a fresh freeze, else run and freeze the results.
        case runWhenStale
        /// Always run (`--refresh`).
        case alwaysRun
        /// Never run: thaw a fresh freeze or fail (`--no-execute`, `--safe`, `--check`).
        case neverRun
    }

    /// What a notebook is doing while it runs, for a live display: nil when it is done.
    public typealias Activity = @Sendable (_ path: String, _ activity: String?) -> Void

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
    /// `--from`: the Markdown a notebook is read as when its front matter has no `from:`.
    let defaultFormat: String?
    let activity: Activity

    public init(
        options: Report.Options, output: String, policy: Policy, toolchain: Toolchain, parameterOverrides: [String: String] = [:],
        allowErrors: Bool = false, check: Bool = false, defaultFormat: String? = nil, activity: @escaping Activity = { _, _ in }
    ) {
        self.options = options
        self.output = output
        self.policy = policy
        self.toolchain = toolchain
        self.parameterOverrides = parameterOverrides
        self.allowErrors = allowErrors
        self.check = check
        self.defaultFormat = defaultFormat
        self.activity = activity
    }

    public func run(_ input: NotebookInput) -> Outcome {
        var outcome = Outcome()
        let started = ContinuousClock.now
        guard let notebook = read(input, into: &outcome) else { return outcome }
        var results: NotebookResults?
        var provenance = ""
        if let held = notebook.heldResults {
            (results, provenance) = (held, "outputs held in the notebook")
        } else if notebook.hasCodeToRun {
            guard let (thawed, from) = obtainResults(notebook, into: &outcome) else {
                if outcome.failure == nil { outcome.failure = .notebookHasErrors }
                return outcome
            }
            (results, provenance) = (thawed, from)
        }
        let resolved = notebook.resolved(
            with: results, options: .init(headingIdentifiers: !options.fragment, safe: options.safe), diagnostics: &outcome.diagnostics)
        let html = Report.html(for: resolved, options: options, diagnostics: &outcome.diagnostics)
        let entry = Self.indexEntry(for: notebook, reportName: input.reportName)
        if output == "-" {
            outcome.standardOutput = html
            outcome.indexEntry = entry
            return outcome
        }
        let reportPath = output + "/" + input.reportName
        if check {
            if FileManager.default.contents(atPath: reportPath) != Data(html.utf8) {
                outcome.diagnostics.append(Diagnostic(
                    .error, "\(reportPath) differs from what \(input.path) renders to; run `daftar render` and commit it", at: nil))
                outcome.failure = .outputDiffers
                return outcome
            }
        } else {
            do throws(FileSystem.Failure) {
                if let link = FileSystem.linkLeadingOut(of: output, along: input.reportName) {
                    throw FileSystem.Failure(description: "cannot write \(reportPath): \(link)")
                }
                try FileSystem.writeAtomically(html, to: reportPath)
            } catch {
                outcome.diagnostics.append(error.diagnostic)
                outcome.failure = .cannotWrite
                return outcome
            }
        }
        let elapsed = Int((ContinuousClock.now - started) / .milliseconds(1))
        let verb = check ? "checked" : "rendered"
        outcome.progress = "\(verb) \(input.path) → \(reportPath)\(provenance.isEmpty ? "" : " (\(provenance))") in \(elapsed) ms"
        outcome.indexEntry = entry
        return outcome
    }

    /// Reads the notebook for its index entry alone, running and writing nothing: for an index
    /// written apart from the reports (`--index-only`), as the last job of a sharded render.
    public func readIndexEntry(_ input: NotebookInput) -> Outcome {
        var outcome = Outcome()
        if let notebook = read(input, into: &outcome) {
            outcome.indexEntry = Self.indexEntry(for: notebook, reportName: input.reportName)
        }
        return outcome
    }

    /// Reads and parses the notebook; nil, with the reason in `outcome`, when it cannot be.
    func read(_ input: NotebookInput, into outcome: inout Outcome) -> Notebook? {
        guard let source = readSource(input.path, into: &outcome) else { return nil }
        let notebook = input.path.lowercased().hasSuffix(".ipynb")
            ? Notebook.parseIpynb(source, confined: options.safe, diagnostics: &outcome.diagnostics)
            : Notebook.parse(source, defaultFormat: defaultFormat, confined: options.safe, diagnostics: &outcome.diagnostics)
        guard !outcome.diagnostics.contains(where: { $0.severity == .error }) else {
            outcome.failure = .notebookHasErrors
            return nil
        }
        return notebook
    }

    /// The file at `path` as UTF-8 text, also kept in `outcome` for carets under diagnostics;
    /// nil, with the reason in `outcome`, when it cannot be read.
    func readSource(_ path: String, into outcome: inout Outcome) -> SourceFile? {
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readBytes(path)
        } catch {
            outcome.diagnostics.append(error.diagnostic)
            outcome.failure = .notebookHasErrors
            return nil
        }
        do {
            outcome.source = try SourceFile(path: path, data: bytes)
            return outcome.source
        } catch {
            // Show the offending line with invalid bytes replaced; the caret stays right, as
            // everything before the first invalid byte is unchanged.
            outcome.source = SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
            outcome.diagnostics.append(error)
            outcome.failure = .notebookHasErrors
            return nil
        }
    }

    /// The notebook's results from its freeze when fresh, else from running it (and freezing
    /// them), as the policy allows; with where they came from. Nil, with the reasons in
    /// `outcome`, when there are none.
    func obtainResults(_ notebook: Notebook, into outcome: inout Outcome) -> (NotebookResults, String)? {
        var diagnostics: [Diagnostic] = []
        defer { outcome.diagnostics += diagnostics }
        let parameters = NotebookParameter.resolve(notebook, overrides: parameterOverrides, diagnostics: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        let key: String
        do {
            key = FreezeKey.compute(for: notebook, parameters: parameters, compilerVersion: try toolchain.compilerVersion())
        } catch {
            diagnostics.append(Diagnostic(.error, "\(error)", at: nil))
            outcome.failure = .executionUnavailable
            return nil
        }
        let allowErrors = allowErrors || notebook.frontMatter.execute.allowErrors == true
        let freezePath = Freeze.path(forNotebookAt: notebook.path)
        if policy != .alwaysRun, let freeze = Freeze.load(forNotebookAt: notebook.path), freeze.key == key,
           let results = freeze.results(for: notebook) {
            // Failures frozen by a run that allowed them fail a run that does not, as running would.
            if !allowErrors { diagnostics += Kernel.failureDiagnostics(results, notebook: notebook) }
            return diagnostics.contains { $0.severity == .error } ? nil : (results, "from freeze")
        }
        guard policy != .neverRun else {
            diagnostics.append(Diagnostic(
                .error, "\(freezePath) is missing or stale for \(notebook.path); run `daftar render` to run it and refresh the freeze",
                at: nil))
            outcome.failure = .staleFreeze
            return nil
        }
        let kernel: Kernel
        do {
            kernel = try toolchain.kernel()
        } catch {
            diagnostics.append(Diagnostic(.error, "\(error)", at: nil))
            outcome.failure = .executionUnavailable
            return nil
        }
        let results: NotebookResults?
        defer { activity(notebook.path, nil) }
        do {
            results = try kernel.execute(notebook, parameters: parameters, allowErrors: allowErrors, diagnostics: &diagnostics) { phase in
                switch phase {
                case .compiling: activity(notebook.path, "compiling")
                case .running(let line): activity(notebook.path, "running the cell at line \(line)")
                }
            }
        } catch {
            diagnostics.append(Diagnostic(.error, "\(error)", at: nil))
            return nil
        }
        guard let results, !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        do {
            let notebookFolder = (notebook.path as NSString).deletingLastPathComponent
            let freezeName = "_freeze/" + (freezePath as NSString).lastPathComponent
            if let link = FileSystem.linkLeadingOut(of: notebookFolder.isEmpty ? "." : notebookFolder, along: freezeName) {
                throw FileSystem.Failure(description: "cannot write \(freezePath): \(link)")
            }
            try FileSystem.writeAtomically(try Freeze(key: key, results: results, notebook: notebook).encoded(), to: freezePath)
        } catch let error as FileSystem.Failure {
            diagnostics.append(error.diagnostic)
            outcome.failure = .cannotWrite
            return nil
        } catch {
            diagnostics.append(Diagnostic(.error, "cannot write \(freezePath): \(error)", at: nil))
            outcome.failure = .cannotWrite
            return nil
        }
        return (results, "executed")
    }
}
