import DaftarHTML
import DaftarNotebook
import Foundation

/// What `daftar render` does to a set of notebooks, as a library: find them, render each (in
/// parallel, outcomes in the order given), and write the index — for the command line, a preview
/// server and converters alike.
public enum Project {
    /// The notebooks `paths` name, each once, with their report names; a missing path or a folder
    /// without notebooks is an error, a link in a folder leading out of it a warning to `warn`.
    public static func notebooks(in paths: [String], warn: (Diagnostic) -> Void = { _ in }) throws(FileSystem.Failure) -> [NotebookInput] {
        var seen: Set<NotebookInput> = []
        return try NotebookInputs.resolve(paths, warn: warn).filter { seen.insert($0).inserted }
    }

    /// The notebooks of `inputs` that share a report path with another (`a/x.md` and `b/x.md`
    /// named as files, `x.md` beside `x.qmd`), each group with one error naming them all: those
    /// notebooks fail, the others are rendered. Paths that differ in case alone (`A.md` beside
    /// `a.md`) clash too: they are one file on macOS's and Windows's file systems.
    public static func reportClashes(in inputs: [NotebookInput]) -> [(inputs: [NotebookInput], diagnostic: Diagnostic)] {
        let reportNames = Dictionary(grouping: inputs, by: { $0.reportName.lowercased() })
        return reportNames.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { _, clashing in
            let paths = clashing.map(\.path)
            let listed = paths.count == 2 ? "\(paths[0]) and \(paths[1]) would both" : paths.dropLast().joined(separator: ", ") + " and \(paths.last!) would all"
            let names = Set(clashing.map(\.reportName)).sorted()
            let target = names.count == 1 ? names[0] : names.joined(separator: " and ") + " (one file where case is ignored, as on macOS and Windows)"
            return (clashing, Diagnostic(
                .error, "\(listed) be written to \(target), so none of them is rendered; rename one, or render them separately with different --output folders",
                at: nil))
        }
    }

    /// Renders `inputs` on up to `jobs` threads; `emit` gets each outcome in input order as soon
    /// as it and those before it are done.
    public static func render(
        _ inputs: [NotebookInput], with job: NotebookJob, jobs: Int, emit: @escaping @Sendable (NotebookJob.Outcome) -> Void = { _ in }
    ) -> [NotebookJob.Outcome] {
        // A clash fails its notebooks (the error once, with the first of them), not the whole run.
        var refused: [NotebookInput: NotebookJob.Outcome] = [:]
        for (clashing, diagnostic) in reportClashes(in: inputs) {
            for (index, input) in clashing.enumerated() {
                var outcome = NotebookJob.Outcome(failure: .notebookHasErrors)
                if index == 0 { outcome.diagnostics = [diagnostic] }
                refused[input] = outcome
            }
        }
        let refusals = refused
        return ParallelMap.map(inputs, jobs: jobs, { refusals[$0] ?? job.run($0) }, emit: emit)
    }

    /// Reads `inputs` on up to `jobs` threads for their index entries alone (`--index-only`):
    /// nothing runs and no report is written; outcomes in input order.
    public static func readIndexEntries(_ inputs: [NotebookInput], with job: NotebookJob, jobs: Int) -> [NotebookJob.Outcome] {
        ParallelMap.map(inputs, jobs: jobs, { job.readIndexEntry($0) }, emit: { _ in })
    }

    /// Writes the index of `outcomes` to `output/index.html`, or with `check` compares it with the
    /// one there; the failure to report, if any.
    public static func writeIndex(of outcomes: [NotebookJob.Outcome], to output: String, check: Bool) -> (RenderFailure, Diagnostic)? {
        let html = IndexPage.html(outcomes.compactMap(\.indexEntry))
        let path = output + "/index.html"
        if check {
            guard FileManager.default.contents(atPath: path) != Data(html.utf8) else { return nil }
            return (.outputDiffers, Diagnostic(.error, "\(path) differs from the index of the notebooks; run `daftar render` and commit it", at: nil))
        }
        do {
            try FileSystem.writeAtomically(html, to: path)
            return nil
        } catch {
            return (.cannotWrite, error.diagnostic)
        }
    }
}
