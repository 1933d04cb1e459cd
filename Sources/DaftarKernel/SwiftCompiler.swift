import DaftarNotebook
import Foundation

/// Compiles a kernel program with `swiftc` against DaftarKit, and reads the compiler's
/// diagnostics back as notebook diagnostics.
struct SwiftCompiler: Sendable {
    /// `swiftc`'s path, or a name looked up on `PATH`.
    var swiftc: String
    /// Where `libDaftarKit.so` and `Modules/DaftarKit.swiftmodule` are.
    var kit: DaftarKitLocation

    /// The flags that decide what the cells' code means and how it runs — part of the freeze key.
    /// Swift 5 mode: a notebook is a script, and Swift 6's strict concurrency checking gets in its
    /// way; no optimisation, for short compiles; line tables, so crash reports name notebook lines.
    static let codeGenerationFlags = ["-swift-version", "5", "-Onone", "-gline-tables-only"]

    /// Compiles `source` to `executable`; returns the diagnostics, errors among them when it failed.
    func compile(_ program: KernelProgram, notebook: Notebook, in folder: String, executable: String) throws -> [Diagnostic] {
        let sourcePath = folder + "/main.swift"
        try program.source.write(toFile: sourcePath, atomically: false, encoding: .utf8)
        let arguments = Self.codeGenerationFlags + [
            "-module-name", "DaftarNotebookProgram",
            "-diagnostic-style", "llvm", "-no-color-diagnostics",
            "-I", kit.modules, "-L", kit.library, "-lDaftarKit",
            "-Xlinker", "-rpath", "-Xlinker", kit.library,
            sourcePath, "-o", executable,
        ]
        // The driver's own temporaries go into the folder too, which an interrupted daftar deletes
        // (a killed compiler cannot delete them itself).
        let result = try Subprocess.run(swiftc, arguments: arguments, environment: ["TMPDIR": folder])
        let diagnostics = Self.diagnostics(in: result.output, notebook: notebook)
        if result.status != 0, !diagnostics.contains(where: { $0.severity == .error }) {
            let output = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            return diagnostics + [Diagnostic(.error, "swiftc failed (status \(result.status)): \(output)", at: nil)]
        }
        return diagnostics
    }

    /// `swiftc --version`'s first line, part of the freeze key.
    static func version(swiftc: String) throws -> String {
        // The driver leaves a temporary folder behind even here: it goes into one daftar deletes.
        let folder = try ScratchFolder.make()
        defer { ScratchFolder.remove(folder) }
        let result = try Subprocess.run(swiftc, arguments: ["--version"], environment: ["TMPDIR": folder])
        guard result.status == 0 else { throw KernelError("\(swiftc) --version failed: \(result.output)") }
        return result.output.split(separator: "\n").first.map(String.init) ?? ""
    }

    /// Parses `file:line:column: severity: message` lines; lines in the notebook are shifted by
    /// their cell's fence indentation, which the program drops.
    static func diagnostics(in output: String, notebook: Notebook) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard let header = DiagnosticHeader(line) else { continue }
            // Under a located diagnostic swiftc echoes the source line, then a caret line: that
            // line is the notebook's code, never a diagnostic, whatever text it holds.
            if index + 1 < lines.count, lines[index + 1].isCaretLine { index += 2 }
            var location = SourceLocation(file: header.file, line: header.line, column: header.column)
            if header.file == notebook.path || header.file == KernelProgram.compilerSpelling(of: notebook.path) {
                location.file = notebook.path
                location.column += indentation(ofLine: header.line, in: notebook)
            }
            switch header.severity {
            case "note":
                if !diagnostics.isEmpty { diagnostics[diagnostics.count - 1].notes.append(.init(header.message, at: location)) }
            case "warning":
                diagnostics.append(Diagnostic(.warning, header.message, at: location))
            default:
                diagnostics.append(Diagnostic(.error, header.message, at: location))
            }
        }
        return diagnostics
    }

    /// The indentation of the fence of the cell holding `line`, which the program's lines lack.
    static func indentation(ofLine line: Int, in notebook: Notebook) -> Int {
        notebook.codeCell(containingLine: line).map { $0.location.column - 1 } ?? 0
    }

    /// `path:12:5: error: message`.
    private struct DiagnosticHeader {
        var file: String, line: Int, column: Int, severity: String, message: String

        init?(_ text: Substring) {
            for severity in ["error", "warning", "note"] {
                guard let range = text.range(of: ": \(severity): ") else { continue }
                let position = text[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
                guard position.count >= 3, let line = Int(position[position.count - 2]),
                      let column = Int(position[position.count - 1]) else { continue }
                file = position.dropLast(2).joined(separator: ":")
                self.line = line
                self.column = column
                self.severity = severity
                message = String(text[range.upperBound...])
                return
            }
            return nil
        }
    }
}

private extension Substring {
    /// `   ^~~~`: spaces, tabs, tildes and a caret.
    var isCaretLine: Bool {
        contains("^") && allSatisfy { $0 == " " || $0 == "\t" || $0 == "^" || $0 == "~" }
    }
}

/// Where DaftarKit's library and module are: beside the `daftar` executable, as SwiftPM builds
/// them, or in an installed layout (`<prefix>/lib/daftar/`), or where `DAFTAR_KIT_DIR` says.
public struct DaftarKitLocation: Sendable, Hashable {
    /// The folder holding `libDaftarKit.so`.
    public var library: String
    /// The folder holding `DaftarKit.swiftmodule`.
    public var modules: String

    /// Looks for DaftarKit relative to an executable's folder.
    public static func find(nextTo executableFolder: String, environment: [String: String]) throws(KernelError) -> DaftarKitLocation {
        var candidates: [String] = []
        if let folder = environment["DAFTAR_KIT_DIR"] { candidates.append(folder) }
        candidates += [executableFolder, executableFolder + "/../lib/daftar"]
        for folder in candidates where FileManager.default.fileExists(atPath: folder + "/libDaftarKit.so") {
            let modules = folder + "/Modules"
            if FileManager.default.fileExists(atPath: modules + "/DaftarKit.swiftmodule") {
                return DaftarKitLocation(library: folder, modules: modules)
            }
        }
        throw KernelError("""
            cannot find DaftarKit (libDaftarKit.so and Modules/DaftarKit.swiftmodule) in \(candidates.joined(separator: ", ")); \
            build it with `swift build --product DaftarKit` or set DAFTAR_KIT_DIR
            """)
    }
}

/// A failure of the execution machinery itself (no compiler, no DaftarKit), as opposed to a
/// notebook's own errors.
public struct KernelError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
