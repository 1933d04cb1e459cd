/// The checks every request passes before its path is read: only GET and HEAD, and only with a
/// `Host` that names the address the preview listens on, so that a page on another site whose
/// name was rebound to 127.0.0.1 (DNS rebinding) cannot read the previews.
struct RequestGuard: Sendable {
    /// The `Host` values accepted, lowercased: `127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`
    /// and the host given with `--host`.
    let allowedHosts: Set<String>

    init(host: String, port: Int) {
        var hosts: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]
        hosts.insert((host.contains(":") ? "[\(host)]" : host).lowercased() + ":\(port)")
        allowedHosts = hosts
    }

    enum Verdict: Equatable {
        case allowed
        /// 405: a method other than GET or HEAD.
        case methodNotAllowed
        /// 403: no `Host`, or one that is not this server's.
        case foreignHost
    }

    func check(method: String, host: String?) -> Verdict {
        guard method == "GET" || method == "HEAD" else { return .methodNotAllowed }
        guard let host, allowedHosts.contains(host.lowercased()) else { return .foreignHost }
        return .allowed
    }
}
