/// A table as semantic HTML, Markdown and plain text.
extension Table {
    /// `<table>` with a `<caption>`, header cells scoped to their column or row, and numbers
    /// right-aligned (`class="num"`) and isolated left to right, so that a minus sign stays in
    /// front of its number inside an Arabic page.
    ///
    /// Every other text is isolated too, so that a page's direction cannot reorder it: in its own
    /// direction (`dir="auto"`) when it has a letter, left to right when it has none (`[−0.17, ∞)`
    /// in an Arabic page would read `(∞ ,0.17−]`).
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
        if let caption { html += "<caption>\(Self.isolated(caption))</caption>\n" }
        html += "<thead>\n<tr>"
        for (index, column) in columns.enumerated() {
            html += "<th scope=\"col\"\(attributes(index))>\(Self.isolated(column.title))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in rows.indices {
            html += "<tr>"
            for column in columns.indices {
                let text = self.text(row: row, column: column, minus: .typographic)
                let content = rows[row][column].isNumeric ? "<span dir=\"ltr\">\(Markup.escape(text))</span>" : Self.isolated(text)
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

    /// `text` escaped, in a span of its own direction, or left to right when it has no letter;
    /// empty text stays empty.
    private static func isolated(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let hasLetter = text.unicodeScalars.contains { $0.properties.isAlphabetic }
        return "<span dir=\"\(hasLetter ? "auto" : "ltr")\">\(Markup.escape(text))</span>"
    }

    /// A pipe table (GitHub's and pandoc's), with pandoc's `Table:` caption line after it.
    ///
    /// Cells hold inline Markdown, so the characters that start inline syntax are backslash-escaped
    /// (`*`, `_`, `` ` ``, `[`, `]`, `<`, `>`, `&`, `~`, `$`, `\`) with the cell separator `|`, and
    /// line breaks become spaces: a cell's text reads as written.
    public var markdown: String {
        func cell(_ text: String) -> String {
            var escaped = ""
            for character in Self.oneLine(text) {
                if "\\|*_`[]<>&~$".contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
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
        if let caption { lines += ["", "Table: " + cell(caption)] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns padded to line up in a monospaced font (the terminal, Jupyter's `text/plain`),
    /// numbers on the right, the caption above; line breaks in a cell become spaces.
    public var text: String {
        let alignments = self.alignments
        let cells = [columns.map { Self.oneLine($0.title) }]
            + rows.indices.map { row in columns.indices.map { Self.oneLine(text(row: row, column: $0, minus: .hyphen)) } }
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
        var lines = caption.map { [Self.oneLine($0)] } ?? []
        lines.append(line(cells[0]))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += cells.dropFirst().map(line)
        return lines.joined(separator: "\n")
    }

    /// `text` with each line break (LF, CR, CRLF, and Unicode's others) replaced by a space.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

extension String {
    /// This string with every occurrence of `target` replaced (no Foundation here).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
