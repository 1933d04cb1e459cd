import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Debian's headless Chromium, driven through the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`): commands are JSON objects written to the browser's descriptor 3,
/// replies and events are NUL-terminated JSON read from its descriptor 4. No WebSocket, no driver,
/// no package beyond the browser; one page (a target) is attached and every command goes to it.
final class Chromium {
    /// A reply carrying an error, a browser that stopped answering, or one that could not start.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let process: pid_t
    private let commands: Int32
    private let replies: Int32
    private var received: [UInt8] = []
    private var lastID = 0
    private var session: String?
    /// The page's events, in the order they arrived, since the last `takeEvents()`.
    private var events: [[String: Any]] = []

    /// Starts Chromium with a fresh profile in `profile`, opens a blank page and enables the
    /// domains whose events the tests read (page loads, network requests, console and log).
    init(profile: URL) throws {
        let executable = try #require(Self.executable, "Chromium is not installed; install Debian's chromium (make test does)")
        // Descriptors of both pipes above 9 and closed on exec, so that the child's 3 and 4 are
        // always fresh copies made by dup2 (which clears close-on-exec) and nothing else leaks.
        func pipePair() throws -> (read: Int32, write: Int32) {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { throw Failure(description: "pipe: \(String(cString: strerror(errno)))") }
            let high = ends.map { fcntl($0, F_DUPFD_CLOEXEC, 10) }
            ends.forEach { _ = close($0) }
            return (high[0], high[1])
        }
        let toBrowser = try pipePair(), fromBrowser = try pipePair()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser.read, 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser.write, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Nothing may reach the network even if a page asks: every host name fails to resolve.
        let arguments = [executable.path, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                         "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--mute-audio", "--font-render-hinting=none",
                         "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile.path)", "--remote-debugging-pipe",
                         "about:blank"]
        let argv = arguments.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable.path, &actions, nil, argv, environment)
        _ = close(toBrowser.read)
        _ = close(fromBrowser.write)
        guard status == 0 else {
            _ = close(toBrowser.write)
            _ = close(fromBrowser.read)
            throw Failure(description: "could not start \(executable.path): \(String(cString: strerror(status)))")
        }
        process = child
        commands = toBrowser.write
        replies = fromBrowser.read

        let target = try send("Target.createTarget", ["url": "about:blank"])
        let attached = try send("Target.attachToTarget", ["targetId": target["targetId"] as? String ?? "", "flatten": true])
        session = try #require(attached["sessionId"] as? String, "Chromium attached no session")
        for domain in ["Page", "Runtime", "Network", "Log"] { _ = try send("\(domain).enable") }
    }

    deinit {
        _ = close(commands)
        _ = close(replies)
        kill(process, SIGKILL)
        var status: Int32 = 0
        waitpid(process, &status, 0)
    }

    /// Chromium on the `PATH` under Debian's name or another distribution's.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap { name in
            path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        }.first
    }()

    /// Sends `method` to the page (or to the browser before a page is attached) and returns its
    /// result; events that arrive meanwhile are kept for `takeEvents()`.
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:], timeout: Double = 60) throws -> [String: Any] {
        lastID += 1
        let id = lastID
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message)) + [0]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            guard written > 0 else { throw Failure(description: "Chromium closed its pipe while \(method) was sent") }
            bytes.removeFirst(written)
        }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            let reply = try nextMessage(before: deadline, waitingFor: method)
            if reply["id"] as? Int == id {
                if let error = reply["error"] as? [String: Any] {
                    throw Failure(description: "\(method) failed: \(error["message"] ?? error)")
                }
                return reply["result"] as? [String: Any] ?? [:]
            }
            if reply["method"] != nil { events.append(reply) }
        }
    }

    /// Waits for the page's next `method` event (one that arrived earlier counts) and returns its parameters.
    @discardableResult
    func wait(for method: String, timeout: Double = 60) throws -> [String: Any] {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            if let event = events.first(where: { $0["method"] as? String == method }) {
                return event["params"] as? [String: Any] ?? [:]
            }
            let message = try nextMessage(before: deadline, waitingFor: method)
            if message["method"] != nil { events.append(message) }
        }
    }

    /// The events received since the last call, as (method, parameters).
    func takeEvents() -> [(method: String, parameters: [String: Any])] {
        defer { events.removeAll() }
        return events.map { ($0["method"] as? String ?? "", $0["params"] as? [String: Any] ?? [:]) }
    }

    /// Evaluates `expression` in the page, awaiting a promise, and returns its value as JSON.
    func evaluate(_ expression: String) throws -> Data {
        let result = try send("Runtime.evaluate", ["expression": expression, "awaitPromise": true, "returnByValue": true])
        if let exception = result["exceptionDetails"] as? [String: Any] {
            throw Failure(description: "the page's script failed: \((exception["exception"] as? [String: Any])?["description"] ?? exception)")
        }
        let value = (result["result"] as? [String: Any])?["value"] ?? NSNull()
        return try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
    }

    /// Clicks the middle of the element `selector` names with the mouse, as a person would: scrolled
    /// into view, the left button pressed and released there.
    func click(_ selector: String) throws {
        let quoted = String(decoding: try JSONSerialization.data(withJSONObject: selector, options: [.fragmentsAllowed]), as: UTF8.self)
        let point = try JSONDecoder().decode([Double].self, from: evaluate("""
            (() => {
              const element = document.querySelector(\(quoted));
              element.scrollIntoView({ block: "center" });
              const box = element.getBoundingClientRect();
              return [box.x + box.width / 2, box.y + box.height / 2];
            })()
            """))
        for type in ["mousePressed", "mouseReleased"] {
            try send("Input.dispatchMouseEvent", ["type": type, "x": point[0], "y": point[1], "button": "left", "clickCount": 1])
        }
    }

    /// Reads one NUL-terminated message, waiting at most until `deadline`.
    private func nextMessage(before deadline: Date, waitingFor method: String) throws -> [String: Any] {
        while true {
            if let end = received.firstIndex(of: 0) {
                let message = Data(received[..<end])
                received.removeFirst(end + 1)
                return try JSONSerialization.jsonObject(with: message) as? [String: Any] ?? [:]
            }
            let milliseconds = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            var descriptor = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, milliseconds) > 0 else {
                throw Failure(description: "Chromium did not answer \(method) in time")
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "Chromium closed its pipe while waiting for \(method)") }
            received.append(contentsOf: chunk[..<count])
        }
    }
}
