#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import DaftarKernelProtocol
import FoundationEssentials

/// Records how a dying program died, and in which cell, on the records pipe — a fatal signal from
/// a handler, `exit` from an `atexit` hook — so that `daftar` need not guess it from standard
/// error (it still reads the crash report there, for the line).
///
/// A signal handler may only call async-signal-safe functions, so each possible record is
/// encoded when a cell starts and the handler only `write`s it, then hands the signal on to the
/// handler it replaced (Swift's backtracer) or to the default action.
enum FailureRecorder {
    /// The signals a crashing Swift program dies of: traps, `fatalError`, bad memory.
    private static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]
    private static let slots = 65

    nonisolated(unsafe) private static var descriptor: Int32 = -1
    nonisolated(unsafe) private static var encode: (KernelRecord) -> [UInt8]? = { _ in nil }
    /// The record line each signal writes, by signal number.
    nonisolated(unsafe) private static let signalLines = UnsafeMutablePointer<UnsafeMutableBufferPointer<UInt8>>.allocate(capacity: slots)
    nonisolated(unsafe) private static var exitLine = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    /// The handlers replaced, by signal number.
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: slots)

    static func install(recordsDescriptor: Int32, encode: @escaping (KernelRecord) -> Data?) {
        descriptor = recordsDescriptor
        Self.encode = { record in encode(record).map { Array($0) + [UInt8(ascii: "\n")] } }
        signalLines.initialize(repeating: UnsafeMutableBufferPointer(start: nil, count: 0), count: slots)
        cellStarted(nil)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = handle
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + Int(signal))
        }
        atexit {
            let line = FailureRecorder.exitLine
            if let base = line.baseAddress { _ = write(FailureRecorder.descriptor, base, line.count) }
        }
    }

    /// Prepares the records for failures in the cell with this identity (nil: between cells).
    static func cellStarted(_ cell: String?) {
        guard descriptor >= 0 else { return }
        for signal in signals {
            replace(&signalLines[Int(signal)], with: encode(.signal(cell: cell, signal: signal)))
        }
        replace(&exitLine, with: encode(.exit(cell: cell)))
    }

    /// Every cell ran: an `exit` from here on is the program's normal end.
    static func finished() {
        replace(&exitLine, with: nil)
    }

    /// Points `line` at new bytes. The old ones are never freed: the handler may be reading them
    /// on another thread (a few hundred bytes a cell).
    private static func replace(_ line: inout UnsafeMutableBufferPointer<UInt8>, with bytes: [UInt8]?) {
        if let bytes {
            let new = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = new.initialize(from: bytes)
            line = new
        } else {
            line = UnsafeMutableBufferPointer(start: nil, count: 0)
        }
    }

    private static let handle: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { signal, info, context in
        let line = FailureRecorder.signalLines[Int(signal)]
        if let base = line.baseAddress { _ = write(FailureRecorder.descriptor, base, line.count) }
        var replaced = FailureRecorder.previous[Int(signal)]
        if replaced.sa_flags & SA_SIGINFO != 0, let handler = replaced.__sigaction_handler.sa_sigaction {
            handler(signal, info, context)
            return
        }
        // The default action (or the replaced plain handler) takes over when this one returns.
        sigaction(signal, &replaced, nil)
        raise(signal)
    }
}
