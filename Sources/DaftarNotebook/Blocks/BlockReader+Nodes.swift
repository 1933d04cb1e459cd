/// Turns the marker HTML blocks the scanner left for cmark into tables, divs and definition
/// lists, and gives cmark's own blocks their Daftar meaning: `{=html}` fences are raw blocks, and
/// `[ ]` or `[x]` opening a list item is a task checkbox.
extension BlockReader {
    mutating func fold(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var index = 0
        while index < blocks.count {
            switch blocks[index] {
            case .htmlBlock(let html):
                guard let item = syntax.item(forHTML: html) else {
                    result.append(.htmlBlock(syntax.restoringMarkers(in: html)))
                    index += 1
                    continue
                }
                switch syntax.items[item] {
                case .table(let source):
                    result.append(.table(table(source)))
                    index += 1
                case .divOpen(let attributes, let line, let column, _):
                    let close = matchingClose(in: blocks, after: index)
                    var content = fold(Array(blocks[(index + 1)..<(close ?? blocks.count)]))
                    let callout = Callout.make(attributes: attributes, blocks: &content) { title in
                        // A title's Markdown, placed at the fence (the attribute's own column is not kept).
                        var text = FragmentText()
                        text.append(Array(title.utf8), sourceLine: line, sourceColumn: column)
                        return inlines(text)
                    }
                    var div = MarkdownDiv(attributes: attributes, blocks: content, location: locate(line, column), callout: callout)
                    // Quarto's table and figure divs: the last paragraph is the caption.
                    if div.label != nil, content.count >= 2, case .paragraph(let caption) = content.last {
                        div.caption = caption
                        div.blocks.removeLast()
                    }
                    result.append(.div(div))
                    index = (close ?? blocks.count) + 1
                case .divClose:
                    index += 1  // a fence that closes a div opened in another container
                case .term:
                    result += definitionList(blocks, from: &index)
                case .footnoteDefinition(let label, let text, let line, let column):
                    result.append(.footnoteDefinition(FootnoteDefinition(label: label, blocks: self.blocks(text), location: locate(line, column))))
                    index += 1
                }
            case .blockQuote(let content):
                result.append(.blockQuote(fold(content)))
                index += 1
            case .list(var list):
                list.items = list.items.map { fold($0) }
                if let location = list.location, let style = listStyles[location] {
                    list.numberStyle = style.style
                    list.start = style.start
                    list.examples = style.examples
                }
                Self.takeTaskCheckboxes(&list)
                result.append(.list(list))
                index += 1
            case .codeBlock(var code):
                code.code = syntax.restoringMarkers(in: code.code)
                if let format = Self.rawFormat(code.info) {
                    result.append(.rawBlock(format: format, text: code.code))
                } else {
                    result.append(.codeBlock(code))
                }
                index += 1
            case .paragraph(let content):
                result.append(.paragraph(Self.labellingEquations(restoringMarkers(in: content))))
                index += 1
            case .heading(var heading):
                heading.content = restoringMarkers(in: heading.content)
                result.append(.heading(Self.takingAttributes(heading)))
                index += 1
            default:
                result.append(blocks[index])
                index += 1
            }
        }
        return result
    }

    /// Inlines with markers cmark read as raw HTML (a fence line that continued a paragraph) turned
    /// back into their text.
    private func restoringMarkers(in inlines: [MarkdownInline]) -> [MarkdownInline] {
        inlines.map { inline in
            switch inline {
            case .html(let html):
                let restored = syntax.restoringMarkers(in: html)
                return restored == html ? inline : .text(restored)
            case .emphasis(let content): return .emphasis(restoringMarkers(in: content))
            case .strong(let content): return .strong(restoringMarkers(in: content))
            case .link(let destination, let title, let content):
                return .link(destination: destination, title: title, content: restoringMarkers(in: content))
            default: return inline
            }
        }
    }

    /// The close marker that pairs with the div opened at `open`, at the same level.
    private func matchingClose(in blocks: [MarkdownBlock], after open: Int) -> Int? {
        var depth = 0
        for index in (open + 1)..<blocks.count {
            guard case .htmlBlock(let html) = blocks[index], let item = syntax.item(forHTML: html) else { continue }
            switch syntax.items[item] {
            case .divOpen: depth += 1
            case .divClose:
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    /// Consecutive terms, each with the list cmark read its definitions as.
    private mutating func definitionList(_ blocks: [MarkdownBlock], from index: inout Int) -> [MarkdownBlock] {
        var items: [MarkdownDefinitionList.Item] = []
        while index < blocks.count, case .htmlBlock(let html) = blocks[index], let item = syntax.item(forHTML: html),
              case .term(let term, let count, let loose) = syntax.items[item] {
            var definitions: [[MarkdownBlock]] = []
            var isTight = !loose
            index += 1
            var rest: MarkdownList?
            if index < blocks.count, case .list(let list) = blocks[index], !list.isOrdered {
                definitions = list.items.prefix(count).map { fold($0) }
                isTight = isTight && list.isTight
                if list.items.count > count {
                    rest = list
                    rest!.items.removeFirst(count)
                }
                index += 1
            }
            items.append(MarkdownDefinitionList.Item(term: inlines(term), definitions: definitions, isTight: isTight))
            if let rest {
                // Items cmark merged into the definitions' list are a list of their own.
                return [.definitionList(MarkdownDefinitionList(items: items))] + fold([.list(rest)])
            }
        }
        return [.definitionList(MarkdownDefinitionList(items: items))]
    }

    private mutating func table(_ source: BlockSyntaxScanner.TableSource) -> MarkdownTable {
        let columns = source.alignments.count
        func row(_ cells: [FragmentText]) -> [MarkdownTable.Cell] {
            // Missing cells are empty, extra ones dropped (as GitHub does).
            (0..<columns).map { column in
                guard column < cells.count else { return MarkdownTable.Cell([]) }
                if source.isGrid { return MarkdownTable.Cell(blocks(cells[column])) }
                let content = inlines(cells[column])
                return MarkdownTable.Cell(content.isEmpty ? [] : [.paragraph(content)])
            }
        }
        let header = source.header.map { row($0) }
        let rows = source.rows.map { row($0) }
        return MarkdownTable(alignments: source.alignments, header: header, rows: rows,
                             caption: source.caption.flatMap { caption in
                                 // `: {tbl-colwidths="[50,50]"}` gives attributes and no caption.
                                 let content = inlines(caption)
                                 return content.isEmpty ? nil : content
                             }, attributes: source.captionAttributes,
                             location: locate(source.line, source.column))
    }

    /// `html` from ```` ```{=html} ````: the format of a raw fence.
    static func rawFormat(_ info: String) -> String? {
        let word = info.trimmingWhitespace()
        guard word.hasPrefix("{="), word.hasSuffix("}"), word.count > 3 else { return nil }
        let format = word.dropFirst(2).dropLast()
        return format.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? String(format) : nil
    }

    /// GitHub's task list items: a list item whose first paragraph opens with `[ ]`, `[x]` or `[X]`
    /// and a space gets a checkbox, and loses the brackets (the space stays).
    static func takeTaskCheckboxes(_ list: inout MarkdownList) {
        var tasks: [Bool?] = []
        for (number, item) in list.items.enumerated() {
            guard case .paragraph(let content) = item.first else { tasks.append(nil); continue }
            let leadingTexts = content.prefix { if case .text = $0 { true } else { false } }
            let text = leadingTexts.map { if case .text(let text) = $0 { text } else { "" } }.joined()
            let box = text.prefix(3)
            guard box == "[ ]" || box == "[x]" || box == "[X]",
                  text.count > 3 ? text.dropFirst(3).first!.isWhitespace : content.count > leadingTexts.count
                  && [MarkdownInline.softBreak, .lineBreak].contains(content[leadingTexts.count]) else {
                tasks.append(nil)
                continue
            }
            let rest = String(text.dropFirst(3))
            var newContent: [MarkdownInline] = rest.isEmpty ? [] : [.text(rest)]
            newContent += content.dropFirst(leadingTexts.count)
            list.items[number][0] = .paragraph(newContent)
            tasks.append(box != "[ ]")
        }
        if tasks.contains(where: { $0 != nil }) { list.tasks = tasks }
    }
}
