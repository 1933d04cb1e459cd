/// A fenced div (`::: {#id .class key=value}` … `:::`), as pandoc reads it; a Quarto callout when
/// a class says so.
public struct MarkdownDiv: Hashable, Sendable {
    public var attributes: Attributes
    public var blocks: [MarkdownBlock]
    /// The opening fence.
    public var location: SourceLocation
    /// Set by the reader when a class is `callout-note`, `-tip`, `-warning`, `-important` or `-caution`.
    public var callout: Callout?
    /// A table or figure div's caption (`::: {#tbl-x}` or `::: {#fig-x}` … its last paragraph …
    /// `:::`, Quarto's cross-reference div), taken out of `blocks` by the reader.
    public var caption: [MarkdownInline]?
    /// A table or figure div's number; set by `TableNumbering` or `FigureNumbering`.
    public var number: Int?
    /// `a`, `b`… for a figure div inside another (a subfigure); set by `FigureNumbering`.
    public var subfigureLetter: String? = nil

    public init(attributes: Attributes, blocks: [MarkdownBlock], location: SourceLocation, callout: Callout? = nil) {
        self.attributes = attributes
        self.blocks = blocks
        self.location = location
        self.callout = callout
    }

    /// The label cross-references name the div by, when it is a table (`tbl-…`) or a figure (`fig-…`).
    public var label: String? {
        crossReferenceKind == nil ? nil : attributes.id
    }

    /// A figure div's `layout-ncol=2`: its subfigures side by side in that many columns (nil for one).
    public var layoutColumns: Int? {
        guard crossReferenceKind == .figure, let columns = attributes["layout-ncol"].flatMap(Int.init), columns > 1 else { return nil }
        return columns
    }

    /// `.table` for `::: {#tbl-x}`, `.figure` for `::: {#fig-x}`: what Quarto numbers the div as.
    public var crossReferenceKind: CrossReference.Kind? {
        guard let id = attributes.id else { return nil }
        return id.hasPrefix("tbl-") ? .table : id.hasPrefix("fig-") ? .figure : nil
    }
}

/// Quarto's callout: a boxed note with a kind, a title and an icon, collapsible when asked.
public struct Callout: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case note, tip, warning, important, caution
    }

    public var kind: Kind
    /// `title="…"`, else the callout's first heading (taken out of its blocks, so that it is not
    /// in the table of contents); nil when neither is given (writers show the kind's name).
    public var title: [MarkdownInline]?
    /// `collapse="true"` (folded) or `"false"` (open, but foldable); nil when not collapsible.
    public var collapse: Bool?
    /// `icon="false"` hides the icon.
    public var showsIcon: Bool

    public init(kind: Kind, title: [MarkdownInline]? = nil, collapse: Bool? = nil, showsIcon: Bool = true) {
        self.kind = kind
        self.title = title
        self.collapse = collapse
        self.showsIcon = showsIcon
    }

    /// The callout a div's attributes and blocks describe; the heading used as its title is
    /// removed from `blocks`. `markdown` reads a `title="…"` attribute's Markdown.
    static func make(attributes: Attributes, blocks: inout [MarkdownBlock], markdown: (String) -> [MarkdownInline]) -> Callout? {
        guard let kind = Kind.allCases.first(where: { attributes.classes.contains("callout-\($0.rawValue)") }) else { return nil }
        var callout = Callout(kind: kind)
        if let title = attributes["title"] {
            callout.title = markdown(title)
        } else if case .heading(let heading) = blocks.first {
            callout.title = heading.content
            blocks.removeFirst()
        }
        switch attributes["collapse"] {
        case "true": callout.collapse = true
        case "false": callout.collapse = false
        default: break
        }
        callout.showsIcon = attributes["icon"] != "false"
        return callout
    }
}
