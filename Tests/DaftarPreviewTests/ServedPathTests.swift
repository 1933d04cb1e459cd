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
