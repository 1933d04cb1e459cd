/// Quarto's executable cells of other languages (```` ```{python} ````, ```` ```{r} ````): Daftar
/// shows them without running them, and without their leading option lines (`#| echo: false`),
/// which Quarto takes off the code it shows.
extension MarkdownCodeBlock {
    /// The language of a Quarto cell, `python` for ```` ```{python} ```` or ```` ```{r, echo=FALSE} ````;
    /// nil for other fences (` ```python `, raw blocks ` ```{=html} `, attributes ` ```{.python} `).
    public var quartoCellLanguage: String? {
        guard info.hasPrefix("{"), let first = info.dropFirst().first, first.isLetter else { return nil }
        let name = info.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        let rest = info.dropFirst(1 + name.count).first
        guard rest == "}" || rest == " " || rest == "," || rest == "\t" else { return nil }
        return String(name)
    }

    /// The block without its leading option lines when it is a Quarto cell of another language
    /// than Swift: lines starting with the language's comment and `|` (`#|`, `//|`, `--|`, `%%|`,
    /// `/*| … */`), as Quarto's `partitionCellOptions` reads them; otherwise the block as it is.
    public var withoutQuartoOptionLines: MarkdownCodeBlock {
        guard let language = quartoCellLanguage, language != "swift" else { return self }
        let (open, close) = Self.commentDelimiters(of: language)
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        let optionLines = lines.prefix { line in
            guard line.hasPrefix(open) else { return false }
            let afterComment = line.dropFirst(open.count).drop { $0 == " " || $0 == "\t" }
            guard afterComment.first == "|" else { return false }
            return close.map { line.trimmingTrailingWhitespace.hasSuffix($0) } ?? true
        }
        guard !optionLines.isEmpty else { return self }
        var block = self
        block.code = lines.dropFirst(optionLines.count).joined(separator: "\n")
        return block
    }

    /// The comment that starts an option line in `language`, and the one that ends it for
    /// languages whose comments have two ends; `#` for languages Quarto has no entry for.
    static func commentDelimiters(of language: String) -> (open: String, close: String?) {
        switch language.lowercased() {
        // Quarto's table (`kLangCommentChars`), to the letter: `{javascript}` or `{rust}` are not in it.
        case "scala", "csharp", "fsharp", "cpp", "cc", "java", "groovy", "js", "d3", "node", "sass", "go", "asy", "dot", "ojs":
            ("//", nil)
        case "c", "css": ("/*", "*/")
        case "sql", "mysql", "psql", "lua", "haskell": ("--", nil)
        case "matlab", "tikz": ("%", nil)
        case "mermaid": ("%%", nil)
        case "fortran", "fortran95": ("!", nil)
        case "sas": ("*", ";")
        case "stata": ("*", nil)
        case "apl": ("⍝", nil)
        default: ("#", nil)
        }
    }
}

private extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var text = self
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
