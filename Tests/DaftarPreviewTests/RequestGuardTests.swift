@testable import DaftarPreview
import Testing

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
