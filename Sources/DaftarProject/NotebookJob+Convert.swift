import DaftarNotebook
import Foundation

/// The formats `daftar convert` writes.
public enum ConversionFormat: String, CaseIterable, Sendable {
    /// nbformat 4.5, from a Markdown notebook.
    case ipynb
    /// Daftar Markdown, from a Jupyter notebook.
    case md
}

extension NotebookJob {
    /// Converts the notebook at `path` to `format`: a Markdown notebook to a Jupyter notebook with
    /// its outputs (from its freeze, or by running it, as `render` does), a Jupyter notebook to
    /// Daftar Markdown without them. The result goes to `destination` (atomically), to standard
    /// output for `-`, or by default beside the notebook under the new extension.
    public func convert(_ path: String, to format: ConversionFormat, destination: String?) -> Outcome {
        var outcome = Outcome()
        let started = ContinuousClock.now
        let isJupyter = path.lowercased().hasSuffix(".ipynb")
        guard isJupyter != (format == .ipynb) else {
            outcome.diagnostics.append(Diagnostic(.error, "\(path) is already a \(isJupyter ? "Jupyter" : "Markdown") notebook; "
                + "convert a \(isJupyter ? ".md" : ".ipynb") file to \(format.rawValue)", at: nil))
            outcome.failure = .notebookHasErrors
            return outcome
        }
        let text: String
        if isJupyter {
            guard let source = readSource(path, into: &outcome),
                  let jupyter = JupyterNotebook.read(source, diagnostics: &outcome.diagnostics) else {
                outcome.failure = .notebookHasErrors
                return outcome
            }
            text = jupyter.markdown(diagnostics: &outcome.diagnostics)
        } else {
            guard let notebook = read(NotebookInput(path: path, reportName: ""), into: &outcome) else { return outcome }
            var results: NotebookResults?
            if notebook.hasCodeToRun {
                guard let (obtained, _) = obtainResults(notebook, into: &outcome) else {
                    if outcome.failure == nil { outcome.failure = .notebookHasErrors }
                    return outcome
                }
                results = obtained
            }
            text = JSONWriter.text(JupyterNotebook(converting: notebook, source: outcome.source!, results: results).json)
        }
        let target = destination ?? Self.sibling(of: path, extension: format.rawValue)
        if target == "-" {
            outcome.standardOutput = text
            return outcome
        }
        do {
            try FileSystem.writeAtomically(text, to: target)
        } catch {
            outcome.diagnostics.append(error.diagnostic)
            outcome.failure = .cannotWrite
            return outcome
        }
        outcome.progress = "converted \(path) → \(target) in \(Int((ContinuousClock.now - started) / .milliseconds(1))) ms"
        return outcome
    }

    /// `path` with its notebook extension replaced: `a/x.md` → `a/x.ipynb`.
    static func sibling(of path: String, extension newExtension: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + Notebook.baseName(ofPath: path) + "." + newExtension
    }
}
