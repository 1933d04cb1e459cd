import ArgumentParser
import DaftarNotebook
import Foundation

/// How diagnostics are printed: as clang prints them, for people, or one JSON object a line,
/// for editors and CI annotations.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json

    func format(_ diagnostics: [Diagnostic], in source: SourceFile?) -> String {
        switch self {
        case .text:
            return diagnostics.map { $0.formatted(in: source) }.joined()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return diagnostics.map { diagnostic in
                let record = Record(diagnostic)
                return String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self) + "\n"
            }.joined()
        }
    }

    /// `{"file", "line", "column", "severity", "message", "notes"}`; a diagnostic without a place
    /// has no file, line or column.
    private struct Record: Encodable {
        struct Note: Encodable {
            var file: String?, line: Int?, column: Int?, message: String
        }
        var file: String?, line: Int?, column: Int?, severity: String, message: String, notes: [Note]

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            column = diagnostic.location?.column
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            notes = diagnostic.notes.map { Note(file: $0.location?.file, line: $0.location?.line, column: $0.location?.column, message: $0.message) }
        }
    }
}

extension DiagnosticFormat {
    /// The format `--diagnostics` asks for in raw arguments, for errors met before they are parsed.
    static func requested(in arguments: [String]) -> DiagnosticFormat {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--diagnostics=") { return DiagnosticFormat(rawValue: String(argument.dropFirst(14))) ?? .text }
            if argument == "--diagnostics", index + 1 < arguments.count { return DiagnosticFormat(rawValue: arguments[index + 1]) ?? .text }
        }
        return .text
    }
}
