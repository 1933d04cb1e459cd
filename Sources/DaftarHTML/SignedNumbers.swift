/// Keeps signed numbers left to right inside right-to-left text.
///
/// The Unicode bidirectional algorithm already keeps digits in order, but a leading sign is a
/// neutral character: in an Arabic sentence `-6` shows as `6-`. Wrapping the number in
/// `<span dir="ltr">` isolates it, which is what pandoc users do by hand.
enum SignedNumbers {
    /// `text` escaped for HTML, each signed number wrapped in a left-to-right span.
    static func isolated(in text: String) -> String {
        // Most text has no sign at all: `-`, `+`, or the first byte of `−` (E2) or `±` (C2).
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == 0xE2 || $0 == 0xC2 }) else {
            return HTMLEscaping.escape(text)
        }
        let scalars = Array(text.unicodeScalars)
        var html = ""
        var plainStart = 0
        var i = 0
        while i < scalars.count {
            guard isSign(scalars[i]), i + 1 < scalars.count, isDigit(scalars[i + 1]),
                  i == 0 || !continuesWord(scalars[i - 1]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < scalars.count, isDigit(scalars[end])
                || isSeparator(scalars[end]) && end + 1 < scalars.count && isDigit(scalars[end + 1]) {
                end += 1
            }
            html += HTMLEscaping.escape(string(scalars[plainStart..<i]))
            html += "<span dir=\"ltr\">\(HTMLEscaping.escape(string(scalars[i..<end])))</span>"
            plainStart = end
            i = end
        }
        html += HTMLEscaping.escape(string(scalars[plainStart...]))
        return html
    }

    /// `-`, `+`, `−` and `±`. (Comparisons, not a `Set`: a set's first use costs more than
    /// rendering a paragraph.)
    private static func isSign(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "+" || scalar == "\u{2212}" || scalar == "\u{00B1}"
    }

    /// `.`, `,` and the Arabic decimal separator `٫`.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || scalar == "\u{066B}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }

    /// A sign right after a letter or digit is an operator or a hyphen (`GPT-4`, `x-1`), not a sign.
    private static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isDigit(scalar) || scalar == "." || scalar == "_"
    }

    /// Appended one by one: `String.UnicodeScalarView(_:)` of a slice is generic in the standard
    /// library and looks its element type up at run time, at a cost of about 0.1 M instructions
    /// a call.
    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        for scalar in scalars { text.unicodeScalars.append(scalar) }
        return text
    }
}
