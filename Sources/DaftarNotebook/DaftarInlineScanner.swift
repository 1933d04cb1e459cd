/// Finds Daftar's inline syntax — math spans, `{swift}` expressions and `@fig-` cross-references — in the raw source of one
/// paragraph or heading, before CommonMark sees it, so that Markdown never touches their content.
///
/// Like pandoc, it gives code spans, autolinks, raw HTML and backslash escapes their CommonMark
/// precedence: a `$` inside any of them, or written `\$`, is never math.
struct DaftarInlineScanner {
    /// One piece of Daftar syntax: its bytes in the file and what it is.
    struct Found {
        enum Kind: Equatable {
            case math(MathSpan.Delimiter, tex: String)
            /// `codeStart`: the offset of the code's first byte, after `{swift}` and spaces.
            case expression(code: String, codeStart: Int)
            case crossReference(label: String, kind: CrossReference.Kind)
            /// GitHub's extended autolink: `www.…`, `https://…`, an e-mail address.
            case autolink(destination: String, text: String)
            /// `{#id .class key=value}` right after a link, an image or a code span.
            case attributes(Attributes)
            /// `[content]{attributes}`, pandoc's bracketed span.
            case span(Attributes, content: Range<Int>)
            /// `[^label]`.
            case footnoteReference(label: String)
            /// `^[content]`.
            case inlineNote(content: Range<Int>)
            /// `\~` or `\^`: a character that never opens or closes strikeout or a script.
            case escapedDelimiter(Character)
            /// A citation, or a bracketed cross-reference (`[-@fig-x]`, `[@fig-a; @fig-b]`).
            case citation(CitationSyntax)
        }
        var range: Range<Int>
        var kind: Kind
    }

    let bytes: [UInt8]
    /// Bytes of continuation-line prefixes (list indentation, `>` markers) to drop from multi-line math.
    let continuationIndent: Int
    /// Whether bare URLs and e-mail addresses are links (pandoc's `autolink_bare_uris`, GitHub's
    /// extended autolinks): off by default, as in pandoc's Markdown and CommonMark.
    var bareURIs = false
    /// Whether `\\begin{align}…\\end{align}` in prose is display math (pandoc's `raw_tex`).
    var mathEnvironments = true
    /// Each `[`'s matching `]`, found once for the text (`DaftarInlineScanner+Brackets`).
    let bracketPairs = BracketPairs()
    /// Closers searched for and not found, so that a line of ten thousand unclosed openers is
    /// searched once, not once per opener.
    let absentClosers = AbsentClosers()

    /// Scans `range` of `bytes`; `unclosed` receives the offset of each `\\(`, `\\[` or `$$` never closed.
    func scan(_ range: Range<Int>, unclosed: (Int) -> Void) -> [Found] {
        var found: [Found] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            switch bytes[i] {
            case .backslash:
                if mathEnvironments, let environment = mathEnvironment(at: i, before: end) {
                    found.append(environment)
                    i = environment.range.upperBound
                    continue
                }
                if i + 2 < end, bytes[i + 1] == .backslash, bytes[i + 2] == .leftParenthesis || bytes[i + 2] == .leftBracket {
                    let isDisplay = bytes[i + 2] == .leftBracket
                    let closer: [UInt8] = [.backslash, .backslash, isDisplay ? .rightBracket : .rightParenthesis]
                    if let close = firstOccurrence(of: closer, from: i + 3, before: end), close > i + 3 {
                        found.append(Found(range: i..<close + 3, kind: .math(
                            isDisplay ? .backslashBracket : .backslashParenthesis, tex: tex(i + 3..<close))))
                        i = close + 3
                        continue
                    }
                    unclosed(i)
                }
                if i + 1 < end, bytes[i + 1] == UInt8(ascii: "~") || bytes[i + 1] == UInt8(ascii: "^") {
                    found.append(Found(range: i..<(i + 2), kind: .escapedDelimiter(Character(Unicode.Scalar(bytes[i + 1])))))
                }
                i += i + 1 < end && bytes[i + 1].isASCIIPunctuation ? 2 : 1
            case .backtick:
                let run = runLength(of: .backtick, at: i, before: end)
                guard let close = closingBackticks(length: run, from: i + run, before: end) else {
                    i += run
                    continue
                }
                if let (code, codeStart) = expressionCode(i + run..<close) {
                    found.append(Found(range: i..<close + run, kind: .expression(code: code, codeStart: codeStart)))
                }
                i = close + run
            case .lessThan:
                i = endOfTagOrAutolink(at: i, before: end) ?? i + 1
            case .leftBracket, UInt8(ascii: "^"), UInt8(ascii: "{"):
                if let extended = bracketSyntax(at: i, in: range) {
                    found.append(extended)
                    // A span's content is read on its own; its inner syntax is not this paragraph's.
                    i = extended.range.upperBound
                } else {
                    i += 1
                }
            case .at:
                if let group = bracketedCitation(at: i, in: range, after: found.last?.range.upperBound) {
                    found.append(group)
                    i = group.range.upperBound
                } else if let reference = crossReference(at: i, in: range) {
                    found.append(reference)
                    i = reference.range.upperBound
                } else if bareURIs, let email = emailAutolink(at: i, in: range, after: found.last?.range.upperBound) {
                    found.append(email)
                    i = email.range.upperBound
                } else if let citation = inTextCitation(at: i, in: range) {
                    found.append(citation)
                    i = citation.range.upperBound
                } else {
                    i += 1
                }
            case .dollar:
                if i + 1 < end, bytes[i + 1] == .dollar {
                    if let close = firstOccurrence(of: [.dollar, .dollar], from: i + 2, before: end), close > i + 2 {
                        found.append(Found(range: i..<close + 2, kind: .math(.doubleDollar, tex: tex(i + 2..<close))))
                        i = close + 2
                    } else {
                        // `$$` that opens a line or touches text was meant as math; one that stands
                        // between spaces mid-sentence is prose that mentions it (pandoc shows both as text).
                        if startsLine(i, in: range) || (i + 2 < end && !bytes[i + 2].isWhitespace) { unclosed(i) }
                        // The rest of a run of `$` opens nothing either: one warning, not one per pair.
                        i += runLength(of: .dollar, at: i, before: end)
                    }
                } else if let close = closingDollar(from: i + 1, before: end) {
                    found.append(Found(range: i..<close + 1, kind: .math(.dollar, tex: tex(i + 1..<close))))
                    i = close + 1
                } else {
                    i += 1
                }
            default:
                if bareURIs, let link = extendedAutolink(at: i, in: range) {
                    found.append(link)
                    i = link.range.upperBound
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    /// Whether only spaces and container prefixes (`>`) stand between the line's start and `offset`.
    private func startsLine(_ offset: Int, in range: Range<Int>) -> Bool {
        var index = offset
        while index > range.lowerBound {
            let byte = bytes[index - 1]
            if byte == .newline { return true }
            guard byte == .space || byte == .tab || byte == .greaterThan else { return false }
            index -= 1
        }
        return true
    }

    /// Pandoc's `$` rule: the opening `$` is followed by a non-space, the closing one is preceded
    /// by a non-space and not followed by a digit; `\$` inside does not close.
    private func closingDollar(from start: Int, before end: Int) -> Int? {
        guard start < end, !bytes[start].isWhitespace, bytes[start] != .dollar,
              !absentClosers.contains([.dollar], from: start, before: end) else { return nil }
        var j = start
        while j < end {
            switch bytes[j] {
            case .backslash:
                j += 2
            case .dollar:
                if !bytes[j - 1].isWhitespace, !(j + 1 < end && bytes[j + 1].isDigit) { return j }
                j += 1
            default:
                j += 1
            }
        }
        absentClosers.record([.dollar], from: start, before: end)
        return nil
    }

    /// The code of a `{swift}` code span, its content normalised as CommonMark normalises code
    /// spans (line endings become spaces; one space is stripped from each end when both have one),
    /// with the offset where the code starts in the source.
    private func expressionCode(_ range: Range<Int>) -> (code: String, start: Int)? {
        var content = bytes[range].filter { $0 != UInt8(ascii: "\r") }.map { $0 == .newline ? .space : $0 }
        if content.count >= 2, content.first == .space, content.last == .space, content.contains(where: { $0 != .space }) {
            content = Array(content.dropFirst().dropLast())
        }
        let marker = Array("{swift}".utf8)
        guard content.starts(with: marker) else { return nil }
        let code = String(decoding: content.dropFirst(marker.count), as: UTF8.self).trimmingWhitespace()
        guard !code.isEmpty, let markerStart = range.first(where: { bytes[$0..<range.upperBound].starts(with: marker) }) else { return nil }
        let afterMarker = String(decoding: bytes[(markerStart + marker.count)..<range.upperBound], as: UTF8.self)
        let spaces = afterMarker.unicodeScalars.prefix { $0.properties.isWhitespace }.reduce(0) { $0 + UTF8.width($1) }
        return (code, markerStart + marker.count + spaces)
    }

    /// The bytes of math content, with container prefixes dropped from continuation lines.
    func tex(_ range: Range<Int>) -> String {
        var result: [UInt8] = []
        var dropping = 0
        for byte in bytes[range] {
            if dropping > 0, byte == .space || byte == .greaterThan || byte == .tab {
                dropping -= 1
                continue
            }
            dropping = 0
            result.append(byte)
            if byte == .newline { dropping = continuationIndent }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func runLength(of byte: UInt8, at start: Int, before end: Int) -> Int {
        var j = start
        while j < end, bytes[j] == byte { j += 1 }
        return j - start
    }

    /// The start of the next run of exactly `length` backticks.
    private func closingBackticks(length: Int, from start: Int, before end: Int) -> Int? {
        let closer = [UInt8](repeating: .backtick, count: length)
        guard !absentClosers.contains(closer, from: start, before: end) else { return nil }
        var j = start
        while j < end {
            guard bytes[j] == .backtick else { j += 1; continue }
            let run = runLength(of: .backtick, at: j, before: end)
            if run == length { return j }
            j += run
        }
        absentClosers.record(closer, from: start, before: end)
        return nil
    }

    private func firstOccurrence(of needle: [UInt8], from start: Int, before end: Int) -> Int? {
        guard end - start >= needle.count, !absentClosers.contains(needle, from: start, before: end) else { return nil }
        for j in start...(end - needle.count) where bytes[j] == needle[0] {
            if bytes[j..<j + needle.count].elementsEqual(needle) { return j }
        }
        absentClosers.record(needle, from: start, before: end)
        return nil
    }

    /// Where an autolink (`<https://…>`, `<a@b.c>`) or a raw HTML tag, comment or processing
    /// instruction starting at `start` ends; nil when `<` starts neither.
    private func endOfTagOrAutolink(at start: Int, before end: Int) -> Int? {
        guard start + 1 < end else { return nil }
        let next = bytes[start + 1]
        if let opener = [("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>")].first(where: { hasPrefix($0.0, at: start, before: end) }) {
            let closer = Array(opener.1.utf8)
            return firstOccurrence(of: closer, from: start + opener.0.utf8.count, before: end).map { $0 + closer.count }
        }
        guard next.isASCIILetter || next == .slash || next == .exclamation else { return nil }
        var j = start + 1
        var quote: UInt8?
        while j < end {
            let byte = bytes[j]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == .greaterThan {
                return j + 1
            } else if byte == .lessThan {
                return nil
            } else if byte == .quote || byte == .apostrophe {
                quote = byte
            }
            j += 1
        }
        return nil
    }

    private func hasPrefix(_ prefix: String, at start: Int, before end: Int) -> Bool {
        let prefixBytes = Array(prefix.utf8)
        return end - start >= prefixBytes.count && bytes[start..<start + prefixBytes.count].elementsEqual(prefixBytes)
    }
}

/// Where a scanner's searches for each closer found none before the end of the range it reads: a
/// search from there or later would find none either (a class, so that a scan can fill it).
final class AbsentClosers {
    private var end = -1
    private var from: [[UInt8]: Int] = [:]

    /// Whether a search for `closer` from `start` is known to find none before `end`.
    func contains(_ closer: [UInt8], from start: Int, before end: Int) -> Bool {
        self.end == end && from[closer].map { $0 <= start } ?? false
    }

    /// Notes that a search for `closer` from `start` found none before `end`.
    func record(_ closer: [UInt8], from start: Int, before end: Int) {
        if self.end != end {
            self.end = end
            from = [:]
        }
        from[closer] = min(start, from[closer] ?? .max)
    }
}

extension UInt8 {
    static let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), space = UInt8(ascii: " ")
    static let backslash = UInt8(ascii: "\\"), backtick = UInt8(ascii: "`"), dollar = UInt8(ascii: "$")
    static let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    static let leftParenthesis = UInt8(ascii: "("), rightParenthesis = UInt8(ascii: ")")
    static let leftBracket = UInt8(ascii: "["), rightBracket = UInt8(ascii: "]")
    static let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), exclamation = UInt8(ascii: "!")
    static let at = UInt8(ascii: "@")

    var isWhitespace: Bool { self == .space || self == .tab || self == .newline || self == UInt8(ascii: "\r") }
    var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    var isASCIILetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self | 0x20) }
    /// CommonMark's ASCII punctuation: the characters a backslash can escape.
    var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self) || (0x7B...0x7E).contains(self)
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}
