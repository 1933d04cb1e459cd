/// GitHub's tag filter (GFM's "Disallowed Raw HTML" extension), for notebooks read as
/// `from: gfm`: the `<` of `<title>`, `<textarea>`, `<style>`, `<xmp>`, `<iframe>`, `<noembed>`,
/// `<noframes>`, `<script>` and `<plaintext>` (opening or closing, in any case) becomes `&lt;`
/// in raw HTML, as cmark-gfm's `tagfilter` writes it, so that these tags cannot take over the page.
public struct GFMTagFilter: NotebookRewriter {
    public init() {}

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        guard case .htmlBlock(let raw) = block else { return [rewritingChildren(of: block)] }
        return [.htmlBlock(Self.filtered(raw))]
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .html(let raw) = inline else { return [rewritingChildren(of: inline)] }
        return [.html(Self.filtered(raw))]
    }

    private static let tags: [[UInt8]] = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        .map { Array($0.utf8) }

    /// `html` with the `<` of each disallowed tag written as `&lt;`.
    static func filtered(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "<"), isDisallowedTag(bytes, at: index) {
                result += Array("&lt;".utf8)
            } else {
                result.append(bytes[index])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the `<` at `start` opens or closes a disallowed tag: its name, in any case, then
    /// white space, `>` or `/>` (cmark-gfm's `is_tag`).
    private static func isDisallowedTag(_ bytes: [UInt8], at start: Int) -> Bool {
        var nameStart = start + 1
        if nameStart < bytes.count, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
        return tags.contains { tag in
            let end = nameStart + tag.count
            guard end < bytes.count, zip(bytes[nameStart..<end], tag).allSatisfy({ lowercased($0) == $1 }) else { return false }
            switch bytes[end] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), 0x0B, 0x0C, UInt8(ascii: "\r"), UInt8(ascii: ">"): return true
            case UInt8(ascii: "/"): return end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: ">")
            default: return false
            }
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
