import Foundation

/// The files a notebook names beside itself (images, bibliographies) and what `--safe` lets it
/// read of them: only files inside its own folder once symbolic links are resolved.
enum NotebookFolder {
    /// Whether `path`, with every symbolic link resolved, is inside `folder`.
    static func contains(_ path: String, folder: String) -> Bool {
        guard let file = realpath(path, nil), let base = realpath(folder, nil) else { return false }
        defer { free(file); free(base) }
        let filePath = String(cString: file), basePath = String(cString: base)
        return filePath.hasPrefix(basePath.hasSuffix("/") ? basePath : basePath + "/")
    }

    /// Whether `path`, with every symbolic link resolved, is a regular file (not a device, a pipe or a folder).
    static func isRegularFile(_ path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath)
        return attributes?[.type] as? FileAttributeType == .typeRegular
    }

    /// Why `--safe` does not read `path` (to follow the file's name in a warning), or nil when it may:
    /// a regular file inside `folder`, links resolved, or no file at all (the reader says so).
    static func refusal(toRead path: String, inside folder: String) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        if !contains(path, folder: folder) { return "is outside the notebook's folder, which --safe does not read from" }
        if !isRegularFile(path) { return "is not a regular file, which --safe does not read" }
        return nil
    }
}
