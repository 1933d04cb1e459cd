import DaftarNotebook
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

    func print(_ diagnostic: Diagnostic, in source: SourceFile?) {
        write(diagnostic.formatted(in: source))
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
