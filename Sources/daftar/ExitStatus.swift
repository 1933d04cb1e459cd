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
    /// Notebooks have code to run but the compiler or DaftarKit cannot be found.
    static let executionUnavailable = ExitCode(69)
}
