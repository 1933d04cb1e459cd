import FlyingFox
import Foundation

/// Answers every request of the preview: the guard's checks first, then the page, the reload
/// script or the reload channel. No request can read or change anything but these.
struct PreviewResponder: HTTPHandler {
    let site: PreviewSite
    let reload: ReloadChannel
    let requestGuard: RequestGuard

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch requestGuard.check(method: request.method.rawValue, host: request.headers[.host]) {
        case .methodNotAllowed:
            return text(.methodNotAllowed, "only GET and HEAD are served\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        case .foreignHost:
            return text(.forbidden, "this preview answers to 127.0.0.1 and localhost only\n")
        case .allowed:
            break
        }
        let isHead = request.method.rawValue == "HEAD"
        let path = ServedPath(target: request.target.rawValue)
        switch path {
        case .forbidden:
            return text(.forbidden, "forbidden\n")
        case .notFound:
            return text(.notFound, "not found\n")
        case .reloadScript:
            return content(Data(ReloadScript.javaScript.utf8), type: "text/javascript; charset=utf-8", head: isHead)
        case .reloadEvents:
            var headers: HTTPHeaders = [.contentType: "text/event-stream", .cacheControl: "no-store"]
            headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
            if isHead { return HTTPResponse(statusCode: .ok, headers: headers) }
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBody(events: reload.subscribe())))
        case .index, .report:
            guard let page = site.page(for: path) else { return text(.notFound, "not found\n") }
            return content(Data(page.utf8), type: "text/html; charset=utf-8", head: isHead)
        }
    }

    /// A complete response; for HEAD its headers alone, with the length the body would have.
    private func content(_ body: Data, type: String, head: Bool) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        if head {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: .ok, headers: headers)
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: body)
    }

    private func text(_ status: HTTPStatusCode, _ message: String, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8"]
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(message.utf8))
    }
}
