import Foundation

/// A listener on the preview's reload channel, reading events as they arrive.
final class EventStreamListener {
    private let socket: Int32
    private(set) var received = ""

    init(port: Int, target: String = "/_daftar/events", extraRequestText: String = "") throws {
        socket = try RawHTTP.connect(port: port, timeout: 1)
        try RawHTTP.send("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n" + extraRequestText, on: socket)
    }

    /// Reads until what arrived contains `text`, for at most `seconds`; whether it did.
    func waitFor(_ text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.contains(text), Date() < deadline {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { return received.contains(text) }
            if count > 0 { received += String(decoding: buffer[..<count], as: UTF8.self) }
        }
        return received.contains(text)
    }

    func send(_ text: String) throws {
        try RawHTTP.send(text, on: socket)
    }

    deinit {
        close(socket)
    }
}
