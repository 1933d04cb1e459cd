/// The works a notebook may cite, read from its `bibliography:` files (BibTeX or CSL-JSON).
public struct Bibliography: Hashable, Sendable {
    public var entries: [BibliographyEntry]

    public init(entries: [BibliographyEntry] = []) {
        self.entries = entries
    }

    /// The first entry with this key.
    public subscript(key: String) -> BibliographyEntry? {
        entries.first { $0.key == key }
    }
}

/// One work, in CSL's terms (what CSL-JSON holds and BibTeX is mapped to).
public struct BibliographyEntry: Hashable, Sendable {
    public var key: String
    /// CSL's type: `article-journal`, `book`, `chapter`, `paper-conference`, `thesis`, `report`, `webpage`, …
    public var type: String
    public var authors: [PersonName] = []
    public var editors: [PersonName] = []
    public var title: String?
    /// The journal, book or proceedings the work appeared in.
    public var containerTitle: String?
    public var year: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var publisher: String?
    /// A thesis's kind ("PhD thesis") or a report's.
    public var genre: String?
    public var url: String?
    public var doi: String?
    /// Where the entry starts in its file.
    public var location: SourceLocation

    public init(key: String, type: String, location: SourceLocation) {
        self.key = key
        self.type = type
        self.location = location
    }
}

/// A person's name, split as CSL splits it; `literal` for an organisation kept whole.
public struct PersonName: Hashable, Sendable {
    public var family: String
    public var given: String
    /// Particles before the family name that sort with it in CSL's default (`van`, `de`).
    public var particle: String

    public init(family: String, given: String = "", particle: String = "") {
        self.family = family
        self.given = given
        self.particle = particle
    }

    /// `van Gogh`: the name the text cites.
    public var citedName: String { particle.isEmpty ? family : particle + " " + family }
}
