/// What the key–value pairs of pandoc's attributes mean, decided once for every writer as pandoc's
/// HTML writer decides it: keys that are not names are dropped, keys that are not attributes
/// every element has become custom data (`data-key`), and a size joins the author's `style`.
extension Attributes {
    /// Keys that keep their name: what every element may say of itself (its language, direction,
    /// advisory title, role), ARIA's, and custom data already named `data-…`.
    static func keepsItsName(_ key: String) -> Bool {
        ["lang", "dir", "title", "role"].contains(key) || key.hasPrefix("data-") || key.hasPrefix("aria-")
    }

    /// Whether `key` can name an attribute: ASCII letters, digits, `-` and `_`.
    static func isAttributeName(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_") }
    }

    /// The attributes as writers write them: `style` first when there is one — a `width` or
    /// `height` that is a plain CSS length (`width:50%;`), then the author's `style` unless the
    /// notebook is not trusted (`safe`: it could cover the page, so it stays custom data) — then
    /// the other pairs in order, custom keys as `data-key`.
    public func resolved(safe: Bool) -> Attributes {
        let isSize = { (pair: KeyValue) in (pair.key == "width" || pair.key == "height") && CSSLength.isValid(pair.value) }
        let isStyle = { (pair: KeyValue) in pair.key == "style" && !safe }
        let style = keyValues.filter(isSize).map { "\($0.key):\($0.value);" }.joined()
            + keyValues.filter(isStyle).map(\.value).joined(separator: ";")
        var result = Attributes(id: id, classes: classes, location: location)
        if !style.isEmpty { result.keyValues.append(KeyValue("style", style)) }
        for pair in keyValues where Self.isAttributeName(pair.key) && !isSize(pair) && !isStyle(pair) {
            result.keyValues.append(KeyValue(Self.keepsItsName(pair.key) ? pair.key : "data-" + pair.key, pair.value))
        }
        return result
    }

    /// An image's attributes as writers write them: a size in pixels (`300`, `300px`) as
    /// `width="300"` first, as pandoc writes it; the other pairs as `resolved(safe:)` makes them,
    /// except that the style (a size in other units, then the author's) comes last.
    public func resolvedForImage(safe: Bool) -> Attributes {
        var pixels: [KeyValue] = []
        var rest = self
        rest.keyValues = []
        for pair in keyValues {
            let number = pair.value.hasSuffix("px") ? String(pair.value.dropLast(2)) : pair.value
            if pair.key == "width" || pair.key == "height", !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) {
                pixels.append(KeyValue(pair.key, number))
            } else {
                rest.keyValues.append(pair)
            }
        }
        var result = rest.resolved(safe: safe)
        let style = result.keyValues.first?.key == "style" ? result.keyValues.removeFirst() : nil
        result.keyValues = pixels + result.keyValues + (style.map { [$0] } ?? [])
        return result
    }
}
