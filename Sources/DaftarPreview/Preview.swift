#if canImport(Glibc)
import Glibc
#endif
import DaftarKernel
import DaftarProject
import FlyingFox
import FlyingSocks
import Foundation

/// `daftar preview`: serves the notebooks under a path, rendered, on a loopback port; renders a
/// notebook again when it is saved and tells its open page to reload; stops on Ctrl-C (SIGINT)
/// or SIGTERM, ending any compiler or cell program it started.
public enum Preview {
    public struct Configuration: Sendable {
        /// A notebook or a folder of notebooks.
        public var path: String
        /// The address to listen on: 127.0.0.1 unless another is asked for.
        public var host: String
        /// The port asked for (0: any free one); nil for the default.
        public var port: Int?
        /// How each notebook is rendered (its output must be `-`: pages stay in memory).
        public var job: NotebookJob
        public var jobs: Int

        public init(path: String, host: String, port: Int?, job: NotebookJob, jobs: Int) {
            self.path = path
            self.host = host
            self.port = port
            self.job = job
            self.jobs = jobs
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Renders, serves and watches until stopped; `announce` gets the address once it listens,
    /// `log` every message after that.
    public static func run(
        _ configuration: Configuration, announce: @escaping @Sendable (String) -> Void, log: @escaping @Sendable (String) -> Void
    ) throws {
        // A client that goes away mid-response must not end the server.
        signal(SIGPIPE, SIG_IGN)
        let stopped = DispatchSemaphore(value: 0)
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                InterruptCleanup.shared.cleanUp()
                stopped.signal()
            }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }

        let site = PreviewSite(root: configuration.path, job: configuration.job, jobs: configuration.jobs, log: log)
        site.renderAll()
        let reload = ReloadChannel()
        guard let port = ListeningPort.choose(requested: configuration.port, host: configuration.host) else {
            throw Failure(description: "cannot listen on \(configuration.host) port \(configuration.port ?? ListeningPort.preferred): \(String(cString: strerror(errno)))")
        }
        let responder = PreviewResponder(site: site, reload: reload, requestGuard: RequestGuard(host: configuration.host, port: port))
        let server = try makeServer(configuration.host, port: port, responder: responder)
        try start(server, port: port, responder: responder)
        let renders = DispatchQueue(label: "daftar-preview-render")
        let watcher = try FolderWatcher(folder: site.watchedFolder) { changed in
            renders.async { reload.announce(site.update(changedPaths: changed)) }
        }
        let keepAlive = DispatchSource.makeTimerSource(queue: .global())
        keepAlive.schedule(deadline: .now() + 15, repeating: 15)
        keepAlive.setEventHandler { reload.keepAlive() }
        keepAlive.resume()
        let shownHost = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        announce("http://\(shownHost):\(port)/")
        stopped.wait()
        keepAlive.cancel()
        reload.close()
        withExtendedLifetime(watcher) {}
    }

    /// A FlyingFox server for `host` (an IPv4 or IPv6 address) and `port`, answering with `responder`.
    private static func makeServer(_ host: String, port: Int, responder: PreviewResponder) throws -> HTTPServer {
        do {
            if host.contains(":") {
                return HTTPServer(address: try .inet6(ip6: host, port: UInt16(port)), logger: .disabled, handler: responder)
            }
            return HTTPServer(address: try .inet(ip4: host, port: UInt16(port)), logger: .disabled, handler: responder)
        } catch {
            throw Failure(description: "cannot listen on \(host): not an IP address")
        }
    }

    /// Starts the server and blocks until it listens, or throws why it could not (the port
    /// taken since it was chosen, say).
    private static func start(_ server: HTTPServer, port: Int, responder: PreviewResponder) throws {
        let failure = StartFailure()
        let settled = DispatchSemaphore(value: 0)
        Task {
            do {
                // FlyingFox's `*` route knows RFC 9110's methods; WebDAV's reach the responder
                // too, to be refused with 405 like any method but GET and HEAD.
                await server.appendRoute(HTTPRoute(methods: webDAVMethods.map { HTTPMethod($0) }, path: "*"), to: responder)
                try await server.run()
            } catch {
                failure.set(error.localizedDescription)
                settled.signal()
            }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 10)
            } catch {
                failure.set("it did not start listening within 10 s")
            }
            settled.signal()
        }
        settled.wait()
        if let reason = failure.value { throw Failure(description: "cannot listen on port \(port): \(reason)") }
    }

    /// WebDAV's methods, which FlyingFox's `*` route does not match.
    private static let webDAVMethods = ["PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "REPORT", "SEARCH"]

    /// Why the server could not start, handed from its task to the waiting thread.
    private final class StartFailure: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: String?
        var value: String? { lock.withLock { stored } }
        func set(_ message: String) { lock.withLock { stored = message } }
    }
}
