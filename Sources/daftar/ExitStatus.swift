import ArgumentParser
import DaftarProject

/// The exit codes `daftar` uses, one per kind of failure (the README publishes this table);
/// the numbers follow BSD's sysexits, as swift-argument-parser's 64 for a usage error does.
enum ExitStatus {
    /// A bad flag, option or combination of them.
    static let usage = ExitCode.validationFailure
    /// A path that does not exist or cannot be read, or a folder with no notebooks.
    static let inputMissing = ExitCode(66)

    /// The exit code for a notebook's or the index's failure.
    static func code(for failure: RenderFailure) -> ExitCode {
        switch failure {
        case .staleFreeze: ExitCode(3)
        case .outputDiffers: ExitCode(4)
        case .executionUnavailable: ExitCode(69)
        case .cannotWrite: ExitCode(73)
        case .notebookHasErrors: ExitCode(1)
        }
    }
}
