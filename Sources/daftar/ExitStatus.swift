import ArgumentParser

/// The exit codes `daftar` uses, one per kind of failure (the README publishes this table);
/// the numbers follow BSD's sysexits, as swift-argument-parser's 64 for a usage error does.
enum ExitStatus {
    /// Every notebook rendered.
    static let success = ExitCode(0)
    /// At least one notebook has errors; its previous report is left untouched.
    static let notebookFailed = ExitCode(1)
    /// A bad flag, option or combination of them.
    static let usage = ExitCode.validationFailure
    /// A path that does not exist or cannot be read, or a folder with no notebooks.
    static let inputMissing = ExitCode(66)
    /// A report or the index could not be written.
    static let cannotWrite = ExitCode(73)
    /// `--check`, `--no-execute`: a notebook's frozen results are stale or missing.
    static let staleFreeze = ExitCode(3)
    /// `--check`: a report in the output folder differs from a fresh render.
    static let outputDiffers = ExitCode(4)
    /// Notebooks have code to run but the compiler or DaftarKit cannot be found.
    static let executionUnavailable = ExitCode(69)

    /// The exit code for a run's failures: the first of stale freeze, differing output, missing
    /// toolchain, unwritable output, failed notebook that occurred.
    static func worst(_ failures: [NotebookJob.Failure]) -> ExitCode? {
        let order: [(NotebookJob.Failure, ExitCode)] = [
            (.staleFreeze, staleFreeze), (.outputDiffers, outputDiffers), (.executionUnavailable, executionUnavailable),
            (.cannotWrite, cannotWrite), (.notebookHasErrors, notebookFailed),
        ]
        return order.first { failures.contains($0.0) }?.1
    }
}
