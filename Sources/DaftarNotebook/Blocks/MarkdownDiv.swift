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
    /// A figure div's `layout-ncol=2`: its subfigures side by side in that many columns (nil for
    /// one); taken from the attributes by `AttributeMeanings`.
    public var layoutColumns: Int? = nil

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

    /// Quarto's `appearance`: `default`, `simple` (a lighter box) or `minimal` (borders only, no
    /// icon). Daftar's callouts are already as light as Quarto's simple ones, so only the icon differs.
    public enum Appearance: String, Hashable, Sendable, CaseIterable {
        case `default`, simple, minimal
    }

    public var kind: Kind
    /// `title="…"`, else the callout's first heading (taken out of its blocks, so that it is not
    /// in the table of contents); nil when neither is given (writers show the kind's name).
    public var title: [MarkdownInline]?
    /// `collapse="true"` (folded) or `"false"` (open, but foldable); nil when not collapsible.
    public var collapse: Bool?
    /// `icon="false"` hides the icon, `icon="true"` shows it; a minimal callout has none otherwise.
    public var showsIcon: Bool
    public var appearance: Appearance

    public init(kind: Kind, title: [MarkdownInline]? = nil, collapse: Bool? = nil, showsIcon: Bool = true, appearance: Appearance = .default) {
        self.kind = kind
        self.title = title
        self.collapse = collapse
        self.showsIcon = showsIcon
        self.appearance = appearance
    }

    /// The attributes Quarto reads as the callout's own (`title`, `collapse`, `icon`,
    /// `appearance`): taken off the div by `AttributeMeanings`, since they are this value's fields.
    public static let keys: Set<String> = ["title", "collapse", "icon", "appearance"]

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
        callout.appearance = attributes["appearance"].flatMap(Appearance.init(rawValue:)) ?? .default
        callout.showsIcon = attributes["icon"].map { $0 != "false" } ?? (callout.appearance != .minimal)
        return callout
    }
}
