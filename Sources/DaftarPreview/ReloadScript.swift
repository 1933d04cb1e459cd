import Foundation

/// The small script a served page gets so that it reloads when its notebook is rendered again,
/// and the change to the page's Content-Security-Policy that lets it run. Reports on disk never
/// get either: only pages on their way out of the preview server.
enum ReloadScript {
    /// Listens to the reload channel and reloads when the event names this page's report (the
    /// index reloads at every event, since any notebook may change its entry).
    static let javaScript = """
    (() => {
      const page = document.currentScript.dataset.page;
      const events = new EventSource("\(ServedPath.reloadEventsPath)");
      events.onmessage = (event) => {
        if (page === "" || event.data === page) { location.reload(); }
      };
    })();

    """

    /// `html` with the script before `</body>` and the policy's `script-src` and `connect-src`
    /// opened to this server alone; `reportName` is the page's report, empty for the index.
    static func inject(into html: String, reportName: String) -> String {
        var page = html
        let marker = "http-equiv=\"Content-Security-Policy\" content=\""
        if let policyStart = page.range(of: marker), let policyEnd = page[policyStart.upperBound...].firstIndex(of: "\"") {
            page.insert(contentsOf: "; script-src 'self'; connect-src 'self'", at: policyEnd)
        }
        let tag = "<script src=\"\(ServedPath.reloadScriptPath)\" data-page=\"\(escapeAttribute(reportName))\"></script>\n"
        if let bodyEnd = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: tag, at: bodyEnd.lowerBound)
        } else {
            page += tag
        }
        return page
    }

    private static func escapeAttribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
