/// `@fig-name` in prose: Quarto's cross-reference to a figure (and, by the same syntax, to a
/// table `@tbl-`, an equation `@eq-`, a section `@sec-` or a code listing `@lst-`).
public struct CrossReference: Hashable, Sendable {
    /// The kinds of target a reference can name, by the label's prefix.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case figure = "fig", table = "tbl", equation = "eq", section = "sec", listing = "lst"
    }

    /// The label referred to, `fig-name`.
    public var label: String
    public var kind: Kind
    /// Where the `@` is.
    public var location: SourceLocation
    /// The target's number; set by `CrossReferenceResolution`, nil while unresolved or unknown.
    public var number: Int?
    /// `[-@fig-x]`: the number alone, without "Figure".
    public var suppressesPrefix = false
    /// The references written together (`[@fig-a; @fig-b]`) after this one, shown as one ("Figures 1 and 2").
    public var group: [CrossReference] = []
    /// The number as shown, `2.1` for a section or a tag for an equation; set by `CrossReferenceResolution`.
    public var shownNumber: String? = nil
    /// The text of a section's heading, for sections that are not numbered; set by `CrossReferenceResolution`.
    public var targetTitle: String? = nil

    public init(label: String, kind: Kind, location: SourceLocation, number: Int? = nil) {
        self.label = label
        self.kind = kind
        self.location = location
        self.number = number
    }
}
