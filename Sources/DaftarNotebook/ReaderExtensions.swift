/// Quarto's `from:` option, `markdown+ext-ext` (or `daftar render --from` for a notebook whose
/// front matter names none): the pandoc extensions a notebook is read with beyond CommonMark.
/// Pandoc's Markdown, the default, has `fancy_lists` (which here brings `example_lists` along)
/// and `raw_tex` (LaTeX math environments in prose, written as math); `commonmark` and `gfm`
/// have neither. Daftar reads `autolink_bare_uris` (GitHub's extended autolinks), which `gfm`
/// and `commonmark_x` turn on, as in pandoc.
extension FrontMatter {
    /// The format's name and extensions as written, `markdown` when nothing names one.
    public var format: String {
        if case .string(let from)? = self["from"] { return from.trimmingWhitespace() }
        return defaultFormat ?? "markdown"
    }

    public var readerExtensions: Set<String> {
        var extensions: Set<String> = []
        var format = Substring(format)
        let base = format.prefix { $0 != "+" && $0 != "-" }
        if base == "gfm" || base == "commonmark_x" { extensions.insert("autolink_bare_uris") }
        if base == "markdown" { extensions.formUnion(["fancy_lists", "raw_tex"]) }
        format = format.dropFirst(base.count)
        while let sign = format.first {
            format = format.dropFirst()
            let name = String(format.prefix { $0 != "+" && $0 != "-" })
            format = format.dropFirst(name.count)
            if sign == "+" { extensions.insert(name) } else { extensions.remove(name) }
        }
        return extensions
    }
}
