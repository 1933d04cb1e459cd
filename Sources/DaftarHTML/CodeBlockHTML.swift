import DaftarNotebook

/// Code shown in a report: Swift, Python, shell, JSON and YAML highlighted, any other language
/// escaped as cmark renders it.
enum CodeBlockHTML {
    /// A fenced or indented code block; `<pre><code class="language-…">` as cmark writes it, the
    /// attributes (`AttributeMeanings`) on `<pre>` as pandoc puts them.
    static func html(for block: MarkdownCodeBlock) -> String {
        var pre = "<pre"
        if let attributes = block.attributes { pre += attributes.html }
        guard let language = block.languageName else {
            return pre + "><code>\(HTMLEscaping.escape(block.code))</code></pre>\n"
        }
        let body = highlighted(block.code, language: language)
        return pre + "><code class=\"language-\(HTMLEscaping.escape(language))\">\(body)</code></pre>\n"
    }

    /// Highlighted Swift in `<pre><code class="language-swift">`.
    static func swift(_ code: String) -> String {
        "<pre><code class=\"language-swift\">\(SwiftHighlighter.html(code))</code></pre>\n"
    }

    /// A code cell's code, highlighted for its language (a Jupyter notebook's may be Python, R…).
    static func cell(_ code: String, language: String) -> String {
        "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">\(highlighted(code, language: language))</code></pre>\n"
    }

    /// `code` highlighted for its language: Swift by Daftar's own lexer, the others `CodeHighlighter`
    /// knows by theirs, anything else escaped.
    private static func highlighted(_ code: String, language: String) -> String {
        if language == "swift" { return SwiftHighlighter.html(code) }
        return CodeHighlighter.html(code, fenceLanguage: language) ?? HTMLEscaping.escape(code)
    }
}
