#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DaftarKernel
import DaftarNotebook
import Foundation

/// The few file operations `daftar` needs, with messages that name the file and the system's reason.
public enum FileSystem {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        /// The failure as a diagnostic about no particular line.
        public var diagnostic: Diagnostic { Diagnostic(.error, description, at: nil) }
    }

    public static func readBytes(_ path: String) throws(Failure) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read \(path): \(reason(forReading: path))")
        }
        return [UInt8](data)
    }

    /// Writes `contents` to `path` through a temporary file in the same folder, flushed to disk,
    /// and a rename, so a reader never sees half a file and a failed write or a crash leaves the
    /// previous file as it was. The temporary file is created new (never through a link planted
    /// under its name), under a name no other writer uses.
    public static func writeAtomically(_ contents: String, to path: String) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try makeFolders(folder) }
        let name = (path as NSString).lastPathComponent
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 where descriptor < 0 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).\(suffix).tmp"
            _ = InterruptCleanup.shared.createTemporary { [temporary] in
                descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                return descriptor < 0 ? nil : temporary
            }
            if descriptor < 0, errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw Failure(description: "cannot write \(path): \(lastError())") }
        defer { InterruptCleanup.shared.removed(temporary: temporary) }
        var bytes = Array(contents.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                let message = lastError()
                close(descriptor)
                unlink(temporary)
                throw Failure(description: "cannot write \(path): \(message)")
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        if close(descriptor) != 0 || !synced || rename(temporary, path) != 0 {
            let message = lastError()
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(message)")
        }
    }

    /// `mkdir -p`, with the system's reason when a level cannot be made.
    static func makeFolders(_ path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 {
                let reason = errno
                guard reason == EEXIST else {
                    throw Failure(description: "cannot create the folder \(prefix): \(String(cString: strerror(reason)))")
                }
                if isDirectory(prefix) != true {
                    throw Failure(description: "cannot create the folder \(prefix): a file of that name is in the way")
                }
            }
            prefix += "/"
        }
    }

    static func isDirectory(_ path: String) -> Bool? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }

    /// A symbolic link below a searched folder that was not followed, and why.
    struct SkippedLink {
        /// The link's path relative to the searched folder.
        var path: String
        var reason: String
    }

    /// The files below `folder` that `matching` accepts (relative paths, sorted), skipping names
    /// that start with `.` or `_` as Quarto does (`_freeze`, `.git`). Links are not followed out
    /// of the folder, as `find` and git do not: a link to a file inside is listed, a link to a
    /// folder is never entered (whatever it holds inside is listed where it is, and a loop ends),
    /// and a matching link that leads out or nowhere, or a folder link that leads out, is skipped.
    static func files(below folder: String, matching: (String) -> Bool) -> (files: [String], skipped: [SkippedLink]) {
        let root = realPath(folder) ?? folder
        var files: [String] = []
        var skipped: [SkippedLink] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? folder : folder + "/" + relative)) ?? []
            for name in names where !name.hasPrefix(".") && !name.hasPrefix("_") {
                let child = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(folder + "/" + child, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(child)
                case S_IFREG:
                    if matching(child) { files.append(child) }
                case S_IFLNK:
                    let isFolder = isDirectory(folder + "/" + child) == true
                    guard let target = realPath(folder + "/" + child) else {
                        if matching(child) { skipped.append(SkippedLink(path: child, reason: "a broken symbolic link or a link loop")) }
                        continue
                    }
                    guard target == root || target.hasPrefix(root + "/") else {
                        if isFolder || matching(child) {
                            skipped.append(SkippedLink(path: child, reason: "a symbolic link to \(target), outside \(folder)"))
                        }
                        continue
                    }
                    if !isFolder, matching(child) { files.append(child) }
                default:
                    continue
                }
            }
        }
        return (files.sorted(), skipped.sorted { $0.path < $1.path })
    }

    /// The first folder on the way from `root` to `root/relative` that is a symbolic link leading
    /// out of `root`, described for an error; nil when the way stays inside. A folder link planted
    /// in a checkout (`Output/sub`, `_freeze`) must not carry writes elsewhere.
    static func linkLeadingOut(of root: String, along relative: String) -> String? {
        let realRoot = realPath(root) ?? root
        var path = root
        for component in relative.split(separator: "/").dropLast() {
            path += "/" + component
            var status = stat()
            guard lstat(path, &status) == 0 else { return nil }
            guard status.st_mode & S_IFMT == S_IFLNK else { continue }
            let target = realPath(path)
            guard let target, target == realRoot || target.hasPrefix(realRoot + "/") else {
                return "\(path) is a symbolic link to \(target ?? "nowhere"), outside \(root)"
            }
        }
        return nil
    }

    /// The path with every link resolved (`realpath`); nil when it leads nowhere.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func reason(forReading path: String) -> String {
        if access(path, F_OK) != 0 { return lastError() }
        if isDirectory(path) == true { return "it is a folder" }
        return access(path, R_OK) != 0 ? lastError() : "unknown error"
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
