import Foundation
import Testing
import DaftarTestSupport

/// Golden files beside the tests, in `Goldens/`: compared byte for byte, re-recorded with
/// `DAFTAR_RECORD=1` (the test then fails, so a recording run never passes by accident).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static var recording: Bool { ProcessInfo.processInfo.environment["DAFTAR_RECORD"] == "1" }

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Checks `actual` against the golden file `name`, or records it.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = url(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("recorded \(name); run again without DAFTAR_RECORD to check it", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(name); record it with DAFTAR_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let same = zip(actual, expected).prefix { $0 == $1 }.count
        let found = String(actual.dropFirst(same).prefix(80))
        Issue.record("\(name) differs from its golden file from character \(same): \(found)…; if the change is intended, re-record with DAFTAR_RECORD=1",
                     sourceLocation: sourceLocation)
    }
}

/// Renders SVG with Debian's `rsvg-convert` (librsvg2-bin), a real renderer independent of ours.
enum RSVG {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "rsvg-convert was not found on PATH: install Debian's librsvg2-bin (`make test` does)" }
    }

    /// The PNG `rsvg-convert` draws for the SVG file at `url`, at the size its viewBox declares.
    static func rasterise(_ url: URL) throws -> PNGImage {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/rsvg-convert" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { throw Missing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [url.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let png = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Inflate.Failure(description: "rsvg-convert failed: \(message)") }
        return try PNGImage([UInt8](png))
    }
}

/// Uniform and normal deviates from the shared seeded generator, for chart test data.
extension SplitMix64 {
    /// A uniform Double in 0 ..< 1, from the top 53 bits.
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// An approximately standard normal deviate: the sum of twelve uniforms less six (Irwin–Hall),
    /// in exact arithmetic, so that goldens do not depend on a libm's last bit.
    mutating func normal() -> Double {
        (0..<12).reduce(0.0) { sum, _ in sum + uniform() } - 6
    }
}
