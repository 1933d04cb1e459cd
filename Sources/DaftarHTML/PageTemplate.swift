import DaftarNotebook

/// The HTML5 page around a report or the index: inline CSS, and a content security policy that
/// forbids every request, so a report provably loads nothing from the network.
enum PageTemplate {
    /// `style` is appended to the stylesheet: rules only some reports need (terminal colours).
    static func html(title: String, languageTag: String?, direction: TextDirection, head: String = "", style: String = "", body: String,
                     remoteImages: Bool = false) -> String {
        let lang = languageTag.map { " lang=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        return """
        <!DOCTYPE html>
        <html\(lang) dir="\(direction.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:\(remoteImages ? " https: http:" : "")">
        <meta name="generator" content="Daftar">
        \(head)<title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(PageStyle.css)\(style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
