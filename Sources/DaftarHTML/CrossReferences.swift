/// `@fig-name` in prose, Quarto's cross-reference syntax, becomes a link to the figure with its
/// number ("Figure 2"); a label no figure has is shown as `?@fig-name`, as Quarto shows it.
enum CrossReferences {
    /// `text` as HTML: references linked, the text between them through `plain`.
    static func html(in text: String, figures: [String: Int], figureWord: String, plain: (String) -> String) -> String {
        // A byte scan first: Foundation's substring search folds grapheme clusters and cost 8% of
        // a whole render when it ran on every text run.
        guard text.utf8.contains(UInt8(ascii: "@")), text.contains("@fig-") else { return plain(text) }
        var html = ""
        var rest = Substring(text)
        while let at = rest.range(of: "@fig-") {
            let before = rest[..<at.lowerBound]
            let label = "fig-" + rest[at.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            let precededByWord = before.last.map { $0.isLetter || $0.isNumber } ?? false
            guard !precededByWord, label.count > 4 else {
                html += plain(String(rest[..<at.upperBound]))
                rest = rest[at.upperBound...]
                continue
            }
            html += plain(String(before))
            if let number = figures[label] {
                html += "<a href=\"#\(HTMLEscaping.escape(label))\" class=\"cross-ref\">\(HTMLEscaping.escape(figureWord)) \(number)</a>"
            } else {
                html += "<strong class=\"cross-ref-missing\">?@\(HTMLEscaping.escape(label))</strong>"
            }
            rest = rest[rest.index(at.upperBound, offsetBy: label.count - 4)...]
        }
        return html + plain(String(rest))
    }
}
