/// The two citation styles Daftar writes, a subset of citeproc's behaviour:
///
/// - author–date, after the Chicago Manual of Style's: "(Glorot and Bengio 2010)", in the text
///   "Glorot and Bengio (2010)"; one, two or three authors named, four or more as "First et al.";
///   works by the same names in the same year told apart by year suffixes ("2010a", "2010b");
///   references sorted by the first author's family and given names, then year, then title;
/// - numeric, after IEEE's: "[1]", numbered in order of first citation, the references in that order.
///
/// Prefixes and suffixes (locators included) are written as the author typed them.
struct CitationStyle {
    let kind: Bibliography.Style
    let terms: CitationTerms
    /// The cited works in the order the style lists them.
    private let ordered: [BibliographyEntry]
    /// A numeric style's number, or an author–date style's year suffix, by key.
    private let labels: [String: String]

    init(kind: Bibliography.Style, terms: CitationTerms, cited: [BibliographyEntry]) {
        self.kind = kind
        self.terms = terms
        switch kind {
        case .numeric:
            ordered = cited
            labels = Dictionary(uniqueKeysWithValues: cited.enumerated().map { ($1.key, String($0 + 1)) })
        case .authorDate:
            ordered = cited.sorted { Self.sortKey($0).lexicographicallyPrecedes(Self.sortKey($1)) }
            var suffixes: [String: String] = [:]
            let groups = Dictionary(grouping: ordered) { Self.names($0.authors, terms: terms) + "|" + ($0.year ?? "") }
            for entry in ordered {
                guard let group = groups[Self.names(entry.authors, terms: terms) + "|" + (entry.year ?? "")], group.count > 1,
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
        var pieces: [Citation.Rendering.Piece] = []
        func text(_ string: String) {
            guard !string.isEmpty else { return }
            if case .text(let last)? = pieces.last { pieces[pieces.count - 1] = .text(last + string) } else { pieces.append(.text(string)) }
        }
        let (open, close) = kind == .numeric ? ("[", "]") : ("(", ")")
        if citation.isParenthetical { if kind == .authorDate { text(open) } }
        for (position, item) in citation.items.enumerated() {
            // Chicago's `collapse="year"`: the same names again, with nothing between, give only a year.
            if kind == .authorDate, citation.isParenthetical, position > 0, item.prefix.isEmpty, !item.suppressesAuthor,
               let entry = entry(item.key), let previous = self.entry(citation.items[position - 1].key),
               citation.items[position - 1].suffix.isEmpty, !citation.items[position - 1].suppressesAuthor,
               !entry.authors.isEmpty, Self.names(entry.authors, terms: terms) == Self.names(previous.authors, terms: terms) {
                text(terms.comma)
                pieces.append(.reference(key: entry.key, text: (entry.year ?? terms.noDate) + (labels[entry.key] ?? "")))
                text(item.suffix.isEmpty ? "" : (item.suffix.first == "," ? "" : terms.comma.trimmingWhitespace() + " ") + item.suffix)
                continue
            }
            if position > 0 { text(kind == .numeric ? terms.comma : terms.groupSeparator) }
            guard let entry = entry(item.key) else {
                text((item.prefix.isEmpty ? "" : item.prefix + " ") + "?@" + item.key)
                continue
            }
            let suffix = item.suffix.isEmpty ? "" : (item.suffix.first == "," ? "" : terms.comma.trimmingWhitespace() + " ") + item.suffix
            let prefix = item.prefix.isEmpty ? "" : item.prefix + " "
            switch kind {
            case .numeric:
                let label = "[" + (labels[entry.key] ?? "?") + (suffix.isEmpty ? "" : suffix) + "]"
                if !citation.isParenthetical, !item.suppressesAuthor {
                    text(prefix + Self.names(entry.authors, terms: terms, fallback: entry.title) + " ")
                    pieces.append(.reference(key: entry.key, text: label))
                } else {
                    text(prefix)
                    pieces.append(.reference(key: entry.key, text: label))
                }
            case .authorDate:
                let year = (entry.year ?? terms.noDate) + (labels[entry.key] ?? "")
                let names = Self.names(entry.authors, terms: terms, fallback: entry.title)
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
        if citation.isParenthetical, kind == .authorDate { text(close) }
        return Citation.Rendering(pieces)
    }

    /// The names a citation shows: "A", "A and B", "A, B, and C", "A et al." for four or more.
    static func names(_ authors: [PersonName], terms: CitationTerms, fallback: String? = nil) -> String {
        let cited = authors.map(\.citedName)
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
