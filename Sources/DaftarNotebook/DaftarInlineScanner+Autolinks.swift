/// GitHub's extended autolinks (the GFM specification's `autolink` extension): `www.` and
/// `http://`, `https://`, `ftp://` followed by a valid domain, and e-mail addresses, recognised in
/// text without angle brackets. Trailing punctuation, unbalanced closing parentheses and a final
/// entity-like `&name;` are not part of the link, as cmark-gfm decides.
extension DaftarInlineScanner {
    /// A `www.` or scheme autolink starting at `start`.
    func extendedAutolink(at start: Int, in range: Range<Int>) -> Found? {
        let first = bytes[start]
        guard first == UInt8(ascii: "w") || first == UInt8(ascii: "h") || first == UInt8(ascii: "f") else { return nil }
        if start > range.lowerBound {
            let before = bytes[start - 1]
            guard before.isWhitespace || "*_~(".utf8.contains(before) else { return nil }
        }
        let end = range.upperBound
        var domainStart: Int
        var prefix = ""
        if hasBytes("www.", at: start, before: end) {
            domainStart = start
            prefix = "http://"
        } else if let scheme = ["http://", "https://", "ftp://"].first(where: { hasBytes($0, at: start, before: end) }) {
            domainStart = start + scheme.utf8.count
        } else {
            return nil
        }
        guard let domainEnd = validDomain(from: domainStart, before: end, allowShort: prefix.isEmpty) else { return nil }
        var linkEnd = domainEnd
        while linkEnd < end, !bytes[linkEnd].isWhitespace, bytes[linkEnd] != .lessThan { linkEnd += 1 }
        linkEnd = trimmingDelimiters(start..<linkEnd)
        guard linkEnd > domainStart else { return nil }
        let text = String(decoding: bytes[start..<linkEnd], as: UTF8.self)
        return Found(range: start..<linkEnd, kind: .autolink(destination: prefix + text, text: text))
    }

    /// An e-mail address around the `@` at `at`, not reaching back before `floor`.
    func emailAutolink(at: Int, in range: Range<Int>, after floor: Int?) -> Found? {
        let lower = max(range.lowerBound, floor ?? range.lowerBound)
        var start = at
        while start > lower, bytes[start - 1].isASCIIAlphanumeric || ".+-_".utf8.contains(bytes[start - 1]) { start -= 1 }
        guard start < at else { return nil }
        var end = at + 1
        var periods = 0
        while end < range.upperBound {
            let byte = bytes[end]
            if byte.isASCIIAlphanumeric || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                end += 1
            } else if byte == UInt8(ascii: "."), end + 1 < range.upperBound, bytes[end + 1].isASCIIAlphanumeric {
                periods += 1
                end += 1
            } else {
                break
            }
        }
        guard periods > 0, bytes[end - 1].isASCIILetter || bytes[end - 1] == UInt8(ascii: ".") else { return nil }
        let linkEnd = trimmingDelimiters(start..<end)
        guard linkEnd > at + 1 else { return nil }
        let text = String(decoding: bytes[start..<linkEnd], as: UTF8.self)
        return Found(range: start..<linkEnd, kind: .autolink(destination: "mailto:" + text, text: text))
    }

    /// The end of a valid domain (segments of letters, digits, `-` and `_` between periods, no
    /// `_` in the last two), or nil.
    private func validDomain(from start: Int, before end: Int, allowShort: Bool) -> Int? {
        var index = start
        var periods = 0, underscoresBefore = 0, underscores = 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                periods += 1
            } else if !(byte >= 0x80 || byte.isASCIIAlphanumeric || byte == UInt8(ascii: "-")) {
                break
            }
            index += 1
        }
        guard index > start, underscoresBefore == 0, underscores == 0, allowShort || periods > 0 else { return nil }
        return index
    }

    /// cmark-gfm's `autolink_delim`: the end without trailing punctuation, unmatched `)` or an entity.
    private func trimmingDelimiters(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound {
            let last = bytes[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var entityStart = end - 2
                while entityStart > range.lowerBound, bytes[entityStart].isASCIIAlphanumeric { entityStart -= 1 }
                end = entityStart < end - 2 && bytes[entityStart] == UInt8(ascii: "&") ? entityStart : end - 1
            } else if last == .rightParenthesis {
                let opening = bytes[range.lowerBound..<end].count { $0 == .leftParenthesis }
                let closing = bytes[range.lowerBound..<end].count { $0 == .rightParenthesis }
                guard closing > opening else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    private func hasBytes(_ text: String, at start: Int, before end: Int) -> Bool {
        let needle = Array(text.utf8)
        return end - start >= needle.count && bytes[start..<start + needle.count].elementsEqual(needle)
    }
}

extension UInt8 {
    var isASCIIAlphanumeric: Bool { isASCIILetter || isDigit }
}
