/// Why a notebook, or the whole render, did not go through; each has its own exit code.
public enum RenderFailure: Sendable, CaseIterable {
    /// A frozen result is stale or missing where nothing may run.
    case staleFreeze
    /// `--check`: a report differs from a fresh render.
    case outputDiffers
    /// The notebook has code to run but the compiler or DaftarKit cannot be found.
    case executionUnavailable
    /// A report, a freeze or the index cannot be written.
    case cannotWrite
    /// A parse error, a compile error or a failing cell.
    case notebookHasErrors

    /// The failure that decides a run's exit code: the first of `allCases`' order that occurred.
    public static func worst(_ failures: [RenderFailure]) -> RenderFailure? {
        allCases.first { failures.contains($0) }
    }
}
