import Foundation
import Testing

/// The preview server lets no one in: loopback only, nothing outside the served notebooks, only
/// its own host name, only GET and HEAD, and it survives crowds and clients that hang up.
struct PreviewHardeningTests {
    /// A served folder with one notebook, beside a folder holding a secret notebook that links
    /// from inside the served folder point to.
    final class Fixture {
        let root: TemporaryFolder
        let preview: PreviewProcess

        init(extraProse: String = "") throws {
            root = try TemporaryFolder(purpose: "preview-hardening")
            try root.write("# Secret\n\nTOPSECRET\n", to: "outside/secret.md")
            try root.write("# Notes\n\nServed prose.\n\(extraProse)", to: "served/notes.md")
            try FileManager.default.createSymbolicLink(atPath: root.url("served/link.md").path, withDestinationPath: "../outside/secret.md")
            try FileManager.default.createSymbolicLink(atPath: root.url("served/linked").path, withDestinationPath: "../outside")
            preview = try PreviewProcess([root.url("served").path, "--port", "0"], in: root.url)
        }

        deinit {
            _ = preview.interrupt()
            root.remove()
        }
    }

    /// The local addresses listening on `port`, from the kernel's table (`/proc/net/tcp`,
    /// `/proc/net/tcp6`): hexadecimal address, colon, port.
    static func listeningAddresses(port: Int, table: String) -> [String] {
        let suffix = ":" + String(format: "%04X", port)
        let text = (try? String(contentsOfFile: table, encoding: .utf8)) ?? ""
        var addresses: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ")
            let isListening = fields.count > 3 && fields[3] == "0A"
            if isListening, fields[1].hasSuffix(suffix) { addresses.append(String(fields[1])) }
        }
        return addresses
    }

    @Test func listensOnLoopbackOnly() throws {
        let fixture = try Fixture()
        let port = fixture.preview.port
        #expect(Self.listeningAddresses(port: port, table: "/proc/net/tcp") == ["0100007F:" + String(format: "%04X", port)])
        #expect(Self.listeningAddresses(port: port, table: "/proc/net/tcp6").isEmpty)
    }

    @Test func pathTraversalIsRefused() throws {
        let fixture = try Fixture()
        #expect(try fixture.preview.request("/notes.html").body.contains("Served prose."))
        let targets = [
            "/../outside/secret.html", "/../../etc/passwd", "/%2e%2e/outside/secret.html", "/%2E%2E%2Foutside%2Fsecret.html",
            "/%252e%252e%252foutside%252fsecret.html", "/..\\outside\\secret.html", "/..%5Coutside%5Csecret.html",
            "//etc/passwd", "/etc/passwd", "/link.html", "/linked/secret.html", "/outside/secret.html",
            "http://127.0.0.1:\(fixture.preview.port)/../outside/secret.html", "/notes.md", "/%00notes.html",
        ]
        for target in targets {
            let response = try fixture.preview.request(target)
            #expect([403, 404].contains(response.status), "\(target) → \(response.status)")
            #expect(!response.body.contains("TOPSECRET"), "\(target)")
        }
        let index = try fixture.preview.request("/")
        #expect(!index.body.contains("link.html") && !index.body.contains("secret"), "links out of the folder are not rendered")
    }

    @Test func foreignHostsAreRefused() throws {
        let fixture = try Fixture()
        let port = fixture.preview.port
        #expect(try fixture.preview.request("/notes.html", host: "127.0.0.1:\(port)").status == 200)
        #expect(try fixture.preview.request("/notes.html", host: "localhost:\(port)").status == 200)
        for host in ["evil.example:\(port)", "evil.example", "127.0.0.1:\(port + 1)", "localhost.evil.example:\(port)"] {
            let response = try fixture.preview.request("/notes.html", host: host)
            #expect(response.status == 403, "\(host)")
            #expect(!response.body.contains("Served prose."))
        }
        let hostless = try RawHTTP.request(target: "/notes.html", host: nil, port: port)
        #expect(hostless.status == 403)
    }

    @Test func onlyGetAndHeadAreServed() throws {
        let fixture = try Fixture()
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "MKCOL"] {
            let response = try fixture.preview.request("/notes.html", method: method)
            #expect(response.status == 405, "\(method)")
            #expect(response.headers["allow"] == "GET, HEAD")
        }
        // A made-up method never reaches the preview: FlyingFox's router answers it 404.
        #expect(try fixture.preview.request("/notes.html", method: "BREW").status == 404)
        let head = try fixture.preview.request("/notes.html", method: "HEAD")
        let get = try fixture.preview.request("/notes.html")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.utf8.count))
    }

    @Test func survivesAThousandConcurrentRequests() throws {
        let fixture = try Fixture()
        let port = fixture.preview.port
        let expected = try fixture.preview.request("/notes.html").body
        // All thousand connections are open and their requests sent before any answer is read.
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        for _ in 0..<1_000 {
            let socket = try RawHTTP.connect(port: port, timeout: 60)
            sockets.append(socket)
            try RawHTTP.send(RawHTTP.requestText(method: "GET", target: "/notes.html", host: "127.0.0.1:\(port)"), on: socket)
        }
        var ok = 0
        for socket in sockets {
            let response = try RawHTTP.parse(RawHTTP.readToEnd(socket))
            if response.status == 200, response.body == expected { ok += 1 }
        }
        #expect(ok == 1_000)
        #expect(try fixture.preview.request("/notes.html").body == expected)
    }

    @Test func survivesClientsThatHangUpMidResponse() throws {
        // Two megabytes of prose: far more than the socket buffers hold, so the server is still
        // writing when the client goes.
        let fixture = try Fixture(extraProse: String(repeating: "A long line of prose to make the page large.\n\n", count: 45_000))
        let port = fixture.preview.port
        for _ in 0..<5 {
            let socket = try RawHTTP.connect(port: port)
            try RawHTTP.send(RawHTTP.requestText(method: "GET", target: "/notes.html", host: "127.0.0.1:\(port)"), on: socket)
            var buffer = [UInt8](repeating: 0, count: 1024)
            #expect(recv(socket, &buffer, buffer.count, 0) > 0)
            // Reset rather than close politely: the server's next write fails at once.
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(socket, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            close(socket)
        }
        let events = try EventStreamListener(port: port)
        #expect(events.waitFor("retry: 500", seconds: 5))
        let response = try fixture.preview.request("/notes.html")
        #expect(response.status == 200)
        #expect(response.body.contains("Served prose."))
        #expect(response.body.hasSuffix("</html>\n"))
    }

    @Test func theReloadChannelTakesNoInput() throws {
        let fixture = try Fixture()
        let before = try fixture.preview.request("/notes.html").body
        let logBefore = fixture.preview.log
        #expect(try fixture.preview.request("/_daftar/events", method: "POST").status == 405)
        // Queries, a body and lines sent after the request are all ignored: no render, no event.
        let listener = try EventStreamListener(
            port: fixture.preview.port, target: "/_daftar/events?render=notes.md&run=touch%20/tmp/x&reload=*",
            extraRequestText: "data: notes.html\n\nevent: reload\ndata: *\n\n")
        #expect(listener.waitFor("retry: 500", seconds: 5))
        try listener.send("POST /_daftar/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n\r\nnotes")
        #expect(!listener.waitFor("data:", seconds: 1.5), "nothing announced")
        #expect(fixture.preview.log == logBefore, "nothing rendered")
        #expect(try fixture.preview.request("/notes.html").body == before)
        let script = try fixture.preview.request("/_daftar/reload.js")
        #expect(script.status == 200 && script.headers["content-type"] == "text/javascript; charset=utf-8")
    }
}
