/// Appends SVG markup to a string: text escaped, numbers in tenths of a unit, no other choices,
/// so that the same chart always gives the same bytes.
struct SVGWriter {
    private(set) var text = ""

    /// Appends markup as given.
    mutating func raw(_ markup: String) { text += markup }

    /// Appends a `<text>` element at (`x`, `y`), anchored by its left, middle or right edge
    /// whatever the writing direction; right-to-left text gets `direction="rtl"`.
    mutating func label(_ content: String, x: Double, y: Double, anchor: Anchor = .left, attributes: String = "") {
        let rtl = BidiText.isRightToLeft(content)
        let anchorValue: String
        switch anchor {
        case .middle: anchorValue = "middle"
        case .left: anchorValue = rtl ? "end" : "start"
        case .right: anchorValue = rtl ? "start" : "end"
        }
        var element = "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchorValue != "start" { element += " text-anchor=\"\(anchorValue)\"" }
        if rtl { element += " direction=\"rtl\" unicode-bidi=\"embed\"" }
        if !attributes.isEmpty { element += " " + attributes }
        text += element + ">" + Markup.escape(content) + "</text>"
    }

    /// Where a label's anchor point sits on it.
    enum Anchor { case left, middle, right }

    /// A coordinate or length to one decimal place, without a trailing `.0`, never `-0`.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.magnitude < 1e15 else { return value > 0 ? "1e15" : "-1e15" }
        return tenthsText(Int(tenths))
    }

    /// An integer count of tenths written as a decimal: 125 → `12.5`, −5 → `-.5`, 30 → `3`.
    static func tenthsText(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let whole = tenths.magnitude / 10, fraction = tenths.magnitude % 10
        if fraction == 0 { return sign + String(whole) }
        return sign + (whole == 0 ? "" : String(whole)) + "." + String(fraction)
    }
}

/// Escaping shared by SVG and HTML output.
enum Markup {
    /// Text escaped for an element's content or a quoted attribute value, scalar by scalar (`<`
    /// followed by a combining mark is one Character but still a `<` to a parser); characters
    /// XML forbids or HTML reports (controls other than tab, line feed and carriage return,
    /// U+007F–U+009F, U+FFFE, U+FFFF) become U+FFFD. Among them is U+0001, where `ChartDocument`
    /// puts the chart's id, so no text can place it.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "\t", "\n", "\r": result.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{FFFE}", "\u{FFFF}": result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}

/// Rough text widths, for laying out legends and margins without font metrics: the average
/// advance of a proportional sans-serif font is a little over half its size.
enum TextMetrics {
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.58
    }
}

/// Which way a piece of text runs, by its first strong character (Unicode's rule P2).
enum BidiText {
    /// True when the first letter of `text` is Arabic, Hebrew, Syriac, Thaana or N'Ko script.
    static func isRightToLeft(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x0590...0x08FF).contains(value) || (0xFB1D...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value) {
                return true
            }
            if scalar.properties.isAlphabetic { return false }
        }
        return false
    }
}
