import DaftarNotebook

/// `index.html`: the title, language and link of each notebook rendered.
public enum IndexPage {
    public struct Entry: Sendable {
        public var title: String
        public var languageTag: String?
        public var direction: TextDirection
        /// The report's path relative to the index.
        public var link: String

        public init(title: String, languageTag: String?, direction: TextDirection, link: String) {
            self.title = title
            self.languageTag = languageTag
            self.direction = direction
            self.link = link
        }
    }

    /// The page, entries sorted by link so that it does not depend on the order of rendering.
    public static func html(_ entries: [Entry]) -> String {
        let localization = Localization(languageTag: nil)
        var rows = ""
        for entry in entries.sorted(by: { $0.link < $1.link }) {
            let lang = entry.languageTag.map { " lang=\"\(HTMLEscaping.escape($0))\"" } ?? ""
            rows += "<tr><td\(lang) dir=\"\(entry.direction.rawValue)\"><a href=\"\(HTMLEscaping.escapeFilePath(entry.link))\">"
            rows += "\(HTMLEscaping.escape(entry.title))</a></td><td><code>\(HTMLEscaping.escape(entry.languageTag ?? "—"))</code></td>"
            rows += "<td><code>\(HTMLEscaping.escape(BidiControls.visible(entry.link)))</code></td></tr>\n"
        }
        let body = """
        <header id="title-block-header">
        <h1 class="title">\(localization.notebooks)</h1>
        </header>
        <main>
        <table>
        <thead><tr><th scope="col">Title</th><th scope="col">Language</th><th scope="col">Report</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table>
        </main>

        """
        return PageTemplate.html(title: localization.notebooks, languageTag: "en", direction: .ltr, body: body)
    }
}
