/// The table of contents: a nested list of links to the report's headings.
enum TableOfContents {
    struct Entry: Hashable {
        var level: Int
        var id: String
        var text: String
    }

    /// `<nav id="TOC">` with nested `<ul>`s following heading levels (a level may be skipped);
    /// empty when there are fewer than two headings.
    static func html(_ entries: [Entry], title: String) -> String {
        guard entries.count >= 2 else { return "" }
        var html = "<nav id=\"TOC\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n"
        html += "<h2 id=\"toc-title\">\(HTMLEscaping.escape(title))</h2>\n"
        var open: [Int] = []  // the heading level of each open <ul>
        for entry in entries {
            if open.isEmpty || entry.level > open.last! {
                html += "<ul>\n"
                open.append(entry.level)
            } else {
                html += "</li>\n"
                while open.count > 1, entry.level < open.last!, entry.level <= open[open.count - 2] {
                    html += "</ul>\n</li>\n"
                    open.removeLast()
                }
            }
            html += "<li><a href=\"#\(HTMLEscaping.escape(entry.id))\">\(HTMLEscaping.escape(entry.text))</a>"
        }
        for _ in open { html += "</li>\n</ul>\n" }
        html += "</nav>\n"
        return html
    }
}
