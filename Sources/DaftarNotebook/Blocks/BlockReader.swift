/// Reads a text's Markdown blocks: Daftar's block syntax (tables, divs, definition lists, display
/// math) found first, CommonMark by cmark, then Daftar's inline syntax, then the blocks cmark does
/// not know put in place of their markers.
///
/// The same reader parses the notebook's body and, recursively, each table cell, term and caption
/// on its own, with `locate` mapping positions in the text it reads to the notebook's.
struct BlockReader {
    let path: String
    /// Maps a 1-based line and byte column of the text being read to the notebook.
    let locate: (_ line: Int, _ column: Int) -> SourceLocation
    let syntax: BlockSyntaxScanner
    /// Link reference definitions of the enclosing texts, which a fragment's links may use.
    let inheritedDefinitions: String
    /// Bare URLs and e-mail addresses are links (`from: markdown+autolink_bare_uris`).
    let bareURIs: Bool
    /// `~a~` is strikethrough and there are no scripts (`from: gfm`).
    var gfmStrikethrough = false
    /// Pandoc's `fancy_lists` and `raw_tex` (`\\begin{align}` in prose is math): off for `commonmark` and `gfm`.
    var fancyLists = true, mathEnvironments = true
    /// How deep this text may nest, and whether its spans, notes, cells, terms and captions may be
    /// parsed again on their own (each level parses its content again: ten thousand nested `^[`
    /// would otherwise be parsed ten thousand times).
    var budget = NestingBudget()
    var diagnostics: [Diagnostic] = []
    /// Pandoc's fancy and example lists the scanner found, by where their first marker is in the notebook.
    var listStyles: [SourceLocation: (style: ListNumberStyle, start: Int, examples: [ExampleItem])] = [:]
    /// `linkDefinitions` by normalised label, made the first time a fragment needs them.
    private var definitionsByLabel: [String: String]?

    /// The blocks of `text`, with problems appended to `diagnostics`.
    static func parse(_ text: String, path: String, locate: @escaping (_ line: Int, _ column: Int) -> SourceLocation,
                      linkDefinitions: String = "", bareURIs: Bool = false, gfmStrikethrough: Bool = false,
                      fancyLists: Bool = true, mathEnvironments: Bool = true, budget: NestingBudget = NestingBudget(),
                      diagnostics: inout [Diagnostic]) -> [MarkdownBlock] {
        var reader = BlockReader(path: path, locate: locate,
                                 syntax: BlockSyntaxScanner(text: text, fancyLists: fancyLists, mathEnvironments: mathEnvironments,
                                                            maximumDivDepth: budget.depth),
                                 inheritedDefinitions: linkDefinitions, bareURIs: bareURIs, gfmStrikethrough: gfmStrikethrough,
                                 fancyLists: fancyLists, mathEnvironments: mathEnvironments, budget: budget)
        for (position, style) in reader.syntax.orderedListStyles {
            reader.listStyles[locate(position.line, position.column)] = (style.style, style.start, style.examples.map { example in
                ExampleItem(label: example.label, location: locate(example.position.line, example.position.column))
            })
        }
        let blocks = reader.fold(InlineDelimiters.applying(to: reader.commonMarkBlocks(text), gfm: gfmStrikethrough))
        diagnostics += reader.diagnostics
        return blocks
    }

    /// CommonMark blocks of the masked text with math and expressions as nodes of their own: a first
    /// parse finds the paragraphs and headings, the scanner finds Daftar syntax in their source, and a
    /// second parse reads the text with that syntax replaced by tokens.
    private mutating func commonMarkBlocks(_ text: String) -> [MarkdownBlock] {
        for warning in syntax.warnings {
            diagnostics.append(Diagnostic(.warning, warning.message, at: locate(warning.line, warning.column)))
        }
        let body = syntax.bytes
        let bodyFile = SourceFile(path: path, text: text)
        let masked = syntax.maskedText
        let maskedFile = SourceFile(path: path, text: masked)
        let firstParse = CommonMarkReader(parsing: masked, maximumDepth: budget.depth, locate: locate)
        if let place = firstParse.depthLimitReached {
            diagnostics.append(Diagnostic(.warning, "blocks or inlines nest more than \(budget.depth) deep here; the rest is shown as text", at: place))
        }
        let at = { [locate] (offset: Int) -> SourceLocation in
            let position = bodyFile.location(ofOffset: offset)
            return locate(position.line, position.column)
        }
        // Paragraphs and headings have the same lines and columns in both texts.
        let toMasked = { (offset: Int) -> Int in
            let position = bodyFile.location(ofOffset: offset)
            return maskedFile.offset(line: position.line, column: position.column)
        }
        var items: [InlinePlaceholders.Item] = []
        for region in firstParse.inlineRegions {
            let start = bodyFile.offset(line: region.startLine, column: region.startColumn)
            let end = min(bodyFile.offset(line: region.endLine, column: region.endColumn) + 1, body.count)
            guard start < end else { continue }
            var scanner = DaftarInlineScanner(bytes: body, continuationIndent: region.startColumn - 1)
            scanner.bareURIs = bareURIs
            scanner.mathEnvironments = mathEnvironments
            var unclosed: [Int] = []
            let found = scanner.scan(start..<end) { unclosed.append($0) }
            for offset in unclosed {
                diagnostics.append(Diagnostic(.warning, "math is opened here but never closed; it is shown as text", at: at(offset)))
            }
            for found in found {
                var codeLocation: SourceLocation?
                if case .expression(_, let codeStart) = found.kind { codeLocation = at(codeStart) }
                var moved = found
                moved.range = toMasked(found.range.lowerBound)..<toMasked(found.range.upperBound)
                var item = InlinePlaceholders.Item(found: moved, location: at(found.range.lowerBound), codeLocation: codeLocation,
                                                   textLine: bodyFile.location(ofOffset: found.range.lowerBound).line)
                switch found.kind {
                case .span where budget.inner == nil, .inlineNote where budget.inner == nil:
                    // Left to cmark as the text it is.
                    if let warning = budget.exhaustedWarning(at: item.location) { diagnostics.append(warning) }
                    continue
                case .span(_, let content), .inlineNote(let content):
                    item.content = inlines(fragment(content, in: body, file: bodyFile, continuationIndent: region.startColumn - 1))
                default:
                    break
                }
                items.append(item)
            }
        }
        // cmark can report a setext heading as ending on the next block's line, so two regions may
        // overlap: an item found twice is kept once.
        items.sort { $0.found.range.lowerBound < $1.found.range.lowerBound }
        var kept: [InlinePlaceholders.Item] = []
        for item in items where item.found.range.lowerBound >= (kept.last?.found.range.upperBound ?? 0) { kept.append(item) }
        items = kept
        guard !items.isEmpty else { return firstParse.blocks }
        let maskedBytes = Array(masked.utf8)
        let placeholders = InlinePlaceholders(items: items, text: masked)
        let (substituted, _) = placeholders.substitute(in: maskedBytes)
        let substitutedFile = SourceFile(path: path, text: substituted)
        let secondParse = CommonMarkReader(parsing: substituted, maximumDepth: budget.depth) { [locate] line, column in
            // Lines and columns in the substituted text back to the masked text's, which are the body's.
            let offset = placeholders.originalOffset(ofSubstituted: substitutedFile.offset(line: line, column: column))
            let position = maskedFile.location(ofOffset: offset)
            return locate(position.line, position.column)
        }
        return placeholders.resolve(secondParse.blocks, original: maskedBytes)
    }

    /// The inlines of a one-paragraph fragment (a pipe table's cell, a term, a caption), read as a
    /// paragraph whatever its first characters: a punctuation mark before it keeps `# x` or `1. y`
    /// from starting a block, and is taken off again.
    mutating func inlines(_ fragment: FragmentText) -> [MarkdownInline] {
        guard !fragment.isBlank else { return [] }
        guard let inner = innerBudget(for: fragment) else { return [.text(fragment.text)] }
        let lead = "\u{2E3A}"
        let width = lead.utf8.count
        let definitions = definitions(usedIn: fragment.text)
        let blocks = Self.parse(lead + fragment.text + (definitions.isEmpty ? "" : "\n\n" + definitions), path: path, locate: { [locate] line, column in
            let position = fragment.parentPosition(line: line, column: line == 1 ? max(column - width, 1) : column)
            return locate(position.line, position.column)
        }, linkDefinitions: definitions, bareURIs: bareURIs, gfmStrikethrough: gfmStrikethrough,
           fancyLists: fancyLists, mathEnvironments: mathEnvironments, budget: inner, diagnostics: &diagnostics)
        guard blocks.count == 1, case .paragraph(var content) = blocks[0] else {
            return [.text(fragment.text)]
        }
        if case .text(let first) = content.first, first.hasPrefix(lead) {
            let rest = String(first.dropFirst())
            if rest.isEmpty { content.removeFirst() } else { content[0] = .text(rest) }
        }
        return content
    }

    /// The blocks of a fragment (a grid table's cell).
    mutating func blocks(_ fragment: FragmentText) -> [MarkdownBlock] {
        guard !fragment.isBlank else { return [] }
        guard let inner = innerBudget(for: fragment) else { return [.paragraph([.text(fragment.text)])] }
        let definitions = definitions(usedIn: fragment.text)
        return Self.parse(fragment.text + (definitions.isEmpty ? "" : "\n\n" + definitions), path: path, locate: { [locate] line, column in
            let position = fragment.parentPosition(line: line, column: column)
            return locate(position.line, position.column)
        }, linkDefinitions: definitions, bareURIs: bareURIs, gfmStrikethrough: gfmStrikethrough,
           fancyLists: fancyLists, mathEnvironments: mathEnvironments, budget: inner, diagnostics: &diagnostics)
    }

    /// The budget to read a fragment of this text with, or nil (and the read's one warning, at the
    /// fragment) when this text is as deep as re-parsing goes.
    private mutating func innerBudget(for fragment: FragmentText) -> NestingBudget? {
        if let inner = budget.inner { return inner }
        let start = fragment.parentPosition(line: 1, column: 1)
        if let warning = budget.exhaustedWarning(at: locate(start.line, start.column)) { diagnostics.append(warning) }
        return nil
    }

    /// Every link reference definition a fragment of this text may use.
    private var linkDefinitions: String { inheritedDefinitions + syntax.linkDefinitions }

    /// The definitions a fragment may use, to append after a blank line to its text (they render as
    /// nothing): those whose label it holds in brackets, looked up by label, so that a table of a
    /// thousand cells and a thousand definitions is not a million definitions parsed.
    private mutating func definitions(usedIn text: String) -> String {
        guard !linkDefinitions.isEmpty else { return "" }
        if definitionsByLabel == nil {
            definitionsByLabel = [:]
            for line in linkDefinitions.split(separator: "\n") {
                let label = Self.normalizedLabel(line.dropFirst().prefix { $0 != "]" })
                definitionsByLabel![label] = (definitionsByLabel![label] ?? "") + line + "\n"
            }
        }
        var used: [String] = []
        var seen: Set<String> = []
        var opened: String.Index?
        for index in text.indices {
            if text[index] == "[" {
                opened = text.index(after: index)
            } else if text[index] == "]", let start = opened {
                let label = Self.normalizedLabel(text[start..<index])
                if let definition = definitionsByLabel![label], seen.insert(label).inserted { used.append(definition) }
                opened = nil
            }
        }
        return used.joined()
    }

    /// A link label as CommonMark matches it: case-folded, with runs of whitespace one space.
    private static func normalizedLabel(_ label: Substring) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
