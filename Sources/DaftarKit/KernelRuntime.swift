#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The program side of the kernel protocol: marks where each cell's output begins and sends
/// display records and inline values to `daftar`.
///
/// Protocol (version `DaftarKitVersion.protocolVersion`): `daftar` starts the program with
/// `DAFTAR_RECORDS_FD` (a pipe for records, one JSON object a line) and `DAFTAR_MARKER` (a token).
/// Before each cell the runtime flushes C's stdio and writes `\u{1E}MARKER:N\u{1E}` on standard
/// output and standard error, so that every byte written after it — by Swift or by C — belongs
/// to cell N; `\u{1E}MARKER:d\u{1E}` on standard output marks where a display record falls
/// among the printed text. Run by hand, without those variables, the program prints displays as text.
final class KernelRuntime: @unchecked Sendable {
    static let shared = KernelRuntime()

    private let recordsDescriptor: Int32?
    private let marker: String?
    private var currentCell: Int?
    private var cellStarted = timespec()

    private init() {
        recordsDescriptor = getenv("DAFTAR_RECORDS_FD").flatMap { Int32(String(cString: $0)) }
        marker = getenv("DAFTAR_MARKER").map { String(cString: $0) }
        // Line buffering: a cell that crashes loses at most its unfinished last line.
        setvbuf(stdout, nil, _IOLBF, 0)
    }

    func beginCell(_ index: Int) {
        flushStandardStreams()
        currentCell = index
        if let marker {
            let bytes = Array("\u{1E}\(marker):\(index)\u{1E}".utf8)
            writeAll(bytes, to: STDOUT_FILENO)
            writeAll(bytes, to: STDERR_FILENO)
        }
        send(#"{"event":"cell-start","cell":\#(index)}"#)
        clock_gettime(CLOCK_MONOTONIC, &cellStarted)
    }

    func endCell(_ index: Int) {
        flushStandardStreams()
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let seconds = Double(now.tv_sec - cellStarted.tv_sec) + Double(now.tv_nsec - cellStarted.tv_nsec) / 1e9
        send(#"{"event":"cell-end","cell":\#(index),"seconds":\#(seconds)}"#)
        currentCell = nil
    }

    func inlineValue(_ index: Int, _ text: String) {
        send(#"{"event":"inline","expression":\#(index),"text":\#(JSONText.quoted(text))}"#)
    }

    func finish() {
        flushStandardStreams()
        send(#"{"event":"done"}"#)
    }

    func display(_ bundle: MIMEBundle) {
        guard recordsDescriptor != nil else {
            let text = bundle.representations.first { $0.type == "text/plain" }?.content ?? bundle.representations.first?.content ?? ""
            print(text)
            return
        }
        flushStandardStreams()
        // Marks where the display falls in the cell's standard output, to keep their order.
        if let marker { writeAll(Array("\u{1E}\(marker):d\u{1E}".utf8), to: STDOUT_FILENO) }
        let data = bundle.representations
            .map { #"{"type":\#(JSONText.quoted($0.type)),"content":\#(JSONText.quoted($0.content))}"# }
            .joined(separator: ",")
        send(#"{"event":"display","cell":\#(currentCell ?? -1),"data":[\#(data)]}"#)
    }

    private func send(_ line: String) {
        guard let recordsDescriptor else { return }
        writeAll(Array((line + "\n").utf8), to: recordsDescriptor)
    }

    /// Flushes every C output stream (`stdout` and `stderr` included).
    private func flushStandardStreams() {
        fflush(nil)
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
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
}

/// Entry points for the program `daftar` generates around a notebook's cells; not for cells.
public enum _DaftarKernel {
    public static func beginCell(_ index: Int) { KernelRuntime.shared.beginCell(index) }
    public static func endCell(_ index: Int) { KernelRuntime.shared.endCell(index) }
    public static func finish() { KernelRuntime.shared.finish() }

    /// Evaluates an inline `{swift}` expression and sends its value, formatted for prose.
    public static func inline<Value>(_ index: Int, _ value: () throws -> Value) rethrows {
        KernelRuntime.shared.inlineValue(index, InlineValueFormat.text(for: try value()))
    }
}
