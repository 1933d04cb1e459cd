#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import DaftarKernelProtocol
import FoundationEssentials
import Synchronization

/// The program side of the kernel protocol (`KernelProtocol`): marks where each cell's output
/// begins, and sends records — cells, displays, inline values, failures — to `daftar`.
///
/// Run by hand, without `daftar`'s variables, the program prints displays as text.
final class KernelRuntime: Sendable {
    static let shared = KernelRuntime()

    private let recordsDescriptor: Int32?
    private let marker: String?
    /// The running cell and when it started; guarded, as cells may display from any thread.
    private let state = Mutex<(cell: String?, started: timespec)>((nil, timespec()))
    /// Held while a record (and a display's marker) is written, so that records from several
    /// threads never interleave on the pipe and each display's marker is paired with its record.
    private let writing = Mutex(())
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private init() {
        recordsDescriptor = getenv(KernelProtocol.recordsDescriptor).flatMap { Int32(String(cString: $0)) }
        marker = getenv(KernelProtocol.marker).map { String(cString: $0) }
        // Line buffering: a cell that crashes loses at most its unfinished last line.
        setvbuf(stdout, nil, _IOLBF, 0)
        guard let recordsDescriptor else { return }
        send(.hello(version: KernelProtocol.version))
        FailureRecorder.install(recordsDescriptor: recordsDescriptor, encode: { try? self.encoder.encode($0) })
    }

    func beginCell(_ id: String) {
        flushStandardStreams()
        if let marker {
            let bytes = Array(KernelProtocol.streamMarker(token: marker, cell: id).utf8)
            writeAll(bytes, to: STDOUT_FILENO)
            writeAll(bytes, to: STDERR_FILENO)
        }
        send(.cellStart(cell: id))
        FailureRecorder.cellStarted(id)
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        state.withLock { $0 = (id, now) }
    }

    func endCell(_ id: String) {
        flushStandardStreams()
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let started = state.withLock { state in
            defer { state.cell = nil }
            return state.started
        }
        FailureRecorder.cellStarted(nil)
        let seconds = Double(now.tv_sec - started.tv_sec) + Double(now.tv_nsec - started.tv_nsec) / 1e9
        send(.cellEnd(cell: id, seconds: seconds))
    }

    func inlineValue(_ id: String, _ text: String) {
        send(.inline(expression: id, text: text))
    }

    func finish() {
        flushStandardStreams()
        FailureRecorder.finished()
        send(.done)
    }

    func display(_ bundle: MIMEBundle) {
        guard recordsDescriptor != nil else {
            print(bundle.content(of: .plainText) ?? bundle.representations.first?.content ?? "")
            return
        }
        flushStandardStreams()
        // Marks where the display falls in the cell's standard output, to keep their order.
        send(.display(cell: state.withLock { $0.cell }, bundle: bundle),
             afterMarking: marker.map { Array(KernelProtocol.displayMarker(token: $0).utf8) })
    }

    private func send(_ record: KernelRecord, afterMarking standardOutputMarker: [UInt8]? = nil) {
        guard let recordsDescriptor, let data = try? encoder.encode(record) else { return }
        let line = Array(data) + [UInt8(ascii: "\n")]
        writing.withLock { _ in
            if let standardOutputMarker { writeAll(standardOutputMarker, to: STDOUT_FILENO) }
            writeAll(line, to: recordsDescriptor)
        }
    }

    /// Flushes every C output stream (`stdout` and `stderr` included).
    private func flushStandardStreams() {
        fflush(nil)
    }
}

/// Writes all of `bytes`, retrying after interruptions; gives up on any other error.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        offset += written
    }
}

/// Entry points for the program `daftar` generates around a notebook's cells; not for cells.
public enum _DaftarKernel {
    public static func beginCell(_ id: String) { KernelRuntime.shared.beginCell(id) }
    public static func endCell(_ id: String) { KernelRuntime.shared.endCell(id) }
    public static func finish() { KernelRuntime.shared.finish() }

    /// Evaluates an inline `{swift}` expression and sends its value, formatted for prose.
    public static func inline<Value>(_ id: String, _ value: () throws -> Value) rethrows {
        KernelRuntime.shared.inlineValue(id, InlineValueFormat.text(for: try value()))
    }
}
