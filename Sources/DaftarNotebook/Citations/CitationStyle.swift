/// The two citation styles Daftar writes, a subset of citeproc's behaviour:
///
/// - author–date, after the Chicago Manual of Style's: "(Glorot and Bengio 2010)", in the text
///   "Glorot and Bengio (2010)"; one, two or three authors named, four or more as "First et al.";
///   works by the same names in the same year told apart by year suffixes ("2010a", "2010b");
///   references sorted by the first author's family and given names, then year, then title;
/// - numeric: "[1]", numbered in order of first citation, the references in that order (IEEE's);
///   a citation of several works is one bracket with their numbers in order, three or more
///   consecutive ones collapsed (`[1–3]`, `[1, 3–5]`), as citeproc collapses them for a style
///   with `collapse="citation-number"` and the brackets around the whole citation.
///
/// A locator after the key (`p. 3`, `pp. 3-5`, `chapter 2`, `§4`, a bare number) is read as
/// citeproc reads it (`Locator`): a range gets an en dash; Chicago drops the page label and
/// shortens page ranges (`321–28`), other labels are CSL's short forms in the page's language
/// where `CitationTerms` has them (`chap. 2`, `secs. 2–3`); IEEE keeps every label (`p. 3`).
/// Other prefixes and suffixes are written as the author typed them.
struct CitationStyle {
    let kind: Bibliography.Style
    let terms: CitationTerms
    /// The cited works in the order the style lists them.
    private let ordered: [BibliographyEntry]
    /// A numeric style's number, or an author–date style's year suffix, by key.
    private let labels: [String: String]
    /// What citations call people whose family name another cited person shares ("J. Smith").
    private let shownNames: [PersonName: String]

    init(kind: Bibliography.Style, terms: CitationTerms, cited: [BibliographyEntry]) {
        self.kind = kind
        self.terms = terms
        let shown = Self.disambiguatedNames(cited.flatMap(\.authors))
        shownNames = shown
        switch kind {
        case .numeric:
            ordered = cited
            labels = Dictionary(uniqueKeysWithValues: cited.enumerated().map { ($1.key, String($0 + 1)) })
        case .authorDate:
            ordered = cited.sorted { Self.sortKey($0).lexicographicallyPrecedes(Self.sortKey($1)) }
            var suffixes: [String: String] = [:]
            // Works whose names are told apart by given names need no year suffix.
            let key = { (entry: BibliographyEntry) in Self.names(entry.authors, terms: terms, shown: shown) + "|" + (entry.year ?? "") }
            let groups = Dictionary(grouping: ordered, by: key)
            for entry in ordered {
                guard let group = groups[key(entry)], group.count > 1,
                      let position = group.firstIndex(where: { $0.key == entry.key }) else { continue }
                suffixes[entry.key] = String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(position % 26))))
            }
            labels = suffixes
        }
    }

    /// A numeric style's number or an author–date style's year suffix.
    func labelOrNil(_ key: String) -> String? { labels[key] }

    func entry(_ key: String) -> BibliographyEntry? {
        ordered.first { $0.key == key }
    }

    // MARK: Citations

    func render(_ citation: Citation) -> Citation.Rendering {
        if kind == .numeric, citation.isParenthetical { return renderNumericGroup(citation) }
        var pieces: [Citation.Rendering.Piece] = []
        func text(_ string: String) { Self.append(string, to: &pieces) }
        if citation.isParenthetical { text("(") }
        for (position, item) in citation.items.enumerated() {
            // Chicago's `collapse="year"`: the same names again, with nothing between, give only a year.
            if kind == .authorDate, citation.isParenthetical, position > 0, item.prefix.isEmpty, !item.suppressesAuthor,
               let entry = entry(item.key), let previous = self.entry(citation.items[position - 1].key),
               citation.items[position - 1].suffix.isEmpty, !citation.items[position - 1].suppressesAuthor,
               !entry.authors.isEmpty, names(entry) == names(previous) {
                text(terms.comma)
                pieces.append(.reference(key: entry.key, text: (entry.year ?? terms.noDate) + (labels[entry.key] ?? "")))
                text(suffixText(item.suffix))
                continue
            }
            if position > 0 { text(kind == .numeric ? terms.comma : terms.groupSeparator) }
            guard let entry = entry(item.key) else {
                text((item.prefix.isEmpty ? "" : item.prefix + " ") + "?@" + item.key)
                continue
            }
            let suffix = suffixText(item.suffix)
            let prefix = item.prefix.isEmpty ? "" : item.prefix + " "
            switch kind {
            case .numeric:
                // Glorot and Bengio [1, p. 3]: the number alone is the link, as pandoc links it.
                text(prefix + (item.suppressesAuthor ? "" : names(entry) + " ") + "[")
                pieces.append(.reference(key: entry.key, text: labels[entry.key] ?? "?"))
                text(suffix + "]")
            case .authorDate:
                let year = (entry.year ?? terms.noDate) + (labels[entry.key] ?? "")
                let names = names(entry)
                if !citation.isParenthetical {
                    // Glorot and Bengio (2010, 3)
                    text(prefix)
                    pieces.append(.reference(key: entry.key, text: item.suppressesAuthor ? year : names))
                    if !item.suppressesAuthor {
                        text(" (")
                        pieces.append(.reference(key: entry.key, text: year))
                        text(suffix + ")")
                    } else {
                        text(suffix)
                    }
                } else {
                    text(prefix)
                    pieces.append(.reference(key: entry.key, text: item.suppressesAuthor ? year : names + " " + year))
                    text(suffix)
                }
            }
        }
        if citation.isParenthetical { text(")") }
        return Citation.Rendering(pieces)
    }

    /// `[1, 3–5, p. 7]`: the works of a bracketed numeric citation in the order of their numbers,
    /// three or more consecutive numbers without prefix or suffix collapsed into a range.
    private func renderNumericGroup(_ citation: Citation) -> Citation.Rendering {
        var pieces: [Citation.Rendering.Piece] = [.text("[")]
        let items = citation.items.enumerated().sorted { first, second in
            let (a, b) = (labels[first.element.key].flatMap(Int.init) ?? .max, labels[second.element.key].flatMap(Int.init) ?? .max)
            return a != b ? a < b : first.offset < second.offset
        }.map(\.element)
        let number = { (item: Citation.Item) -> Int? in
            item.prefix.isEmpty && item.suffix.isEmpty ? self.labels[item.key].flatMap(Int.init) : nil
        }
        var index = 0
        while index < items.count {
            if index > 0 { Self.append(terms.comma, to: &pieces) }
            let item = items[index]
            guard entry(item.key) != nil else {
                Self.append((item.prefix.isEmpty ? "" : item.prefix + " ") + "?@" + item.key, to: &pieces)
                index += 1
                continue
            }
            var last = index
            if let first = number(item) {
                while last + 1 < items.count, number(items[last + 1]) == first + (last + 1 - index) { last += 1 }
            }
            if last - index >= 2 {
                pieces.append(.reference(key: item.key, text: labels[item.key]!))
                Self.append("–", to: &pieces)
                pieces.append(.reference(key: items[last].key, text: labels[items[last].key]!))
                index = last + 1
                continue
            }
            Self.append(item.prefix.isEmpty ? "" : item.prefix + " ", to: &pieces)
            pieces.append(.reference(key: item.key, text: labels[item.key] ?? "?"))
            Self.append(suffixText(item.suffix), to: &pieces)
            index += 1
        }
        Self.append("]", to: &pieces)
        return Citation.Rendering(pieces)
    }

    /// The text after a key: its locator as the style writes it, then the rest as typed.
    private func suffixText(_ suffix: String) -> String {
        guard !suffix.isEmpty else { return "" }
        guard let locator = Locator(suffix: suffix) else {
            return (suffix.first == "," ? "" : terms.comma.trimmingWhitespace() + " ") + suffix
        }
        if kind == .authorDate, locator.kind == .page { return terms.comma + Self.chicagoPageRange(locator.value) + locator.rest }
        let label = terms.locatorLabels[locator.kind].map { locator.isPlural ? $0.plural : $0.singular } ?? locator.kind.rawValue
        return terms.comma + label + " " + locator.value + locator.rest
    }

    /// Appends text to the last text piece, or as a new piece.
    private static func append(_ string: String, to pieces: inout [Citation.Rendering.Piece]) {
        guard !string.isEmpty else { return }
        if case .text(let last)? = pieces.last { pieces[pieces.count - 1] = .text(last + string) } else { pieces.append(.text(string)) }
    }

    /// The names a citation of `entry` shows, told apart from other cited people's.
    private func names(_ entry: BibliographyEntry) -> String {
        Self.names(entry.authors, terms: terms, fallback: entry.title, shown: shownNames)
    }

    /// citeproc's given-name disambiguation: where cited people share a family name, each is
    /// called by initials and family name ("J. Smith", "M. Smith"), or by the whole given name
    /// when the initials are shared too.
    static func disambiguatedNames(_ people: [PersonName]) -> [PersonName: String] {
        var shown: [PersonName: String] = [:]
        for group in Dictionary(grouping: Set(people), by: \.citedName).values where Set(group.map(\.given)).count > 1 {
            let initials = Dictionary(grouping: group) { person in
                person.given.split { $0 == " " || $0 == "-" }.compactMap(\.first).map { "\($0)." }.joined(separator: " ")
            }
            for (written, sharing) in initials {
                for person in sharing where !person.given.isEmpty {
                    shown[person] = (sharing.count == 1 ? written : person.given) + " " + person.citedName
                }
            }
        }
        return shown
    }

    /// The names a citation shows: "A", "A and B", "A, B, and C", "A et al." for four or more.
    static func names(_ authors: [PersonName], terms: CitationTerms, fallback: String? = nil, shown: [PersonName: String] = [:]) -> String {
        let cited = authors.map { shown[$0] ?? $0.citedName }
        switch cited.count {
        case 0: return fallback.map { "“\($0)”" } ?? "?"
        case 1: return cited[0]
        case 2: return "\(cited[0]) \(terms.and) \(cited[1])"
        case 3: return "\(cited[0])\(terms.comma)\(cited[1])\(terms.comma)\(terms.and) \(cited[2])"
        default: return "\(cited[0]) \(terms.etAl)"
        }
    }

    private static func sortKey(_ entry: BibliographyEntry) -> [String] {
        let names = entry.authors.flatMap { [$0.family.lowercased(), $0.given.lowercased()] }
        return [names.first ?? (entry.title ?? "").lowercased()] + [names.joined(separator: " "), entry.year ?? "", (entry.title ?? "").lowercased()]
    }

    // MARK: References

    func referenceList() -> ReferenceList {
        ReferenceList(title: terms.references, entries: ordered.map { entry in
            ReferenceList.Entry(key: entry.key, label: kind == .numeric ? "[\(labels[entry.key] ?? "?")]" : nil, content: reference(entry))
        }, isNumeric: kind == .numeric)
    }
}
