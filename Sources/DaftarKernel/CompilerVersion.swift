import Foundation

/// The first line of `swiftc --version`, part of every freeze key, remembered on disk per
/// compiler binary: asking costs a tenth of a second, as much as rendering from the freeze.
///
/// The cache (`$XDG_CACHE_HOME/daftar/compiler-versions`, else `~/.cache/…`) is keyed by the
/// compiler's resolved path, size and modification time, so a new toolchain is asked anew.
enum CompilerVersion {
    static func of(swiftc: String) throws -> String {
        guard let identity = identity(of: swiftc) else { return try SwiftCompiler.version(swiftc: swiftc) }
        let cachePath = cacheFile()
        let cached = (try? String(contentsOfFile: cachePath, encoding: .utf8)) ?? ""
        for line in cached.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            if fields.count == 2, fields[0] == identity { return String(fields[1]) }
        }
        let version = try SwiftCompiler.version(swiftc: swiftc)
        let kept = cached.split(separator: "\n").filter { !$0.hasPrefix(identity + "\t") }.suffix(20)
        let updated = (kept + ["\(identity)\t\(version)"]).joined(separator: "\n") + "\n"
        // A cache that cannot be written only costs time.
        try? FileManager.default.createDirectory(atPath: (cachePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? updated.write(toFile: cachePath, atomically: true, encoding: .utf8)
        return version
    }

    /// `realpath|size|mtime` of the compiler binary, or nil when it cannot be found.
    private static func identity(of swiftc: String) -> String? {
        let candidates = swiftc.contains("/") ? [swiftc]
            : (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(swiftc)" }
        for candidate in candidates {
            guard let resolved = realpath(candidate, nil) else { continue }
            defer { free(resolved) }
            var info = stat()
            guard stat(resolved, &info) == 0 else { continue }
            return "\(String(cString: resolved))|\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return nil
    }

    private static func cacheFile() -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"] ?? (environment["HOME"] ?? NSTemporaryDirectory()) + "/.cache"
        return base + "/daftar/compiler-versions"
    }
}
