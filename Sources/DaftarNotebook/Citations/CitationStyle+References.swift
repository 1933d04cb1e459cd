/// The entries of the references section: Chicago author–date's forms for articles, books,
/// chapters, papers in proceedings, theses and reports, and IEEE's for the numeric style.
extension CitationStyle {
    func reference(_ entry: BibliographyEntry) -> [MarkdownInline] {
        var inlines: [MarkdownInline] = []
        func text(_ string: String) {
            guard !string.isEmpty else { return }
            if case .text(let last)? = inlines.last { inlines[inlines.count - 1] = .text(last + string) } else { inlines.append(.text(string)) }
        }
        func italic(_ string: String) { inlines.append(.emphasis([.text(string)])) }
        let isContained = ["article-journal", "chapter", "paper-conference", "article", "article-magazine", "article-newspaper"].contains(entry.type)
        let title = entry.title ?? ""
        switch kind {
        case .authorDate:
            let year = (entry.year ?? terms.noDate) + (labelSuffix(entry.key))
            text(Self.bibliographyNames(entry.authors, terms: terms, invertFirst: true))
            if !entry.authors.isEmpty { text(entry.authors.count == 1 && entry.authors[0].given.isEmpty ? ". " : Self.endsWithPeriod(inlines) ? " " : ". ") }
            text(year + ". ")
            if isContained || entry.type == "thesis" || entry.type == "report" || entry.type == "manuscript" || entry.type == "webpage" {
                text("“" + title + Self.period(title) + "”")
            } else if !title.isEmpty {
                italic(title)
                text(Self.period(title))
            }
            if entry.type == "article-journal" || entry.type == "article", let journal = entry.containerTitle {
                text(" ")
                italic(journal)
                if let volume = entry.volume { text(" " + volume) }
                if let issue = entry.issue { text(" (" + issue + ")") }
                if let pages = entry.pages { text(": " + Self.chicagoPageRange(pages)) }
                text(".")
            } else if let container = entry.containerTitle {
                text(" \(terms.inContainer) ")
                italic(container)
                if !entry.editors.isEmpty { text(", \(terms.editedBy) " + Self.bibliographyNames(entry.editors, terms: terms, invertFirst: false)) }
                if let pages = entry.pages { text(", " + Self.chicagoPageRange(pages)) }
                text(".")
            }
            if let genre = entry.genre, ["thesis", "report", "article"].contains(entry.type) { text(" " + genre + (entry.publisher == nil ? "." : ",")) }
            if let publisher = entry.publisher { text(" " + publisher + ".") }
        case .numeric:
            text(Self.ieeeNames(entry.authors, terms: terms))
            if !entry.authors.isEmpty { text(terms.comma) }
            if isContained || entry.type == "thesis" || entry.type == "report" {
                // English puts the comma inside the quotation marks; other languages after them.
                text(terms.comma == ", " ? "“" + title + ",” " : "“" + title + "”" + terms.comma)
            } else if !title.isEmpty {
                italic(title)
                text(". ")
            }
            var parts: [String] = []
            if let container = entry.containerTitle {
                if entry.type != "article-journal" { text("\(terms.inContainer) ") }
                italic(container)
                text(terms.comma)
            }
            if let volume = entry.volume { parts.append("\(terms.volume) \(volume)") }
            if let issue = entry.issue { parts.append("\(terms.number) \(issue)") }
            if let genre = entry.genre, ["thesis", "report", "article"].contains(entry.type) { parts.append(genre) }
            if let publisher = entry.publisher { parts.append(publisher) }
            if let pages = entry.pages { parts.append("\(terms.pages) \(pages)") }
            parts.append(entry.year ?? terms.noDate)
            text(parts.joined(separator: terms.comma) + ".")
        }
        if let doi = entry.doi {
            let link = Self.isWebAddress(doi) ? doi : "https://doi.org/" + doi
            text(" ")
            inlines.append(.link(destination: link, title: "", content: [.text(link)]))
            text(".")
        } else if let url = entry.url {
            text(" ")
            inlines.append(Self.isWebAddress(url) ? .link(destination: url, title: "", content: [.text(url)]) : .text(url))
            text(".")
        }
        return inlines
    }

    /// Whether a reference's address is a web one (`http:`, `https:`), which alone becomes a link:
    /// a bibliography comes from anywhere, and its `javascript:` or `data:` URL must stay text.
    static func isWebAddress(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    private func labelSuffix(_ key: String) -> String {
        kind == .authorDate ? (labelOrNil(key) ?? "") : ""
    }

    /// "Glorot, Xavier, and Yoshua Bengio": the first name inverted, the rest not; ten or fewer
    /// in full, else seven and "et al." (Chicago's rule for reference lists).
    static func bibliographyNames(_ names: [PersonName], terms: CitationTerms, invertFirst: Bool) -> String {
        let shown = names.count > 10 ? Array(names.prefix(7)) : names
        let written = shown.enumerated().map { index, name in
            if name.given.isEmpty { return name.citedName }
            return index == 0 && invertFirst ? "\(name.citedName), \(name.given)" : "\(name.given) \(name.citedName)"
        }
        var text: String
        switch written.count {
        case 0: return ""
        case 1: text = written[0]
        case 2 where !invertFirst: text = "\(written[0]) \(terms.and) \(written[1])"
        default: text = written.dropLast().joined(separator: terms.comma) + "\(terms.comma)\(terms.and) " + written.last!
        }
        if names.count > 10 { text = written.joined(separator: terms.comma) + "\(terms.comma)\(terms.etAl)" }
        return text
    }

    /// IEEE's "X. Glorot and Y. Bengio": initials, six or fewer in full, else the first and "et al.".
    static func ieeeNames(_ names: [PersonName], terms: CitationTerms) -> String {
        let written = names.map { name -> String in
            let initials = name.given.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first).map { "\($0)." }.joined(separator: " ")
            return initials.isEmpty ? name.citedName : initials + " " + name.citedName
        }
        switch written.count {
        case 0: return ""
        case 1: return written[0]
        case 2: return "\(written[0]) \(terms.and) \(written[1])"
        case 3...6: return written.dropLast().joined(separator: terms.comma) + "\(terms.comma)\(terms.and) " + written.last!
        default: return "\(written[0]) \(terms.etAl)"
        }
    }

    /// A page range shortened as the Chicago Manual of Style shortens it (CSL's `chicago` page-range
    /// format): `3–10`, `100–104`, `101–8`, `157–66`, `1496–1504`; anything else as written.
    static func chicagoPageRange(_ pages: String) -> String {
        let parts = pages.split(separator: "–", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), last > first,
              parts[0].count == parts[1].count, first >= 100, first % 100 != 0 else { return pages }
        let start = Array(parts[0]), end = Array(parts[1])
        var common = zip(start, end).prefix { $0 == $1 }.count
        // 101–109: the changed digits only; otherwise at least two; all of a four-digit number when
        // three or more change (the 16th edition's rule).
        if first % 100 >= 10 { common = min(common, end.count - 2) }
        if common == 0 || (end.count == 4 && end.count - common >= 3) { return pages }
        return String(parts[0]) + "–" + String(end[common...])
    }

    /// A full stop unless the title ends with its own punctuation.
    static func period(_ title: String) -> String {
        guard let last = title.last else { return "" }
        return ".?!".contains(last) ? "" : "."
    }

    static func endsWithPeriod(_ inlines: [MarkdownInline]) -> Bool {
        if case .text(let text)? = inlines.last { return text.hasSuffix(".") }
        return false
    }
}
