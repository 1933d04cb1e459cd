import DaftarNotebook

/// Tables: for `--fragment` exactly as cmark-gfm writes them (`align="center"`), in a report as
/// pandoc does (`style="text-align: center;"`), with the caption — "Table 1: …" when the table is
/// numbered — and its id for cross-references. In a right-to-left report a cell of numbers
/// (digits and no right-to-left letters) is `dir="ltr"`, so that `1, 2` or `-0.5` keep their order.
extension ProseRenderer {
    mutating func renderTable(_ table: MarkdownTable) {
        cr()
        html += "<table"
        if !options.gfmTables { html += table.attributes.html }
        let widths = options.gfmTables ? nil : table.columnWidths
        // Relative widths fill the text's width, as pandoc writes them.
        if widths != nil { html += " style=\"width:100%;\"" }
        html += ">\n"
        if table.caption != nil || table.number != nil {
            html += "<caption>"
            if let number = table.number {
                html += "\(HTMLEscaping.escape(options.tableWord)) \(number)"
                if table.caption != nil { html += ": " }
            }
            renderInlines(table.caption ?? [])
            html += "</caption>\n"
        }
        if let widths {
            html += "<colgroup>\n" + widths.map { "<col style=\"width: \(Self.percent($0))%\" />\n" }.joined() + "</colgroup>\n"
        }
        if let header = table.header {
            html += "<thead>\n"
            renderRow(header, cellTag: "th", alignments: table.alignments)
            html += "</thead>\n"
        }
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows { renderRow(row, cellTag: "td", alignments: table.alignments) }
            html += "</tbody>\n"
        }
        html += "</table>\n"
    }

    private mutating func renderRow(_ cells: [MarkdownTable.Cell], cellTag: String, alignments: [MarkdownTable.Alignment]) {
        html += "<tr>\n"
        for (column, cell) in cells.enumerated() {
            html += "<\(cellTag)"
            let alignment = column < alignments.count ? alignments[column] : .none
            if alignment != .none {
                html += options.gfmTables ? " align=\"\(alignment.rawValue)\"" : " style=\"text-align: \(alignment.rawValue);\""
            }
            if options.isolateSignedNumbers, cell.isNumeric { html += " dir=\"ltr\"" }
            html += ">"
            if case .paragraph(let content) = cell.blocks.first, cell.blocks.count == 1 {
                renderInlines(content)
            } else {
                // Blocks start right after the tag and end right before the closing one, as pandoc writes them.
                html += "\n"
                let start = html.utf8.count
                for block in cell.blocks { render(block, tight: false) }
                html = String(html.utf8.prefix(start - 1))! + String(html.utf8.dropFirst(start))!
                if html.utf8.last == UInt8(ascii: "\n") { html.removeLast() }
            }
            html += "</\(cellTag)>\n"
        }
        html += "</tr>\n"
    }

    /// A column's width as written: `35`, or `33.3` when it has a fraction.
    static func percent(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
