import DaftarKernelProtocol
import DaftarNotebook
import Foundation

/// Turns what a run produced — per-cell text, records, how the process ended — into each cell's
/// result, in nbformat's terms.
struct ResultAssembler {
    let notebook: Notebook
    let report: ProgramRunner.Report

    /// What the records say about each cell, by identity.
    private struct Observed {
        var started: Set<String> = []
        var seconds: [String: Double] = [:]
        var displays: [String: [MIMEBundle]] = [:]
        var inlineValues: [NodeID: String] = [:]
        /// The cell that was running when the program died, as the runtime itself recorded it.
        var dying: String?
    }

    private func observe() -> Observed {
        var observed = Observed()
        var lastStarted: String?
        for received in report.records {
            switch received {
            case .record(.cellStart(let cell)):
                observed.started.insert(cell)
                lastStarted = cell
            case .record(.cellEnd(let cell, let time)):
                observed.seconds[cell] = (time * 1000).rounded() / 1000
            case .record(.display(let cell, let bundle)):
                if let cell = cell ?? lastStarted { observed.displays[cell, default: []].append(bundle) }
            case .record(.inline(let expression, let text)):
                observed.inlineValues[NodeID(expression)] = text
            case .record(.signal(let cell, _)), .record(.exit(let cell)):
                observed.dying = cell
            case .dropped(let bytes):
                // Attributed to the cell running at the time, like a display.
                if let cell = lastStarted {
                    let budget = RecordLineReader.defaultByteBudget / (1024 * 1024)
                    observed.displays[cell, default: []].append(.plainText(
                        "[a display of \(bytes) bytes was dropped: a run keeps at most \(budget) MB of displays]"))
                }
            case .record(.hello), .record(.done), .unreadable:
                break
            }
        }
        return observed
    }

    func results() -> NotebookResults {
        let observed = observe()
        var cells: [CellResult] = []
        var failureSeen = false
        for code in notebook.codeCells {
            let id = code.id.rawValue
            guard code.options.eval else {
                cells.append(CellResult(id: code.id, status: .skipped))
                continue
            }
            var outputs = streamOutputs(cell: id, displays: observed.displays[id] ?? [])
            if let time = observed.seconds[id] {
                cells.append(CellResult(id: code.id, status: .ok, outputs: outputs, seconds: time))
            } else if observed.started.contains(id), !failureSeen, observed.dying == nil || observed.dying == id {
                failureSeen = true
                let (status, message, location) = failure(in: id)
                outputs.append(.error(message: message, line: location?.line, column: location?.column))
                cells.append(CellResult(id: code.id, status: status, outputs: outputs))
            } else {
                cells.append(CellResult(id: code.id, status: .notRun))
            }
        }
        return NotebookResults(cells: cells, inlineValues: observed.inlineValues)
    }

    /// Standard output with displays where they fell, then standard error without the crash report.
    private func streamOutputs(cell: String, displays: [MIMEBundle]) -> [CellOutput] {
        var outputs: [CellOutput] = []
        let stdout = report.stdout.texts[cell]
        let segments = stdout?.segments ?? [[]]
        for position in 0..<max(segments.count, displays.count) {
            if position < segments.count, !segments[position].isEmpty {
                let isLast = position == segments.count - 1
                outputs.append(.stream(.stdout, text: String(decoding: segments[position], as: UTF8.self),
                                       hiddenLines: isLast ? stdout?.hiddenLines ?? 0 : 0))
            }
            if position < displays.count { outputs.append(.display(displays[position])) }
        }
        if let stderr = report.stderr.texts[cell] {
            let text = Self.withoutCrashReport(String(decoding: stderr.segments.joined(), as: UTF8.self))
            if !text.isEmpty || stderr.hiddenLines > 0 {
                outputs.append(.stream(.stderr, text: text, hiddenLines: stderr.hiddenLines))
            }
        }
        return outputs
    }

    /// Why the cell that was running when the program stopped failed, and where.
    private func failure(in cell: String) -> (CellResult.Status, String, SourceLocation?) {
        let stderr = report.stderr.texts[cell].map { String(decoding: $0.segments.joined(), as: UTF8.self) } ?? ""
        var location = Self.crashLocation(in: stderr, notebookPath: notebook.path)
        if let line = location?.line { location?.column += SwiftCompiler.indentation(ofLine: line, in: notebook) }
        switch report.termination {
        case .timedOut(_, let seconds, let perCell):
            let limit = perCell ? "its `timeout` of \(Self.seconds(seconds))" : "the notebook's time limit of \(Self.seconds(seconds))"
            return (.timedOut, "the cell ran past \(limit) and was stopped", nil)
        case .limitExceeded(_, let limit):
            return (.failed, "the cell \(exceeded(limit)) and was stopped", location)
        case .signalled(let signal):
            let reason = fatalErrorMessage(in: stderr) ?? "the program was killed by signal \(signal) (\(Self.signalName(signal)))"
            return (.failed, reason, location)
        case .exited(let status):
            if let message = fatalErrorMessage(in: stderr) { return (.failed, message, location) }
            return (.failed, "the program exited with status \(status) in this cell; later cells did not run", location)
        }
    }

    /// An error for a program that stopped before its end though no cell failed, which means in
    /// an inline expression (the only code outside cells): at the first expression without a
    /// value, or at the crash's own place in it.
    func failureOutsideCells(_ results: NotebookResults) -> Diagnostic? {
        guard !report.records.contains(.record(.done)), !results.hasFailure else { return nil }
        let stderr = report.stderr.texts.sorted { $0.key < $1.key }
            .map { String(decoding: $0.value.segments.joined(), as: UTF8.self) }.joined()
        let failing = notebook.inlineExpressions.first { results.inlineValues[$0.id] == nil }
        let location = Self.crashLocation(in: stderr, notebookPath: notebook.path) ?? failing?.location
        let place = failing == nil ? "after the last cell" : "in an inline expression"
        let message = switch report.termination {
        case .timedOut(_, let seconds, _):
            "the program ran past the notebook's time limit of \(Self.seconds(seconds)) \(place) and was stopped"
        case .limitExceeded(_, let limit):
            "the program \(exceeded(limit)) \(place) and was stopped"
        case .signalled(let signal):
            fatalErrorMessage(in: stderr) ?? "the program was killed by signal \(signal) (\(Self.signalName(signal))) \(place)"
        case .exited(let status):
            fatalErrorMessage(in: stderr) ?? "the program exited with status \(status) \(place); later cells did not run"
        }
        return Diagnostic(.error, message, at: location)
    }

    /// Compile errors shown in their cells: cells with errors failed, the others did not run.
    static func compileFailure(_ notebook: Notebook, diagnostics: [Diagnostic]) -> NotebookResults {
        var cells: [CellResult] = []
        for code in notebook.codeCells {
            let errors = diagnostics.filter { code.codeLines.contains($0.location?.line ?? 0) }
            if !code.options.eval {
                cells.append(CellResult(id: code.id, status: .skipped))
            } else if errors.isEmpty {
                cells.append(CellResult(id: code.id, status: .notCompiled))
            } else {
                cells.append(CellResult(id: code.id, status: .failed, outputs: errors.map {
                    .error(message: "error: \($0.message)", line: $0.location?.line, column: $0.location?.column)
                }))
            }
        }
        return NotebookResults(cells: cells)
    }

    /// An error for each cell that failed or timed out without being allowed to (`error: true`).
    static func failureDiagnostics(_ results: NotebookResults, notebook: Notebook) -> [Diagnostic] {
        results.cells.compactMap { result in
            guard result.status == .failed || result.status == .timedOut, let cell = notebook.codeCell(id: result.id),
                  !cell.options.error else { return nil }
            for case .error(let message, let line, let column) in result.outputs {
                let location = SourceLocation(file: notebook.path, line: line ?? cell.location.line, column: column ?? 1)
                // A compile error shown in its cell reads `error: …`; the diagnostic says so already.
                return Diagnostic(.error, message.hasPrefix("error: ") ? String(message.dropFirst(7)) : message, at: location)
            }
            return nil
        }
    }

    /// `Fatal error: …` from Swift's runtime, without the standard library's own file and line;
    /// a failed allocation names the notebook's memory limit, the likely reason.
    func fatalErrorMessage(in stderr: String) -> String? {
        guard let message = Self.fatalErrorMessage(in: stderr) else { return nil }
        guard message.contains("failed to allocate") else { return message }
        return message + " (\(limitDescription(.memory)))"
    }

    /// `Fatal error: …` from Swift's runtime, without the standard library's own file and line.
    static func fatalErrorMessage(in stderr: String) -> String? {
        for line in stderr.split(separator: "\n") {
            guard let range = line.range(of: "Fatal error: ") else { continue }
            return "Fatal error: " + line[range.upperBound...]
        }
        return nil
    }

    /// What a program that broke `limit` did: "used more than the notebook's processor time limit
    /// of 1,200 s (`execute: {limits: {cpu-time: …}}`)".
    private func exceeded(_ limit: ExecutionLimits.Key) -> String {
        let what = switch limit {
        case .memory: "used more memory than allowed"
        case .cpuTime: "used more processor time than allowed"
        case .output: "wrote more output than allowed"
        case .displays: "sent more displays than allowed"
        case .processes: "ran more processes at once than allowed"
        }
        return "\(what) (\(limitDescription(limit)))"
    }

    /// "the notebook's memory limit is 8 GiB; raise it with `execute: {limits: {memory: …}}`".
    private func limitDescription(_ limit: ExecutionLimits.Key) -> String {
        let limits = notebook.frontMatter.execute.limits
        let value = switch limit {
        case .memory: ExecutionLimits.describe(bytes: limits.memoryBytes)
        case .cpuTime: "\(limits.cpuSeconds) s"
        case .output: ExecutionLimits.describe(bytes: limits.outputBytes)
        case .displays: "\(limits.displays)"
        case .processes: "\(limits.processes)"
        }
        let name = limit == .cpuTime ? "processor time" : limit.rawValue
        return "the notebook's \(name) limit is \(value); raise it with \(limit.frontMatterSpelling)"
    }

    /// The first frame of the crash report in the notebook: ` at <path>:<line>:<column>`, where
    /// the debug information may have made the notebook's path absolute, and holds it as swiftc
    /// spells it; the path itself may contain ` at ` or colons.
    static func crashLocation(in stderr: String, notebookPath: String) -> SourceLocation? {
        let spellings = [notebookPath, KernelProgram.compilerSpelling(of: notebookPath)]
        for line in stderr.split(separator: "\n") {
            for spelling in spellings {
                guard let range = line.range(of: spelling + ":", options: .backwards) else { continue }
                let before = line[..<range.lowerBound]
                let position = line[range.upperBound...].split(separator: ":")
                guard before.hasSuffix(" at ") || before.hasSuffix("/") && before.contains(" at /"),
                      position.count == 2, let lineNumber = Int(position[0]), let column = Int(position[1]) else { continue }
                return SourceLocation(file: notebookPath, line: lineNumber, column: column)
            }
        }
        return nil
    }

    /// Standard error up to Swift's crash report, which the error output summarises.
    static func withoutCrashReport(_ text: String) -> String {
        guard let range = text.range(of: "\n*** Signal ") ?? text.range(of: "*** Signal ") else { return text }
        var kept = String(text[..<range.lowerBound])
        while kept.hasSuffix("\n\n") { kept.removeLast() }
        return kept
    }

    private static func signalName(_ signal: Int32) -> String {
        [4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV", 15: "SIGTERM", 24: "SIGXCPU"][signal]
            ?? "signal \(signal)"
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
