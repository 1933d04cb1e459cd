/// One namespace for every id a report holds: headings, divs, spans, links, code, images and
/// figures, tables, equations, code blocks and cells. The first element to use an id keeps it; a
/// later one, or one that takes an id the report gives its own elements (`ReservedIdentifiers`),
/// is a warning at its place with a note at the first, and loses the id — so that references
/// name the first and no two elements of a report share an id.
public struct IdentifierClaims: NotebookRewriter {
    /// What holds an id, by the words a warning uses.
    enum Holder: String {
        case section, div, span, link, code, image, figure, table, equation, listing, cell

        /// "a code span", "an image": the holder as a warning names one.
        var withArticle: String {
            switch self {
            case .code: "a code span"
            case .image, .equation: "an \(rawValue)"
            default: "a \(rawValue)"
            }
        }

        var plural: String { self == .code ? "code spans" : rawValue + "s" }
    }

    private struct Claim {
        var holder: Holder
        var location: SourceLocation?
    }

    let reserved: ReservedIdentifiers
    private var claims: [String: Claim] = [:]
    public private(set) var diagnostics: [Diagnostic] = []

    public init(reserved: ReservedIdentifiers) {
        self.reserved = reserved
    }

    /// Every id kept, once the pass has run: what generated heading ids must not repeat.
    public var claimed: Set<String> { Set(claims.keys) }

    public mutating func rewrite(cell: Cell) -> Cell {
        switch cell {
        case .code(var code):
            guard let label = code.options.label else { return cell }
            // Two cells with one label are already an error (`Identities`): their results could not be told apart.
            if case .cell? = claims[label]?.holder { return cell }
            if !claim(label, by: label.hasPrefix("fig-") ? .figure : .cell, at: code.location) { code.options.label = nil }
            return .code(code)
        case .fencedCode(var block):
            block.attributes = claimed(block.attributes, by: .listing, at: block.location)
            return .fencedCode(block)
        case .prose:
            return rewritingChildren(of: cell)
        }
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        switch block {
        case .heading(var heading):
            heading.attributes = claimed(heading.attributes, by: .section, at: heading.location)!
            return [rewritingChildren(of: .heading(heading))]
        case .div(var div):
            // The author's `::: {#refs}` is where the references go: the id is theirs to give.
            let holder: Holder = div.label != nil ? .table : .div
            if div.attributes.id == "refs", claims["refs"] == nil {
                claims["refs"] = Claim(holder: .div, location: div.location)
            } else {
                div.attributes = claimed(div.attributes, by: holder, at: div.location)!
            }
            return [rewritingChildren(of: .div(div))]
        case .table(var table):
            table.attributes = claimed(table.attributes, by: .table, at: table.location)!
            return [rewritingChildren(of: .table(table))]
        case .figure(var figure):
            figure.image.attributes = claimed(figure.image.attributes, by: .figure, at: figure.image.location)!
            return [rewritingChildren(of: .figure(figure))]
        case .codeBlock(var code):
            code.attributes = claimed(code.attributes, by: .listing, at: code.location)
            return [.codeBlock(code)]
        default:
            return [rewritingChildren(of: block)]
        }
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        switch inline {
        case .span(let attributes, let content):
            return [rewritingChildren(of: .span(claimed(attributes, by: .span, at: attributes.location)!, content))]
        case .attributed(let inner, let attributes):
            let holder: Holder = if case .code = inner { .code } else { .link }
            return [rewritingChildren(of: .attributed(inner, claimed(attributes, by: holder, at: attributes.location)!))]
        case .attributedImage(var image):
            image.attributes = claimed(image.attributes, by: .image, at: image.location)!
            return [rewritingChildren(of: .attributedImage(image))]
        case .math(var math):
            if let label = math.label, !claim(label, by: .equation, at: math.location) { math.label = nil }
            return [.math(math)]
        default:
            return [rewritingChildren(of: inline)]
        }
    }

    /// The attributes, without their id when another element has it.
    private mutating func claimed(_ attributes: Attributes?, by holder: Holder, at location: SourceLocation?) -> Attributes? {
        guard var attributes, let id = attributes.id else { return attributes }
        if !claim(id, by: holder, at: location) { attributes.id = nil }
        return attributes
    }

    /// Whether `id` is free for `holder`: claimed then, else a warning at `location`.
    private mutating func claim(_ id: String, by holder: Holder, at location: SourceLocation?) -> Bool {
        if reserved.contains(id) {
            diagnostics.append(Diagnostic(
                .warning, "`\(id)` is an id the report gives its own elements (title, contents, notes or references); it is dropped here",
                at: location))
            return false
        }
        guard let first = claims[id] else {
            claims[id] = Claim(holder: holder, location: location)
            return true
        }
        let message = first.holder == holder
            ? "two \(holder.plural) have the label `\(id)`; references name the first"
            : "the label `\(id)` is already the id of \(first.holder.withArticle); references name the first"
        diagnostics.append(Diagnostic(.warning, message, at: location, notes: [Diagnostic.Note("the first is here", at: first.location)]))
        return false
    }
}
