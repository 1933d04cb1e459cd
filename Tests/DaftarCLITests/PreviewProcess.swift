import Foundation
import Testing

/// A `daftar preview` started for one test: its address, what it logged, and a way to stop it
/// as a person would (SIGINT) and learn how it ended.
final class PreviewProcess {
    let process = Process()
    let port: Int
    /// `DAFTAR_PREVIEW_TEST=<uuid>`: in the environment of the preview and of everything it starts.
    let environmentEntry = "DAFTAR_PREVIEW_TEST=\(UUID().uuidString)"
    private let stderrURL: URL
    private let capture: TemporaryFolder

    /// Starts `daftar preview arguments…` and waits (up to 120 s: the first render may compile
    /// cells) for the address it prints.
    init(_ arguments: [String], in directory: URL) throws {
        capture = try TemporaryFolder(purpose: "preview-capture")
        stderrURL = capture.url("stderr")
        try Data().write(to: stderrURL)
        let stdout = Pipe()
        process.executableURL = try DaftarProcess.binary()
        process.arguments = ["preview"] + arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        let parts = environmentEntry.split(separator: "=", maxSplits: 1).map(String.init)
        process.environment = ProcessInfo.processInfo.environment.merging([parts[0]: parts[1]]) { $1 }
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let address = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: address), let port = url.port, address.hasPrefix("http://127.0.0.1:") else {
            process.terminate()
            throw StartFailure(description: "daftar preview printed no loopback address: \(address)")
        }
        self.port = port
    }

    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// What the preview wrote to standard error so far.
    var log: String {
        String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self)
    }

    /// GET (or another method) `target` from this preview with its own `Host`.
    func request(_ target: String, method: String = "GET", host: String? = nil) throws -> RawHTTP.Response {
        try RawHTTP.request(method: method, target: target, host: host ?? "127.0.0.1:\(port)", port: port)
    }

    /// Polls `target` every 20 ms until its body satisfies `condition`, for at most `seconds`;
    /// the last response, and how long it took.
    func poll(_ target: String, seconds: Double = 30, until condition: (String) -> Bool) throws -> (RawHTTP.Response, Duration) {
        let started = ContinuousClock.now
        var response = try request(target)
        while !condition(response.body), ContinuousClock.now - started < .seconds(seconds) {
            usleep(20_000)
            response = try request(target)
        }
        return (response, ContinuousClock.now - started)
    }

    /// Sends SIGINT and waits up to 20 s for the preview to end; its exit status (nil if it
    /// did not end, in which case it is killed).
    func interrupt() -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        capture.remove()
    }
}
