/// Quarto's executable cells of other languages (```` ```{python} ````, ```` ```{r} ````): Daftar
/// shows them without running them, and reads their leading option lines (`#| echo: false`),
/// which Quarto takes off the code it shows, for what they mean to a cell that is only shown.
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

    /// The language the code is written in, as pandoc and Quarto name it for `language-…`:
    /// `python` for Quarto's ```` ```{python} ```` and pandoc's ```` ```{.python} ````, else the
    /// info string's first word; nil when the fence names none.
    public var languageName: String? {
        if let quarto = quartoCellLanguage { return quarto }
        if let attributes = infoAttributes { return attributes.classes.first }
        return language
    }

    /// The block with its leading option lines read into `cellOptions` and taken off its code, when
    /// it is a Quarto cell of another language than Swift: lines starting with the language's
    /// comment and `|` (`#|`, `//|`, `--|`, `%%|`, `/*| … */`), as Quarto's `partitionCellOptions`
    /// reads them; unknown options warn and ill-typed ones are errors, as in Swift cells.
    /// Otherwise the block as it is.
    public func readingQuartoOptions(in source: SourceFile, diagnostics: inout [Diagnostic]) -> MarkdownCodeBlock {
        guard let language = quartoCellLanguage, language != "swift" else { return self }
        let (open, close) = Self.commentDelimiters(of: language)
        let (options, lineCount) = CellOptions.read(code, listings: true, diagnostics: &diagnostics, locate: optionLocator(in: source)) { line in
            guard line.hasPrefix(open) else { return nil }
            let afterComment = line.dropFirst(open.count).drop { $0 == " " || $0 == "\t" }
            guard afterComment.first == "|" else { return nil }
            var text = afterComment.dropFirst()
            if text.first == " " { text = text.dropFirst() }
            guard let close else { return text }
            let trimmed = text.trimmingTrailingWhitespace
            return trimmed.hasSuffix(close) ? trimmed.dropLast(close.count) : nil
        }
        guard lineCount > 0 else { return self }
        var block = self
        block.code = code.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(lineCount).joined(separator: "\n")
        block.cellOptions = options
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
