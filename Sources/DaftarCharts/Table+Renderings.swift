/// A table as semantic HTML, Markdown and plain text.
extension Table {
    /// `<table>` with a `<caption>`, header cells scoped to their column or row, and numbers
    /// right-aligned (`class="num"`) and isolated left to right, so that a minus sign stays in
    /// front of its number inside an Arabic page.
    public var html: String {
        let alignments = self.alignments
        func attributes(_ column: Int) -> String {
            switch alignments[column] {
            case .start: ""
            case .center: " class=\"center\""
            case .right: " class=\"num\""
            }
        }
        var html = "<table class=\"daftar-table\">\n"
        if let caption { html += "<caption>\(Markup.escape(caption))</caption>\n" }
        html += "<thead>\n<tr>"
        for (index, column) in columns.enumerated() {
            html += "<th scope=\"col\"\(attributes(index))>\(Markup.escape(column.title))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in rows.indices {
            html += "<tr>"
            for column in columns.indices {
                let text = Markup.escape(self.text(row: row, column: column, minus: .typographic))
                let content = rows[row][column].isNumeric ? "<span dir=\"ltr\">\(text)</span>" : text
                if rowHeaders, column == 0 {
                    html += "<th scope=\"row\"\(attributes(column))>\(content)</th>"
                } else {
                    html += "<td\(attributes(column))>\(content)</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    /// A pipe table (GitHub's and pandoc's), with pandoc's `Table:` caption line after it.
    public var markdown: String {
        func cell(_ text: String) -> String {
            text.replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
        }
        let rule = alignments.map { alignment -> String in
            switch alignment {
            case .start: ":---"
            case .center: ":---:"
            case .right: "---:"
            }
        }
        var lines = ["| " + columns.map { cell($0.title) }.joined(separator: " | ") + " |", "| " + rule.joined(separator: " | ") + " |"]
        for row in rows.indices {
            lines.append("| " + columns.indices.map { cell(text(row: row, column: $0, minus: .hyphen)) }.joined(separator: " | ") + " |")
        }
        if let caption { lines += ["", "Table: " + caption] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns padded to line up in a monospaced font (the terminal, Jupyter's `text/plain`),
    /// numbers on the right, the caption above.
    public var text: String {
        let alignments = self.alignments
        let cells = [columns.map(\.title)] + rows.indices.map { row in columns.indices.map { text(row: row, column: $0, minus: .hyphen) } }
        let widths = columns.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        func line(_ values: [String]) -> String {
            var parts: [String] = []
            for (column, value) in values.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - value.count)
                switch alignments[column] {
                case .right: parts.append(padding + value)
                case .center:
                    let left = padding.count / 2
                    parts.append(String(repeating: " ", count: left) + value + String(repeating: " ", count: padding.count - left))
                case .start: parts.append(value + padding)
                }
            }
            var joined = parts.joined(separator: "  ")
            while joined.hasSuffix(" ") { joined.removeLast() }
            return joined
        }
        var lines = caption.map { [$0] } ?? []
        lines.append(line(cells[0]))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += cells.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// This string with every occurrence of `target` replaced (no Foundation here).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
