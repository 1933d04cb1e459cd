/// Finds the block syntax CommonMark does not know — tables, fenced divs, definition lists — and
/// display math whose lines CommonMark would take for block structure, in a text's lines before
/// cmark parses them.
///
/// It hands cmark a masked copy of the text with the same lines: a table becomes one HTML comment
/// spanning its lines, a div fence or a term a one-line comment (`<!--` and a marker naming the
/// item), which cmark keeps as HTML blocks in the right container and which `BlockReader` turns
/// back into nodes; a definition's `:` becomes a list marker `-`, so that cmark parses the
/// definition's blocks; inside multi-line `$$…$$`, a character that would start a block (`- y`,
/// `# x`, `=`) is hidden so that the math stays one paragraph.
struct BlockSyntaxScanner {
    enum Item {
        case table(TableSource)
        /// `closed`: whether a closing fence was found.
        case divOpen(Attributes, line: Int, column: Int, closed: Bool)
        case divClose
        /// A term: its text, and how many definitions follow; `loose` when a blank line comes before them.
        case term(FragmentText, definitions: Int, loose: Bool)
        /// `[^label]: text` and its indented continuation, unindented.
        case footnoteDefinition(label: String, FragmentText, line: Int, column: Int)
    }

    struct Line {
        var start: Int, end: Int
        /// Where the content starts after container prefixes (spaces, `>`).
        var contentStart: Int
        /// Where a block starts after the prefixes and any list markers (`- - ``` x` → the fence).
        var blockStart: Int
    }

    let bytes: [UInt8]
    private(set) var lines: [Line] = []
    var items: [Item] = []
    /// Problems found, at (line, column) of the text.
    private(set) var warnings: [(message: String, line: Int, column: Int)] = []
    /// The private-use scalar around marker numbers.
    let markerScalar: Unicode.Scalar
    /// New text from a byte offset to the line's end, by line index.
    var replacements: [Int: (from: Int, bytes: [UInt8])] = [:]
    /// Lines taken by a table, a caption or a fence.
    var taken: Set<Int> = []
    /// The text's one-line link reference definitions (`[label]: /url "title"`), for the fragments
    /// parsed on their own (cells, terms, captions) to resolve `[label]` as the document does.
    var linkDefinitions = ""
    /// The text each item's marker replaced, for a marker cmark did not keep as a block of its own.
    private(set) var originals: [String] = []
    /// Lines that are most likely an indented code block: nothing in them is Daftar syntax.
    private(set) var indentedCode: [Bool] = []
    /// The term whose definitions are being read, and the line of its last definition.
    var currentTerm: Int?
    var lastDefinitionLine: Int?
    /// Whether pandoc's fancy and example lists are read (`BlockSyntaxScanner+OrderedLists`).
    let fancyLists: Bool
    /// Whether `\\begin{align}` in prose is math, whose lines must keep out of block structure.
    let mathEnvironments: Bool
    /// How deep divs nest before the rest is text (`NestingBudget.depth`).
    let maximumDivDepth: Int
    /// The lists the current line may be inside, outermost first.
    var openLists: [OpenList] = []
    /// The lists cmark cannot number as pandoc does, by their first marker's position.
    var orderedListStyles: [Position: OrderedListStyle] = [:]
    var previousLineWasBlank = true, previousLineIsText = false, lastLineWasListItem = false

    init(text: String, fancyLists: Bool = true, mathEnvironments: Bool = true, maximumDivDepth: Int = NestingBudget.maximumDepth) {
        self.maximumDivDepth = maximumDivDepth
        self.fancyLists = fancyLists
        self.mathEnvironments = mathEnvironments
        bytes = Array(text.utf8)
        let used = text.utf8.contains { $0 == 0xEF } ? Set(text.unicodeScalars) : []
        markerScalar = (0xF8F0...0xF8FF).reversed().lazy.compactMap(Unicode.Scalar.init).first { !used.contains($0) } ?? "\u{F8FF}"
        lines = Self.lines(of: bytes, fancyLists: fancyLists)
        indentedCode = findIndentedCode()
        scan()
    }

    /// The marker comment that stands for item `index`: `<!--` + marker, and `-->` when it is one line.
    func marker(_ index: Int) -> String { "<!--\(Character(markerScalar))\(index)\(Character(markerScalar))" }

    /// The item a marker HTML block stands for.
    func item(forHTML html: String) -> Int? {
        let prefix = "<!--\(Character(markerScalar))"
        // cmark keeps a block's indentation beyond its container's in the literal.
        let html = html.drop { $0 == " " }
        guard html.hasPrefix(prefix) else { return nil }
        let digits = html.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
        return Int(digits).flatMap { items.indices.contains($0) ? $0 : nil }
    }

    /// `text` with every marker comment in it (`<!--` marker … `-->`) turned back into the source
    /// it replaced: for markers that cmark read as part of a paragraph, raw HTML or code.
    func restoringMarkers(in text: String) -> String {
        let open = "<!--\(Character(markerScalar))"
        guard text.contains(open) else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: open) {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            guard let index = Int(digits), originals.indices.contains(index), let close = after.range(of: "-->") else {
                result += rest[start]
                rest = after
                continue
            }
            result += originals[index]
            rest = after[close.upperBound...]
        }
        return result + rest
    }

    /// The text cmark parses: the same lines, with found syntax masked.
    var maskedText: String {
        guard !replacements.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        for (index, line) in lines.enumerated() {
            guard let replacement = replacements[index] else { continue }
            output += bytes[position..<replacement.from]
            output += replacement.bytes
            position = line.end
        }
        output += bytes[position...]
        return String(decoding: output, as: UTF8.self)
    }

    func content(_ index: Int) -> ArraySlice<UInt8> { bytes[lines[index].contentStart..<lines[index].end] }
    /// The line after its prefixes and list markers: where a fence or a div fence may start.
    func blockContent(_ index: Int) -> ArraySlice<UInt8> { bytes[lines[index].blockStart..<lines[index].end] }
    func prefix(_ index: Int) -> ArraySlice<UInt8> { bytes[lines[index].start..<lines[index].contentStart] }
    func isBlank(_ index: Int) -> Bool { index < 0 || index >= lines.count || content(index).allSatisfy { $0 == .space || $0 == .tab } }
    /// The 1-based column of a line's content.
    func contentColumn(_ index: Int) -> Int { lines[index].contentStart - lines[index].start + 1 }

    /// Masks lines `range` as one HTML comment standing for a new item.
    mutating func mask(_ range: ClosedRange<Int>, as item: Item, fromBlockStart: Bool = false) {
        items.append(item)
        let from = fromBlockStart ? lines[range.lowerBound].blockStart : lines[range.lowerBound].contentStart
        originals.append(String(decoding: bytes[from..<lines[range.upperBound].end], as: UTF8.self))
        let open = Array(marker(items.count - 1).utf8)
        func replace(_ index: Int, _ text: [UInt8]) {
            replacements[index] = (fromBlockStart ? lines[index].blockStart : lines[index].contentStart, text)
        }
        if range.count == 1 {
            replace(range.lowerBound, open + Array("-->".utf8))
        } else {
            replace(range.lowerBound, open)
            for index in range.dropFirst().dropLast() { replace(index, [UInt8(ascii: ".")]) }
            replace(range.upperBound, Array("-->".utf8))
        }
        taken.formUnion(range)
    }

    mutating func warn(_ message: String, line index: Int, column: Int? = nil) {
        warnings.append((message, index + 1, column ?? contentColumn(index)))
    }

    private mutating func scan() {
        var fence: (byte: UInt8, length: Int)?
        // Item indices; nil for an opening line whose attributes could not be read (MyST's
        // `:::{note}`), so that its closing `:::` is text too without a second warning.
        var openDivs: [Int?] = []
        var warnedOfDepth = false
        var index = 0
        while index < lines.count {
            let content = content(index)
            if let open = fence {
                if let run = Self.fenceRun(content), run.byte == open.byte, run.length >= open.length,
                   content.dropFirst(run.length).allSatisfy({ $0 == .space || $0 == .tab }) {
                    fence = nil
                    previousLineIsText = false  // a list may follow a fence directly
                }
                index += 1
                continue
            }
            if taken.contains(index) || indentedCode[index] { index += 1; continue }
            trackOrderedLists(at: index)
            if let run = Self.fenceRun(blockContent(index)) {
                fence = run
                index += 1
                continue
            }
            if let end = footnoteDefinition(at: index) { index = end + 1; continue }
            if content.starts(with: Array("$$".utf8)) { maskDisplayMath(from: index) }
            if mathEnvironments, content.starts(with: Array("\\begin{".utf8)) { maskMathEnvironment(from: index) }
            if isBlank(index - 1) || !linkDefinitions.isEmpty, Self.isLinkDefinition(content) {
                linkDefinitions += String(decoding: content, as: UTF8.self) + "\n"
            }
            if let div = divFence(index) {
                switch div {
                case .open where openDivs.count >= maximumDivDepth:
                    // Too deep to fold without overflowing the stack: it and its closing line are text.
                    if !warnedOfDepth {
                        warnedOfDepth = true
                        warn("divs nest more than \(maximumDivDepth) deep here; the rest is shown as text", line: index)
                    }
                    openDivs.append(nil)
                case .open(let attributes):
                    mask(index...index, as: .divOpen(attributes, line: index + 1, column: lines[index].blockStart - lines[index].start + 1,
                                                     closed: false), fromBlockStart: true)
                    openDivs.append(items.count - 1)
                case .close:
                    if let popped = openDivs.popLast() {
                        guard let open = popped else { index += 1; continue }
                        if case .divOpen(let attributes, let line, let column, _) = items[open] {
                            items[open] = .divOpen(attributes, line: line, column: column, closed: true)
                        }
                        mask(index...index, as: .divClose, fromBlockStart: true)
                    } else {
                        warn("this `:::` closes no div; it is shown as text", line: index)
                    }
                }
                index += 1
                continue
            }
            if blockContent(index).starts(with: Array(":::".utf8)), content.contains(UInt8(ascii: "{")) {
                warn("these div attributes cannot be read (expected `{#id .class key=value}`); the line is shown as text", line: index)
                openDivs.append(nil)
            }
            if let end = table(at: index) { index = end + 1; continue }
            if let (caption, start) = captionBeforeTable(at: index), let end = table(at: start, captionBefore: caption) {
                index = end + 1
                continue
            }
            if isDefinitionMarker(index) { definition(at: index) }
            index += 1
        }
        for case let open? in openDivs {
            if case .divOpen(_, let line, let column, _) = items[open] {
                warnings.append(("this div is never closed (a line of `:::` ends it); it runs to the end of its container", line, column))
            }
        }
    }

    /// `[label]: destination …` on one line (the label without brackets or a backslash inside).
    static func isLinkDefinition(_ content: ArraySlice<UInt8>) -> Bool {
        guard content.first == .leftBracket, let close = content.firstIndex(of: .rightBracket), close > content.startIndex + 1,
              close + 1 < content.endIndex, content[close + 1] == .colon else { return false }
        let label = content[(content.startIndex + 1)..<close]
        // `[^label]:` defines a note, never a link (fragments get the link definitions appended, and
        // would read a note definition there again and again).
        return !label.contains(.leftBracket) && !label.contains(.backslash) && label.first != UInt8(ascii: "^")
            && content[(close + 2)...].contains { $0 != .space && $0 != .tab }
    }

    /// Indented code as cmark would see it, approximately: a line indented four spaces or more
    /// after a blank line, below an unindented line that is not a list item (whose continuation it
    /// would be), and the lines indented as much that follow it.
    private func findIndentedCode() -> [Bool] {
        var result = Array(repeating: false, count: lines.count)
        var lastUnindentedIsListItem = false
        var inCode = false
        for index in lines.indices {
            if isBlank(index) { continue }
            let indent = lines[index].contentStart - lines[index].start
            let quoted = prefix(index).contains(.greaterThan)
            if indent < 4 || quoted {
                inCode = false
                lastUnindentedIsListItem = lines[index].blockStart != lines[index].contentStart
                continue
            }
            if !inCode, isBlank(index - 1), !lastUnindentedIsListItem { inCode = true }
            result[index] = inCode
        }
        return result
    }

    /// The character and length of a code fence's opening run (three or more backticks or tildes).
    static func fenceRun(_ content: ArraySlice<UInt8>) -> (byte: UInt8, length: Int)? {
        guard let first = content.first, first == .backtick || first == UInt8(ascii: "~") else { return nil }
        let length = content.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == .backtick, content.dropFirst(length).contains(.backtick) { return nil }
        return (first, length)
    }

    /// The length of a list marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space at `start`.
    private static func listMarkerLength(_ bytes: [UInt8], at start: Int, before end: Int, fancyLists: Bool) -> Int? {
        // Pandoc's `iv)`, `(b)`, `#.` too, so that a fence or a div in such an item is found.
        if fancyLists, let marker = ListMarker.read(bytes, at: start, before: end), !marker.isCommonMark,
           start + marker.width < end, bytes[start + marker.width] == .space {
            return marker.width + 1
        }
        var index = start
        while index < end, bytes[index].isDigit, index - start < 9 { index += 1 }
        if index > start {
            guard index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == .rightParenthesis else { return nil }
        } else {
            guard index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "*") else { return nil }
        }
        index += 1
        guard index < end, bytes[index] == .space else { return nil }
        return index + 1 - start
    }

    private static func lines(of bytes: [UInt8], fancyLists: Bool) -> [Line] {
        var lines: [Line] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != .newline { end += 1 }
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            var contentStart = start
            while contentStart < contentEnd, bytes[contentStart] == .space || bytes[contentStart] == .greaterThan {
                contentStart += 1
            }
            var blockStart = contentStart
            while let marker = listMarkerLength(bytes, at: blockStart, before: contentEnd, fancyLists: fancyLists) {
                blockStart += marker
                var spaces = 0
                while blockStart + spaces < contentEnd, bytes[blockStart + spaces] == .space { spaces += 1 }
                // Five spaces or more after a marker start indented code in the item: no block syntax there.
                guard spaces < 4 else { break }
                blockStart += spaces
            }
            lines.append(Line(start: start, end: contentEnd, contentStart: contentStart, blockStart: blockStart))
            start = end + 1
        }
        return lines
    }
}
