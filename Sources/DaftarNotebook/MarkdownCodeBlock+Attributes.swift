/// Pandoc's attributes on a fence: ```` ```{.python #lst-x} ```` or ```` ```python {#lst-x .numberLines} ````.
/// Quarto's executable form ```` ```{python} ```` is not attributes (a bare word is no attribute).
extension MarkdownCodeBlock {
    /// The info string's attributes, with its language word (if any) as the first class; nil when
    /// it has none. What writers write is `attributes`, which `AttributeMeanings` makes of these.
    public var infoAttributes: Attributes? {
        let info = Substring(self.info.trimmingWhitespace())
        if info.hasPrefix("{") {
            return Attributes.parse(braced: info)
        }
        guard let brace = info.firstIndex(of: "{"), let word = language,
              var attributes = Attributes.parse(braced: info[brace...]) else { return nil }
        guard info[..<brace].trimmingWhitespace() == word else { return nil }
        attributes.classes.insert(word, at: 0)
        return attributes
    }
}
