/// Code of other languages than Swift highlighted by small lexers of Daftar's own, with the
/// classes Swift's highlighter uses (`kw`, `ty`, `st`, `si`, `es`, `co`, `nu`, `at`, `pp`, `op`),
/// so that the page's light and dark colours apply unchanged: Python, shell scripts and
/// sessions, JSON and YAML. Any other language is escaped, as cmark writes it.
enum CodeHighlighter {
    /// The languages highlighted, by the names fences give them (`MarkdownCodeBlock.languageName`).
    enum Language {
        case python, shell, console, json, yaml

        init?(fenceLanguage: String) {
            switch fenceLanguage.lowercased() {
            case "python", "py", "python3", "ipython", "ipython3": self = .python
            case "sh", "bash", "shell", "zsh": self = .shell
            case "console", "shell-session", "shellsession": self = .console
            case "json": self = .json
            case "yaml", "yml": self = .yaml
            default: return nil
            }
        }
    }

    /// `code` as escaped HTML with spans, or nil when its language is not one of `Language`'s.
    /// Concatenating the output's text gives back `code` exactly.
    static func html(_ code: String, fenceLanguage: String) -> String? {
        guard let language = Language(fenceLanguage: fenceLanguage) else { return nil }
        var scanner = HighlightScanner(code)
        switch language {
        case .python: PythonLexer.run(&scanner)
        case .shell: ShellLexer.run(&scanner, upTo: scanner.source.count)
        case .console: ShellLexer.runSession(&scanner)
        case .json: JSONLexer.run(&scanner)
        case .yaml: YAMLLexer.run(&scanner)
        }
        return scanner.finish()
    }
}

/// The position in a program's UTF-8 bytes and the HTML written so far: what every lexer shares.
/// A byte from 0x80 up is part of a word, so a span never splits a scalar.
struct HighlightScanner {
    typealias TokenClass = SwiftHighlighter.TokenClass
    let source: [UInt8]
    var position = 0
    private var writer: SwiftHighlighter.HTMLWriter

    init(_ code: String) {
        source = Array(code.utf8)
        writer = SwiftHighlighter.HTMLWriter(sourceCount: source.count)
    }

    var isAtEnd: Bool { position >= source.count }

    /// The byte at `index`, or 0 outside the source.
    func byte(at index: Int) -> UInt8 {
        index >= 0 && index < source.count ? source[index] : 0
    }

    var current: UInt8 { byte(at: position) }

    /// The first index from `start` whose byte fails `predicate`, or `limit`.
    func end(from start: Int, limit: Int? = nil, while predicate: (UInt8) -> Bool) -> Int {
        let limit = min(limit ?? source.count, source.count)
        var index = start
        while index < limit, predicate(source[index]) { index += 1 }
        return index
    }

    /// The index of the line break at or after `start`, or the end.
    func lineEnd(from start: Int) -> Int {
        end(from: start) { !SwiftHighlighter.SourceByte.isNewline($0) }
    }

    /// The end of the UTF-8 scalar that starts at `index`: escapes take a whole character.
    func scalarEnd(at index: Int) -> Int {
        guard index < source.count else { return index }
        return end(from: index + 1) { $0 & 0xC0 == 0x80 }
    }

    /// Whether the bytes at `index` spell `text`.
    func matches(_ text: String, at index: Int) -> Bool {
        var i = index
        for byte in text.utf8 {
            guard self.byte(at: i) == byte else { return false }
            i += 1
        }
        return true
    }

    /// The bytes `start..<end` as text.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: source[start..<min(end, source.count)], as: UTF8.self)
    }

    /// Writes the bytes from `position` up to `end` as one token and moves past them.
    mutating func emit(upTo end: Int, as tokenClass: TokenClass?) {
        let end = min(end, source.count)
        guard end > position else { return }
        writer.write(source[position..<end], as: tokenClass)
        position = end
    }

    mutating func finish() -> String {
        writer.finish()
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        SwiftHighlighter.SourceByte.isIdentifierBody(byte) && byte != UInt8(ascii: "$")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        SwiftHighlighter.SourceByte.isDigit(byte)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
