/// Quarto's `from:` option, `markdown+ext-ext`: the pandoc extensions a notebook turns on beyond
/// Daftar's defaults. Daftar reads `autolink_bare_uris` (GitHub's extended autolinks); `gfm` or
/// `commonmark_x` as the base format turn it on too, as they do in pandoc.
extension FrontMatter {
    public var readerExtensions: Set<String> {
        guard case .string(let from)? = self["from"] else { return [] }
        var extensions: Set<String> = []
        var format = Substring(from.trimmingWhitespace())
        let base = format.prefix { $0 != "+" && $0 != "-" }
        if base == "gfm" || base == "commonmark_x" { extensions.insert("autolink_bare_uris") }
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
