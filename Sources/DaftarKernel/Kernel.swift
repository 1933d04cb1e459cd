import DaftarKernelProtocol
import DaftarNotebook
import Foundation

/// Executes notebooks: all code cells as one Swift program, compiled against DaftarKit and run as
/// a child process, with each cell's output attributed to it.
public struct Kernel: Sendable {
    /// Seconds a notebook may run when its front matter sets no `execute: timeout`.
    public static let defaultNotebookTimeout = 600.0

    let compiler: SwiftCompiler

    /// What an execution is doing, for progress displays.
    public enum Phase: Sendable {
        case compiling
        /// Running the code cell whose code starts at this notebook line.
        case running(line: Int)
    }

    public init(swiftc: String, kit: DaftarKitLocation) {
        compiler = SwiftCompiler(swiftc: swiftc, kit: kit)
    }

    /// The first line of `swiftc --version`, part of every freeze key.
    public static func compilerVersion(swiftc: String) throws(KernelError) -> String {
        do {
            return try CompilerVersion.of(swiftc: swiftc)
        } catch let error as KernelError {
            throw error
        } catch {
            throw KernelError("\(swiftc) --version failed: \(error)")
        }
    }

    /// Runs `notebook`. Compile errors, and runtime failures of cells not allowed to fail, are
    /// appended to `diagnostics` as errors; with `allowErrors` they are only shown in their cells.
    /// Returns nil when nothing could be run and errors are not allowed.
    public func execute(
        _ notebook: Notebook, parameters: [NotebookParameter], allowErrors: Bool, diagnostics: inout [Diagnostic],
        progress: @escaping @Sendable (Phase) -> Void = { _ in }
    ) throws -> NotebookResults? {
        progress(.compiling)
        let folder = try ScratchFolder.make()
        defer { ScratchFolder.remove(folder) }
        let program = KernelProgram(notebook: notebook, parameters: parameters)
        let executable = folder + "/notebook"
        let compileDiagnostics = try compiler.compile(program, notebook: notebook, in: folder, executable: executable)
            .filter { $0.severity == .error }
        if !compileDiagnostics.isEmpty {
            // Only errors inside code cells can be shown in the report; any other is fatal.
            let allowed = compileDiagnostics.allSatisfy { diagnostic in
                guard let line = diagnostic.location?.line, notebook.codeCell(containingLine: line) != nil else { return false }
                return allowErrors || notebook.cellAllowedToFail(at: diagnostic.location)
            }
            if !allowed {
                diagnostics += compileDiagnostics
                return nil
            }
            return ResultAssembler.compileFailure(notebook, diagnostics: compileDiagnostics)
        }
        let runner = ProgramRunner(
            executable: executable,
            workingDirectory: Self.folder(of: notebook.path),
            notebookSeconds: notebook.frontMatter.execute.timeout ?? Self.defaultNotebookTimeout,
            cellSeconds: notebook.cellTimeouts,
            limits: notebook.frontMatter.execute.limits)
        let report = try runner.run { id in
            if let cell = notebook.codeCell(id: NodeID(id)) { progress(.running(line: cell.codeLine)) }
        }
        try Self.checkProtocolVersion(report.records)
        let assembler = ResultAssembler(notebook: notebook, report: report)
        let results = assembler.results()
        // A failure outside every cell, in an inline expression, has no cell to be shown in: like
        // a compile error there, it fails the notebook even when errors are allowed.
        if let failure = assembler.failureOutsideCells(results) {
            diagnostics.append(failure)
            return nil
        }
        if !allowErrors {
            diagnostics += ResultAssembler.failureDiagnostics(results, notebook: notebook)
        }
        return results
    }

    /// Errors for the cells of `results` that failed without being allowed to (`error: true`),
    /// for results thawed from a freeze made with errors allowed.
    public static func failureDiagnostics(_ results: NotebookResults, notebook: Notebook) -> [Diagnostic] {
        ResultAssembler.failureDiagnostics(results, notebook: notebook)
    }

    /// Refuses a program built against a DaftarKit that speaks another protocol version: its
    /// records cannot be trusted.
    static func checkProtocolVersion(_ records: [ReceivedRecord]) throws(KernelError) {
        guard let first = records.first else { return }
        if case .record(.hello(let version)) = first, version == KernelProtocol.version { return }
        let theirs = if case .record(.hello(let version)) = first { "version \(version)" } else { "an older version" }
        throw KernelError(
            "the notebook's program was built against a DaftarKit that speaks kernel protocol \(theirs), "
                + "and this daftar speaks version \(KernelProtocol.version); rebuild DaftarKit with daftar "
                + "(`swift build --product DaftarKit`) or point DAFTAR_KIT_DIR at the one built with it")
    }

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}

extension Notebook {
    /// Each code cell's `timeout`, by identity.
    var cellTimeouts: [String: Double] {
        var timeouts: [String: Double] = [:]
        for case .code(let code) in cells {
            if let timeout = code.options.timeout { timeouts[code.id.rawValue] = timeout }
        }
        return timeouts
    }

    /// Whether the location lies in a code cell marked `error: true`.
    func cellAllowedToFail(at location: SourceLocation?) -> Bool {
        guard let location, let cell = codeCell(containingLine: location.line) else { return false }
        return cell.options.error
    }
}

extension Kernel {
    /// The hash of DaftarKit's sources, stamped at build time.
    public static var daftarKitStamp: String { daftarKitSourceHash }
}
