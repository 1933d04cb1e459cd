/// Escaping exactly as cmark's HTML renderer escapes, so prose renders byte for byte as cmark's.
enum HTMLEscaping {
    /// Text and attribute values: `&`, `<`, `>` and `"` become entities; nothing else changes.
    static func escape(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(where: { entity(for: $0) != nil }) else { return String(text) }
        var html: [UInt8] = []
        html.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text.utf8, to: &html)
        return String(decoding: html, as: UTF8.self)
    }

    /// Appends UTF-8 `bytes` to `html`, escaped as `escape(_:)` escapes: for writers that build bytes.
    static func appendEscaped(_ bytes: some Sequence<UInt8>, to html: inout [UInt8]) {
        for byte in bytes {
            if let entity = entity(for: byte) { html.append(contentsOf: entity.utf8) } else { html.append(byte) }
        }
    }

    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case .ampersand: "&amp;"
        case .lessThan: "&lt;"
        case .greaterThan: "&gt;"
        case .quote: "&quot;"
        default: nil
        }
    }

    /// A URL for `href` or `src`, as cmark's houdini escapes it: bytes outside a safe set become
    /// `%XX`, `&` becomes `&amp;` and `'` becomes `&#x27;`.
    static func escapeURL(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            if isURLSafe(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == .ampersand {
                result += "&amp;"
            } else if byte == UInt8(ascii: "'") {
                result += "&#x27;"
            } else {
                result += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return result
    }

    /// A relative file path as an `href`: every byte but ASCII letters, digits, `-._~` and `/`
    /// becomes `%XX`, so that a file named `a#b`, `50%`, `what?` or `javascript:x` is linked as
    /// that file, never as a fragment, a query or a scheme.
    static func escapeFilePath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            if filePathSafeBytes[Int(byte)] {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return result
    }

    /// RFC 3986's unreserved characters and the path separator.
    private static let filePathSafeBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "-._~/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8 {
            table[Int(byte)] = true
        }
        return table
    }()

    /// cmark's safe mode drops `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs.
    static func isDangerousURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") || lowered.hasPrefix("file:") { return true }
        guard lowered.hasPrefix("data:") else { return false }
        let safeImages = ["image/png", "image/gif", "image/jpeg", "image/webp"]
        return !safeImages.contains { lowered.dropFirst(5).hasPrefix($0) }
    }

    private static func isURLSafe(_ byte: UInt8) -> Bool { urlSafeBytes[Int(byte)] }

    /// `-_.+!*(),%#@?=;:/$` and ASCII letters and digits, as in houdini's `HREF_SAFE` table.
    private static let urlSafeBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "-_.+!*(),%#@?=;:/$abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8 {
            table[Int(byte)] = true
        }
        return table
    }()
}

extension UInt8 {
    static let ampersand = UInt8(ascii: "&"), lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">"), quote = UInt8(ascii: "\"")
}
