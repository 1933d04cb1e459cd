/// Pandoc's `smart` extension: straight quotes become curly ones, `--` an en dash, `---` an em
/// dash and `...` an ellipsis, in prose only — never in code, math, raw HTML, expressions or the
/// text of an autolink (which is its URL).
///
/// Quotes are English quotes whatever the language, as pandoc's HTML writer writes them. A quote
/// opens after the start of a block, a space or an opening bracket, and closes elsewhere; an
/// apostrophe is a closing single quote (`it’s`, `’90s`).
public struct SmartPunctuation: NotebookRewriter {
    /// The character before the next text, across inline boundaries; nil at a block's start.
    private var previous: Character?

    public init() {}

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        previous = nil
        let rewritten = rewritingChildren(of: block)
        previous = nil
        return [rewritten]
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        switch inline {
        case .text(let text):
            return [.text(smartened(text))]
        case .softBreak, .lineBreak:
            previous = " "
            return [inline]
        case .html(let raw):
            // After an opening tag a quote opens, as after the start of a block.
            previous = raw.hasPrefix("</") || !raw.hasPrefix("<") ? "x" : " "
            return [inline]
        case .code, .math, .expression, .crossReference, .footnoteReference:
            previous = "x"
            return [rewritingChildren(of: inline)]
        case .link(let destination, _, let content) where Self.isAutolink(destination, content),
             .attributed(.link(let destination, _, let content), _) where Self.isAutolink(destination, content):
            previous = "x"
            return [inline]
        default:
            return [rewritingChildren(of: inline)]
        }
    }

    private static func isAutolink(_ destination: String, _ content: [MarkdownInline]) -> Bool {
        guard content.count == 1, case .text(let text) = content[0] else { return false }
        return destination == text || destination == "mailto:" + text || destination == "http://" + text
    }

    private mutating func smartened(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else {
            previous = text.last ?? previous
            return text
        }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            // Asked only of quotes: a long run of dashes or dots need not look up white space.
            var opens: Bool { previous.map { $0.isWhitespace || "([{\u{2013}\u{2014}\u{201C}\u{2018}/".contains($0) } ?? true }
            var written = character
            switch character {
            case "\"":
                written = opens && !(next?.isWhitespace ?? false) ? "\u{201C}" : "\u{201D}"
            case "'":
                written = opens && !(next?.isWhitespace ?? false) && !(next?.isNumber ?? false) ? "\u{2018}" : "\u{2019}"
            case "-" where next == "-":
                let isEm = index + 2 < characters.count && characters[index + 2] == "-"
                written = isEm ? "\u{2014}" : "\u{2013}"
                index += isEm ? 2 : 1
            case "." where next == "." && index + 2 < characters.count && characters[index + 2] == ".":
                written = "\u{2026}"
                index += 2
            default:
                break
            }
            result.append(written)
            previous = written
            index += 1
        }
        return result
    }
}
