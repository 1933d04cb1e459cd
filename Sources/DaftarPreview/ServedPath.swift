/// What a request's target names, decided before anything is looked up: the index, a report by
/// its name, the reload channel or script, or a refusal. Targets that try to leave the served
/// pages (`..`, `.`, empty segments, backslashes, NUL, encoded or double-encoded forms of these)
/// are refused here, whatever a later lookup would have found.
enum ServedPath: Equatable {
    case index
    case report(String)
    case reloadEvents
    case reloadScript
    /// The target tries to leave the served folder or is malformed: 403.
    case forbidden
    /// The target is not a path (an absolute URL, `*`): 404.
    case notFound

    /// The prefix of the preview's own resources, which no report name can have (`_` names are
    /// skipped when notebooks are found, as Quarto skips them).
    static let reservedPrefix = "/_daftar/"
    static let reloadEventsPath = reservedPrefix + "events"
    static let reloadScriptPath = reservedPrefix + "reload.js"

    /// Reads the request target as sent (percent-encoded, query included).
    init(target: String) {
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard path.hasPrefix("/") else {
            self = .notFound
            return
        }
        guard let decoded = path.removingPercentEncoding else {
            self = .forbidden
            return
        }
        // After one decoding no `%` may remain (double encoding), and no backslash or NUL, which
        // some systems read as separators or ends.
        if decoded.contains("%") || decoded.contains("\\") || decoded.contains("\0") {
            self = .forbidden
            return
        }
        switch decoded {
        case "/", "/index.html": self = .index; return
        case Self.reloadEventsPath: self = .reloadEvents; return
        case Self.reloadScriptPath: self = .reloadScript; return
        default: break
        }
        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            self = .forbidden
            return
        }
        self = .report(segments.joined(separator: "/"))
    }
}
