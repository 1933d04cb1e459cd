/// One namespace for every id a report holds: headings, divs, spans, links, code, images and
/// figures, tables, equations, code blocks and cells. Each id is first made valid
/// (`AuthorIdentifier`). The first element to use an id keeps it; a later one, or one that takes
/// an id the report gives its own elements (`ReservedIdentifiers`), is a warning at its place
/// with a note at the first, and loses the id — so that references name the first and no two
/// elements of a report share an id.
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
    /// The ids made valid, by the id as written: a reference that stops where the written id's
    /// first disallowed character is can then say what to write instead.
    public private(set) var renamed: [String: String] = [:]

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
            let holder: Holder = label.hasPrefix("fig-") ? .figure : .cell
            code.options.label = claimed(label, by: holder, at: code.options.labelLocation ?? code.location)
            return .code(code)
        case .fencedCode(var block):
            // The id a `lst-label` gave (`AttributeMeanings`) is written on its option line.
            let labelLocation = block.attributes?.id == block.cellOptions?.label ? block.cellOptions?.labelLocation : nil
            block.attributes = claimed(block.attributes, by: .listing, at: labelLocation ?? block.location)
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
            if let label = math.label { math.label = claimed(label, by: .equation, at: math.location) }
            return [.math(math)]
        default:
            return [rewritingChildren(of: inline)]
        }
    }

    /// The attributes with their id made valid, without it when another element has it.
    private mutating func claimed(_ attributes: Attributes?, by holder: Holder, at location: SourceLocation?) -> Attributes? {
        guard var attributes, let id = attributes.id else { return attributes }
        attributes.id = claimed(id, by: holder, at: location)
        return attributes
    }

    /// `id` made valid (`AuthorIdentifier`, a warning if it changes) and claimed for `holder`; nil
    /// when nothing valid is left or another element has it.
    private mutating func claimed(_ id: String, by holder: Holder, at location: SourceLocation?) -> String? {
        guard let valid = AuthorIdentifier.checked(id, at: location, diagnostics: &diagnostics) else { return nil }
        if valid != id { renamed[id] = valid }
        return claim(valid, by: holder, at: location) ? valid : nil
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
