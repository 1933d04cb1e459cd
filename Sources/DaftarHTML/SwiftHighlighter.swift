/// Highlights Swift source as HTML: every character escaped, tokens wrapped in `<span class="…">`.
///
/// The lexer walks UTF-8 bytes, not `Character`s or scalars: every boundary that matters in
/// Swift's grammar is an ASCII byte, UTF-8 never hides an ASCII byte inside a multi-byte scalar,
/// and indexing a byte array keeps the single pass linear and free of grapheme breaking. Bytes
/// from 0x80 up count as identifier characters, so Arabic letters, emoji and combining marks are
/// copied through whole and a span never splits a scalar.
///
/// Classes are short and Pandoc-like: `kw` keyword, `ty` type name, `st` string, `si`
/// interpolation delimiter, `es` escape sequence, `co` comment, `nu` number, `at` attribute,
/// `pp` directive or macro expansion, `op` operator. Whitespace and punctuation stay unwrapped.
package enum SwiftHighlighter {
    /// Returns `code` as escaped HTML with spans for each classified token; concatenating the text content of the output gives back `code` exactly.
    package static func html(_ code: String) -> String {
        var lexer = Lexer(source: Array(code.utf8))
        return lexer.run()
    }
}

extension SwiftHighlighter {
    /// What a highlighted token is; the raw value is its CSS class.
    enum TokenClass: String {
        case keyword = "kw"
        case typeName = "ty"
        case string = "st"
        case interpolation = "si"
        case escape = "es"
        case comment = "co"
        case number = "nu"
        case attribute = "at"
        case directive = "pp"
        case `operator` = "op"
    }

    /// Appends escaped source bytes to an HTML buffer, merging adjacent pieces of one class into one span.
    ///
    /// Escapes as `HTMLEscaping` does, inside spans as well as outside.
    struct HTMLWriter {
        private var html: [UInt8] = []
        private var openClass: TokenClass?

        init(sourceCount: Int) {
            html.reserveCapacity(sourceCount + sourceCount / 2)
        }

        mutating func write(_ piece: ArraySlice<UInt8>, as tokenClass: TokenClass?) {
            guard !piece.isEmpty else { return }
            if tokenClass != openClass {
                closeSpan()
                if let tokenClass {
                    html.append(contentsOf: #"<span class=""#.utf8)
                    html.append(contentsOf: tokenClass.rawValue.utf8)
                    html.append(contentsOf: #"">"#.utf8)
                }
                openClass = tokenClass
            }
            HTMLEscaping.appendEscaped(piece, to: &html)
        }

        /// Closes the open span, if any, and returns the document.
        mutating func finish() -> String {
            closeSpan()
            return String(decoding: html, as: UTF8.self)
        }

        private mutating func closeSpan() {
            if openClass != nil {
                html.append(contentsOf: "</span>".utf8)
                openClass = nil
            }
        }
    }
}
