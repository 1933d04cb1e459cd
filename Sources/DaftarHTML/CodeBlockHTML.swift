import DaftarNotebook

/// Code shown in a report: Swift, Python, shell, JSON and YAML highlighted, any other language
/// escaped as cmark renders it.
enum CodeBlockHTML {
    /// A fenced or indented code block; `<pre><code class="language-…">` as cmark writes it.
    static func html(for block: MarkdownCodeBlock) -> String {
        guard let language = block.language else {
            return "<pre><code>\(HTMLEscaping.escape(block.code))</code></pre>\n"
        }
        let body = isSwift(language) ? SwiftHighlighter.html(block.code)
            : CodeHighlighter.html(block.code, fenceLanguage: language) ?? HTMLEscaping.escape(block.code)
        return "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">\(body)</code></pre>\n"
    }

    /// Highlighted Swift in `<pre><code class="language-swift">`.
    static func swift(_ code: String) -> String {
        "<pre><code class=\"language-swift\">\(SwiftHighlighter.html(code))</code></pre>\n"
    }

    private static func isSwift(_ language: String) -> Bool {
        language == "swift" || language == "{swift}"
    }
}
