/// `@fig-name` in prose: Quarto's cross-reference to a figure (and, by the same syntax, to a
/// table `@tbl-`, an equation `@eq-` or a section `@sec-`).
public struct CrossReference: Hashable, Sendable {
    /// The kinds of target a reference can name, by the label's prefix.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case figure = "fig", table = "tbl", equation = "eq", section = "sec"
    }

    /// The label referred to, `fig-name`.
    public var label: String
    public var kind: Kind
    /// Where the `@` is.
    public var location: SourceLocation
    /// The target's number; set by `CrossReferenceResolution`, nil while unresolved or unknown.
    public var number: Int?

    public init(label: String, kind: Kind, location: SourceLocation, number: Int? = nil) {
        self.label = label
        self.kind = kind
        self.location = location
        self.number = number
    }
}
