/// Unicode's bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) written
/// visibly as `<U+202E>` on terminals, as GCC's diagnostics show them since "Trojan Source"
/// (CVE-2021-42574): a file name or source line cannot reorder the message around it.
public enum BidiControls {
    /// Whether `scalar` changes the direction of the text after it (rustc's `text_direction_codepoint` list).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `text` with each control replaced by its visible `<U+XXXX>` form.
    public static func visible(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) { result += shown(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// `<U+202E>`, `<U+0001>`: as wide on a terminal as the number of its characters.
    static func shown(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
