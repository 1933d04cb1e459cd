#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// A folder of daftar's own in the system's temporary folder, for a program being compiled and run
/// and for the compiler's own temporaries (the Swift driver leaves a `TemporaryDirectory.*` behind
/// even for `--version`). Registered with `InterruptCleanup`, so an interrupted run deletes it too.
enum ScratchFolder {
    /// Creates one: `$TMPDIR/daftar-XXXXXX`.
    static func make() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/daftar-XXXXXX").utf8CString)
        let created = InterruptCleanup.shared.createTemporary { mkdtemp(&template).map { String(cString: $0) } }
        guard let created else {
            throw KernelError("cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        return created
    }

    /// Deletes `folder` with everything in it, and forgets it.
    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
        InterruptCleanup.shared.removed(temporary: folder)
    }
}
