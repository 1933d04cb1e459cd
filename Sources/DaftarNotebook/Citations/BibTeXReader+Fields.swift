/// BibTeX's entry types and fields mapped to CSL's, as pandoc's BibTeX reader maps them.
extension BibTeXReader {
    static func cslType(_ type: String) -> String {
        switch type {
        case "article": "article-journal"
        case "book", "booklet": "book"
        case "inbook", "incollection": "chapter"
        case "inproceedings", "conference": "paper-conference"
        case "proceedings": "book"
        case "phdthesis", "mastersthesis", "thesis": "thesis"
        case "techreport", "report": "report"
        case "online", "electronic", "www": "webpage"
        case "unpublished": "manuscript"
        default: "document"
        }
    }

    static func fill(_ entry: inout BibliographyEntry, bibTeXType: String, fields: [String: String]) {
        func text(_ name: String) -> String? { fields[name].map(LaTeXText.plain).flatMap { $0.isEmpty ? nil : $0 } }
        entry.authors = fields["author"].map(names) ?? []
        entry.editors = fields["editor"].map(names) ?? []
        entry.title = text("title")
        entry.containerTitle = text("journal") ?? text("journaltitle") ?? text("booktitle")
        entry.year = text("year") ?? text("date").map { String($0.prefix(4)) }
        entry.volume = text("volume")
        entry.issue = text("number") ?? text("issue")
        entry.pages = text("pages")
        entry.publisher = text("publisher") ?? text("school") ?? text("institution") ?? text("organization")
        entry.genre = text("type") ?? (bibTeXType == "phdthesis" ? "PhD thesis" : bibTeXType == "mastersthesis" ? "Master's thesis" : nil)
        entry.url = fields["url"]
        entry.doi = fields["doi"]
        // An arXiv preprint (`eprint` with `archivePrefix` or `eprinttype` arXiv) is CSL's `article`.
        if let eprint = text("eprint"), (text("archiveprefix") ?? text("eprinttype"))?.lowercased() == "arxiv" {
            if entry.type == "document" { entry.type = "article" }
            entry.genre = entry.genre ?? "arXiv:" + eprint
            entry.url = entry.url ?? "https://arxiv.org/abs/" + eprint
        }
    }

    /// `A and B and C`, each `Family, Given`, `Given Family` or `{Organisation Name}`.
    static func names(_ field: String) -> [PersonName] {
        splitAtDepthZero(field, separator: " and ").compactMap { raw in
            let name = raw.trimmingWhitespace()
            guard !name.isEmpty else { return nil }
            if name.hasPrefix("{"), name.hasSuffix("}"), splitAtDepthZero(name, separator: " ").count == 1 {
                return PersonName(family: LaTeXText.plain(name))
            }
            let parts = splitAtDepthZero(name, separator: ",").map { $0.trimmingWhitespace() }
            if parts.count >= 2 {
                let (particle, family) = particleAndFamily(parts[0])
                return PersonName(family: family, given: LaTeXText.plain(parts[parts.count - 1]), particle: particle)
            }
            let words = splitAtDepthZero(name, separator: " ").filter { !$0.isEmpty }
            guard words.count > 1 else { return PersonName(family: LaTeXText.plain(name)) }
            // "Ludwig van Beethoven": the first lower-case word starts the particle and family.
            let firstLower = words.dropFirst().dropLast().firstIndex { $0.first?.isLowercase == true } ?? words.count - 1
            let given = words[..<firstLower].joined(separator: " ")
            let (particle, family) = particleAndFamily(words[firstLower...].joined(separator: " "))
            return PersonName(family: family, given: LaTeXText.plain(given), particle: particle)
        }
    }

    /// `van der Berg` → (`van der`, `Berg`).
    private static func particleAndFamily(_ text: String) -> (String, String) {
        let words = splitAtDepthZero(text, separator: " ").filter { !$0.isEmpty }
        let particleCount = words.dropLast().prefix { $0.first?.isLowercase == true }.count
        return (LaTeXText.plain(words.prefix(particleCount).joined(separator: " ")),
                LaTeXText.plain(words.dropFirst(particleCount).joined(separator: " ")))
    }

    /// `text` split at `separator` where no braces are open.
    static func splitAtDepthZero(_ text: String, separator: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        var rest = Substring(text)
        while let first = rest.first {
            if depth == 0, rest.hasPrefix(separator) {
                parts.append(current)
                current = ""
                rest = rest.dropFirst(separator.count)
                continue
            }
            if first == "{" { depth += 1 }
            if first == "}" { depth = max(depth - 1, 0) }
            current.append(first)
            rest = rest.dropFirst()
        }
        parts.append(current)
        return parts
    }
}

/// LaTeX in BibTeX values as plain text: accents (`{\"u}`, `\'{e}`, `\c c`) as characters,
/// `--` and `---` as dashes, `~` as a no-break space, `\&`-style escapes as their character,
/// braces dropped.
enum LaTeXText {
    private static let accents: [Character: Unicode.Scalar] = [
        "\"": "\u{308}", "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "~": "\u{303}", "=": "\u{304}",
        ".": "\u{307}", "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}", "c": "\u{327}", "k": "\u{328}", "r": "\u{30A}",
    ]
    private static let symbols: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "textendash": "–", "textemdash": "—", "LaTeX": "LaTeX", "TeX": "TeX",
    ]

    static func plain(_ latex: String) -> String {
        var output = ""
        var chars = Array(latex)
        chars = chars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }
        var index = 0
        func argument() -> String {
            while index < chars.count, chars[index] == " " { index += 1 }
            guard index < chars.count else { return "" }
            if chars[index] == "{" {
                var depth = 0
                var text = ""
                repeat {
                    if chars[index] == "{" { depth += 1 } else if chars[index] == "}" { depth -= 1 }
                    if depth > 0, !(depth == 1 && chars[index] == "{") { text.append(chars[index]) }
                    index += 1
                } while index < chars.count && depth > 0
                return text
            }
            defer { index += 1 }
            return String(chars[index])
        }
        while index < chars.count {
            let char = chars[index]
            switch char {
            case "\\":
                index += 1
                guard index < chars.count else { break }
                let next = chars[index]
                if let accent = accents[next], !(next.isLetter && index + 1 < chars.count && chars[index + 1].isLetter) {
                    index += 1
                    let base = plain(argument())
                    var scalars = String.UnicodeScalarView()
                    scalars.append(contentsOf: base.unicodeScalars.prefix(1))
                    scalars.append(accent)
                    scalars.append(contentsOf: base.unicodeScalars.dropFirst())
                    output += String(String(scalars).precomposedStringWithCanonicalMapping)
                } else if next.isLetter {
                    var name = ""
                    while index < chars.count, chars[index].isLetter { name.append(chars[index]); index += 1 }
                    if let symbol = symbols[name] {
                        output += symbol
                        if index < chars.count, chars[index] == " " { index += 1 }
                    } else if ["emph", "textit", "textbf", "textsc", "mkbibquote", "url", "texttt"].contains(name) {
                        output += plain(argument())
                    }
                } else {
                    output.append(next)
                    index += 1
                }
            case "{", "}":
                index += 1
            case "~":
                output += "\u{00A0}"
                index += 1
            case "-":
                if index + 2 < chars.count, chars[index + 1] == "-", chars[index + 2] == "-" {
                    output += "—"; index += 3
                } else if index + 1 < chars.count, chars[index + 1] == "-" {
                    output += "–"; index += 2
                } else {
                    output += "-"; index += 1
                }
            case " ":
                if !output.hasSuffix(" ") { output += " " }
                index += 1
            default:
                output.append(char)
                index += 1
            }
        }
        return output.trimmingWhitespace()
    }
}
