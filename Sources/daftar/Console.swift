import Foundation

/// Everything `daftar` says goes to standard error, so standard output carries only a report.
struct Console {
    /// Suppresses progress; warnings and errors are always printed.
    var quiet: Bool

    func progress(_ line: String) {
        if !quiet { write(line + "\n") }
    }

    func error(_ message: String) {
        write("error: \(message)\n")
    }

    /// Text already formatted, such as diagnostics.
    func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
