/// Pandoc's fenced divs: a line of three or more colons with attributes (`{#id .class k=v}`) or
/// one class name opens a div, optionally followed by more colons; a line of colons alone closes
/// the innermost open one. A fence may follow list markers (`- ::: note`), as in pandoc.
extension BlockSyntaxScanner {
    enum DivFence {
        case open(Attributes)
        case close
    }

    func divFence(_ index: Int) -> DivFence? {
        // Any indentation: a div fence inside a list item is indented like the item's text.
        let content = blockContent(index)
        let colons = content.prefix { $0 == .colon }.count
        guard colons >= 3 else { return nil }
        let rest = String(decoding: content.dropFirst(colons), as: UTF8.self).trimmingWhitespace()
        if rest.isEmpty { return .close }
        // Trailing colons are decoration: `::: {.note} :::`.
        let spec = String(rest.reversed().drop { $0 == ":" }.reversed()).trimmingWhitespace()
        if spec.hasPrefix("{") {
            return Attributes.parse(braced: Substring(spec)).map { .open($0) }
        }
        guard !spec.isEmpty, !spec.contains(where: { $0.isWhitespace || $0 == "{" || $0 == "}" }) else { return nil }
        return .open(Attributes(classes: [spec]))
    }
}

extension UInt8 {
    static let colon = UInt8(ascii: ":")
}
