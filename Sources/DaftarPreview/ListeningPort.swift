#if canImport(Glibc)
import Glibc
#endif

/// The port a preview listens on: the one asked for, else Daftar's default (4200, the port
/// Quarto's documentation previews on) when it is free, else a free one the system picks.
/// Known before the server starts, so that the `Host` check names it from the first request.
enum ListeningPort {
    static let preferred = 4200

    /// `requested` when given and not 0; else the preferred port when nothing listens on it at
    /// `host` (unless 0 was asked for); else a port the system calls free. Nil when `host`
    /// cannot be bound at all.
    static func choose(requested: Int?, host: String) -> Int? {
        if let requested, requested != 0 { return requested }
        if requested == nil, probe(preferred, host: host) != nil { return preferred }
        return probe(0, host: host)
    }

    /// Binds a socket to `port` at `host` and closes it again: the port bound (the system's
    /// choice for 0), or nil when it cannot be bound.
    static func probe(_ port: Int, host: String) -> Int? {
        let isIPv6 = host.contains(":")
        let socket = Glibc.socket(isIPv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var reuse: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var storage = sockaddr_storage()
        let length: socklen_t
        if isIPv6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET6, host, &address.sin6_addr) == 1 else { return nil }
            withUnsafeBytes(of: address) { bytes in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) } }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { return nil }
            withUnsafeBytes(of: address) { bytes in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) } }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
        }
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 }
        }
        guard bound else { return nil }
        var actual = sockaddr_storage()
        var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        guard withUnsafeMutablePointer(to: &actual, {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &actualLength) == 0 }
        }) else { return nil }
        // The port sits at the same offset in sockaddr_in and sockaddr_in6.
        let networkOrder = withUnsafeBytes(of: actual) { $0.load(fromByteOffset: 2, as: UInt16.self) }
        return Int(UInt16(bigEndian: networkOrder))
    }
}
