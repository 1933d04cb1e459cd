@testable import DaftarPreview
import Testing

/// Every way a request target can try to leave the served pages is refused before any lookup.
struct ServedPathTests {
    @Test(arguments: [
        "/../secret.html", "/a/../../secret.html", "/%2e%2e/secret.html", "/%2E%2E%2Fsecret.html",
        "/%252e%252e%252fsecret.html", "/..%5csecret.html", "/a\\..\\secret.html", "//etc/passwd",
        "/./index.html", "/a//b.html", "/x%00.html", "/%zz",
    ])
    func traversalIsForbidden(target: String) {
        #expect(ServedPath(target: target) == .forbidden)
    }

    @Test(arguments: ["http://evil.example/x.html", "*", "x.html", ""])
    func targetsThatAreNotPathsAreNotFound(target: String) {
        #expect(ServedPath(target: target) == .notFound)
    }

    @Test func reportsIndexAndChannelAreNamed() {
        #expect(ServedPath(target: "/") == .index)
        #expect(ServedPath(target: "/index.html?x=1") == .index)
        #expect(ServedPath(target: "/notes/a%20b.html") == .report("notes/a b.html"))
        #expect(ServedPath(target: "/%D8%AF%D9%81%D8%AA%D8%B1.html") == .report("دفتر.html"))
        #expect(ServedPath(target: "/_daftar/events?anything=rm%20-rf") == .reloadEvents)
        #expect(ServedPath(target: "/_daftar/reload.js") == .reloadScript)
    }
}

/// Only GET and HEAD, and only with this server's own `Host`.
struct RequestGuardTests {
    let requestGuard = RequestGuard(host: "127.0.0.1", port: 4200)

    @Test func loopbackNamesAreAllowed() {
        for host in ["127.0.0.1:4200", "localhost:4200", "LOCALHOST:4200", "[::1]:4200"] {
            #expect(requestGuard.check(method: "GET", host: host) == .allowed)
        }
        #expect(requestGuard.check(method: "HEAD", host: "localhost:4200") == .allowed)
    }

    @Test func otherHostsAreRefused() {
        for host in ["evil.example:4200", "127.0.0.1:4201", "localhost", "127.0.0.1", "localhost.evil.example:4200", ""] {
            #expect(requestGuard.check(method: "GET", host: host) == .foreignHost)
        }
        #expect(requestGuard.check(method: "GET", host: nil) == .foreignHost)
    }

    @Test func otherMethodsAreRefused() {
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "get"] {
            #expect(requestGuard.check(method: method, host: "127.0.0.1:4200") == .methodNotAllowed)
        }
    }

    @Test func anExplicitHostIsAllowedToo() {
        let wide = RequestGuard(host: "0.0.0.0", port: 8000)
        #expect(wide.check(method: "GET", host: "0.0.0.0:8000") == .allowed)
        #expect(wide.check(method: "GET", host: "192.0.2.1:8000") == .foreignHost)
    }
}
