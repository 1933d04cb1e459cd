import DaftarNotebook

/// Code shown in a report: Swift, Python, shell, JSON and YAML highlighted, any other language
/// escaped as cmark renders it.
enum CodeBlockHTML {
    /// A fenced or indented code block; `<pre><code class="language-…">` as cmark writes it.
    static func html(for block: MarkdownCodeBlock) -> String {
        if let attributes = block.attributes { return html(for: block, attributes: attributes) }
        guard let language = block.language else {
            return "<pre><code>\(HTMLEscaping.escape(block.code))</code></pre>\n"
        }
        let body = highlighted(block.code, language: language)
        return "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">\(body)</code></pre>\n"
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
        if MarkdownCodeBlock.swiftLanguages.contains(language) { return SwiftHighlighter.html(code) }
        return CodeHighlighter.html(code, fenceLanguage: language) ?? HTMLEscaping.escape(code)
    }

    /// A fence with pandoc's attributes: the first class names the language, as in pandoc; the id
    /// and the other classes go on `<pre>`, key–value pairs as `data-` attributes.
    private static func html(for block: MarkdownCodeBlock, attributes: Attributes) -> String {
        var pre = "<pre"
        if let id = attributes.id { pre += " id=\"\(HTMLEscaping.escape(id))\"" }
        let others = attributes.classes.dropFirst()
        if !others.isEmpty { pre += " class=\"\(HTMLEscaping.escape(others.joined(separator: " ")))\"" }
        for pair in attributes.keyValues where pair.key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            pre += " data-\(pair.key)=\"\(HTMLEscaping.escape(pair.value))\""
        }
        guard let language = attributes.classes.first else {
            return pre + "><code>\(HTMLEscaping.escape(block.code))</code></pre>\n"
        }
        let body = highlighted(block.code, language: language)
        return pre + "><code class=\"language-\(HTMLEscaping.escape(language))\">\(body)</code></pre>\n"
    }
}
