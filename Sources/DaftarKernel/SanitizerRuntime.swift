#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The sanitizer Daftar itself was built with (`swift build --sanitize=…`), if any. Cells link
/// against the DaftarKit of the same build, so they carry it too, and a sanitized program reserves
/// terabytes of shadow address space as it starts, which the kernel's `RLIMIT_DATA` refuses. The
/// memory limit is then handed to the sanitizer's own allocator instead.
enum SanitizerRuntime: Sendable {
    case address, thread

    /// Found by the entry point each runtime defines, looked up in the running process.
    static let current: SanitizerRuntime? = {
        if dlsym(nil, "__asan_init") != nil { return .address }
        if dlsym(nil, "__tsan_init") != nil { return .thread }
        return nil
    }()

    /// The environment variable the runtime reads its options from.
    var optionsVariable: String {
        switch self {
        case .address: "ASAN_OPTIONS"
        case .thread: "TSAN_OPTIONS"
        }
    }

    /// `existing` with the options a notebook's program runs under: the memory limit, as the largest
    /// allocation the sanitizer's allocator grants (one allocation beyond it fails as it would under
    /// `RLIMIT_DATA`, and Swift reports the failed allocation; the total is not capped), and crash
    /// signals left to the program's own handlers, so that a crash is reported by signal and line as
    /// in an ordinary build. Memory errors are still caught by the instrumentation.
    static func programOptions(_ existing: String?, memoryLimit bytes: Int) -> String {
        let options = [
            "allocator_may_return_null=1", "max_allocation_size_mb=\(max(1, bytes >> 20))",
            "handle_segv=0", "handle_sigbus=0", "handle_sigfpe=0", "handle_sigill=0", "handle_abort=0",
        ].joined(separator: ":")
        guard let existing, !existing.isEmpty else { return options }
        return existing + ":" + options
    }
}
