import DaftarNotebook
import Foundation

/// The notebooks a `daftar render` call names: files as given, folders searched for Markdown and
/// Jupyter notebooks.
public struct NotebookInput: Hashable, Sendable {
    /// The path to read, as the user wrote it (relative paths stay relative in every message).
    public var path: String
    /// The report's path relative to the output folder: the notebook's path inside the folder it
    /// was found in, or its bare name for a file named directly, with `.html` for `.md`.
    public var reportName: String
}

public enum NotebookInputs {
    /// Resolves paths to notebooks; a missing path or a folder without notebooks is a failure.
    /// A file named is read wherever it leads; in a folder, links that lead out of it are not
    /// followed, each given to `warn` (naming a file asks for it, finding one does not).
    public static func resolve(_ paths: [String], warn: (Diagnostic) -> Void) throws(FileSystem.Failure) -> [NotebookInput] {
        var inputs: [NotebookInput] = []
        for path in paths {
            switch FileSystem.isDirectory(path) {
            case nil:
                throw FileSystem.Failure(description: "no such file or folder: \(path)")
            case true?:
                let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
                let (notebooks, skipped) = FileSystem.files(below: folder, matching: isNotebook)
                for link in skipped {
                    warn(Diagnostic(.warning, "skipped \(folder)/\(link.path): \(link.reason); name it on the command line to render it", at: nil))
                }
                guard !notebooks.isEmpty else {
                    throw FileSystem.Failure(description: "no notebooks (\(Notebook.extensions.map { "*" + $0 }.joined(separator: ", "))) in \(path)")
                }
                inputs += notebooks.map { NotebookInput(path: folder + "/" + $0, reportName: reportName(for: $0)) }
            case false?:
                inputs.append(NotebookInput(path: path, reportName: reportName(for: lastComponent(path))))
            }
        }
        return inputs
    }

    private static func isNotebook(_ path: String) -> Bool {
        Notebook.extensions.contains { path.hasSuffix($0) }
    }

    private static func reportName(for path: String) -> String {
        guard Notebook.extensions.contains(where: { path.hasSuffix($0) }) else { return path + ".html" }
        let folder = (path as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + Notebook.baseName(ofPath: path) + ".html"
    }

    private static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
