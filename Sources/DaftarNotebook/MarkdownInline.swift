/// A CommonMark inline, plus Daftar's own: math spans and `{swift}` expressions.
public indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    /// Raw inline HTML, kept verbatim (dropped by `--safe`).
    case html(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(destination: String, title: String, content: [MarkdownInline])
    case image(source: String, title: String, description: [MarkdownInline])
    case math(MathSpan)
    case expression(InlineExpression)
    /// `@fig-name`: a reference to a numbered figure, table, equation or section.
    case crossReference(CrossReference)
    /// `~~text~~`, pandoc's strikeout.
    case strikethrough([MarkdownInline])
    /// `H~2~O`, pandoc's subscript.
    case subscripted([MarkdownInline])
    /// `x^2^`, pandoc's superscript.
    case superscripted([MarkdownInline])
    /// `[text]{#id .class key=value}`, pandoc's bracketed span.
    case span(Attributes, [MarkdownInline])
    /// A link or inline code followed by `{#id .class key=value}`.
    case attributed(MarkdownInline, Attributes)
    /// An image with its place in the notebook, its attributes and, once resolved, its embedded data.
    case attributedImage(MarkdownImage)
    /// `[^label]` or `^[inline note]`.
    case footnoteReference(FootnoteReference)
    /// `[@key]`, `@key`, `[see @a; @b, p. 3]`, `[-@key]`: pandoc's citations.
    case citation(Citation)
}

extension Array where Element == MarkdownInline {
    /// The text a reader sees, without markup: what heading ids and tables of contents are made from.
    public var plainText: String {
        var text = ""
        for inline in self {
            switch inline {
            case .text(let string), .code(let string): text += string
            case .softBreak, .lineBreak: text += " "
            case .html: break
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                text += content.plainText
            case .math(let math): text += math.tex
            case .expression(let expression): text += expression.value ?? expression.code
            case .crossReference(let reference): text += "@" + reference.label
            case .strikethrough(let content), .subscripted(let content), .superscripted(let content), .span(_, let content):
                text += content.plainText
            case .attributed(let inline, _): text += [inline].plainText
            case .attributedImage(let image): text += image.description.plainText
            case .footnoteReference: break
            case .citation(let citation): text += citation.rendering?.plainText ?? citation.source
            }
        }
        return text
    }
}
