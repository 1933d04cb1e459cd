import Foundation

/// What in a report's body could run or restyle the page: script-bearing elements, event-handler
/// attributes, script and HTML-document URLs, and CSS that fetches or computes — each as found.
enum InjectedMarkup {
    /// Elements that run code, embed documents or restyle the page.
    static let elements: Set<String> = ["script", "iframe", "style", "object", "embed", "foreignobject", "meta", "base", "form", "frame", "link"]

    /// The dangerous tags and attributes of `html` as browsers would read them (names lowercased,
    /// URL values decoded of entities and stripped of the spaces and controls browsers ignore).
    static func found(in html: String, allowingSVG: Bool = false) -> [String] {
        var findings: [String] = []
        let tag = try! NSRegularExpression(pattern: #"<([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>"#)
        let attribute = try! NSRegularExpression(pattern: #"([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?"#)
        let source = html as NSString
        for match in tag.matches(in: html, range: NSRange(location: 0, length: source.length)) {
            let name = source.substring(with: match.range(at: 1)).lowercased()
            if elements.contains(name) || (!allowingSVG && name == "svg") { findings.append("<\(name)>") }
            let attributes = source.substring(with: match.range(at: 2)) as NSString
            for pair in attribute.matches(in: attributes as String, range: NSRange(location: 0, length: attributes.length)) {
                let key = attributes.substring(with: pair.range(at: 1)).lowercased()
                let value = (2...4).compactMap { group in
                    pair.range(at: group).location == NSNotFound ? nil : attributes.substring(with: pair.range(at: group))
                }.first ?? ""
                if key.hasPrefix("on") { findings.append("\(name) \(key)=") }
                if ["href", "src", "xlink:href", "action", "formaction", "srcdoc", "data"].contains(key), isScriptURL(value) {
                    findings.append("\(name) \(key)=\"\(value)\"")
                }
                if key == "style", value.lowercased().contains("url(") || value.lowercased().contains("expression(") {
                    findings.append("\(name) style=\"\(value)\"")
                }
            }
        }
        return findings
    }

    /// Whether a browser would read `value` as a script or an HTML document URL (raster and SVG
    /// images are inert in `<img>`, and `data:,` is empty text).
    static func isScriptURL(_ value: String) -> Bool {
        let decoded = decodingEntities(value).unicodeScalars.filter { $0.value > 0x20 }
        let url = String(String.UnicodeScalarView(decoded)).lowercased()
        if url.hasPrefix("javascript:") || url.hasPrefix("vbscript:") { return true }
        guard url.hasPrefix("data:") else { return false }
        let type = url.dropFirst(5).prefix { $0 != ";" && $0 != "," }
        return !["", "text/plain", "image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/svg+xml"].contains(type)
    }

    /// Numeric character references and the five named ones XML has, decoded.
    static func decodingEntities(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#x27;", "'"), ("&apos;", "'"), ("&Tab;", "\t"), ("&colon;", ":")] {
            result = result.replacingOccurrences(of: entity, with: character, options: .caseInsensitive)
        }
        let numeric = try! NSRegularExpression(pattern: "&#(x?)([0-9a-fA-F]+);?")
        for match in numeric.matches(in: result, range: NSRange(location: 0, length: (result as NSString).length)).reversed() {
            let source = result as NSString
            let digits = source.substring(with: match.range(at: 2))
            let hex = match.range(at: 1).length > 0
            if let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) {
                result = source.replacingCharacters(in: match.range, with: String(Character(scalar)))
            }
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }
}
