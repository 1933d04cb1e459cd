import DaftarHTML
import DaftarNotebook
import Foundation

/// What `daftar render` does to a set of notebooks, as a library: find them, render each (in
/// parallel, outcomes in the order given), and write the index — for the command line, a preview
/// server and converters alike.
public enum Project {
    /// The notebooks `paths` name, each once, with their report names; a missing path or a folder
    /// without notebooks is an error.
    public static func notebooks(in paths: [String]) throws(FileSystem.Failure) -> [NotebookInput] {
        var seen: Set<NotebookInput> = []
        return try NotebookInputs.resolve(paths).filter { seen.insert($0).inserted }
    }

    /// An error when two of `inputs` would be written to one report.
    public static func reportClash(in inputs: [NotebookInput]) -> Diagnostic? {
        let reportNames = Dictionary(grouping: inputs, by: \.reportName)
        guard let (name, clashing) = reportNames.sorted(by: { $0.key < $1.key }).first(where: { $0.value.count > 1 }) else { return nil }
        let paths = clashing.map(\.path).joined(separator: ", ")
        return Diagnostic(.error, "\(paths) would all be written to \(name); render them separately or with different --output folders", at: nil)
    }

    /// Renders `inputs` on up to `jobs` threads; `emit` gets each outcome in input order as soon
    /// as it and those before it are done.
    public static func render(
        _ inputs: [NotebookInput], with job: NotebookJob, jobs: Int, emit: @escaping @Sendable (NotebookJob.Outcome) -> Void = { _ in }
    ) -> [NotebookJob.Outcome] {
        ParallelMap.map(inputs, jobs: jobs, { job.run($0) }, emit: emit)
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
