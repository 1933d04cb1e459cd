import DaftarNotebook

extension Attributes {
    /// ` id="…" class="…" key="…"`: the attributes as `AttributeMeanings` resolved them, escaped.
    var html: String {
        var result = ""
        if let id { result += " id=\"\(HTMLEscaping.escape(id))\"" }
        if !classes.isEmpty { result += " class=\"\(HTMLEscaping.escape(classes.joined(separator: " ")))\"" }
        for pair in keyValues { result += " \(pair.key)=\"\(HTMLEscaping.escape(pair.value))\"" }
        return result
    }
}
