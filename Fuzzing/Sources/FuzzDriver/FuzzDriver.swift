#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's driver, `LLVMFuzzerRunDriver` (linked in by `-sanitize=fuzzer`): runs `test` on
/// each input as libFuzzer's own `main` would, with this program's arguments. (SwiftPM gives
/// every executable a `main` of its own, so libFuzzer's cannot be used.)
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Fuzzes `test`, which gets each input as text (invalid UTF-8 repaired, as daftar reads files).
public func fuzz(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runDriver(&argc, &argv, test))
}

/// The input's bytes as text.
public func text(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
}
