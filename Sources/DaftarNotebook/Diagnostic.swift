/// A message about a notebook — an error, a warning or a note — tied to a place in its source.
///
/// Parsing collects diagnostics rather than stopping at the first, as compilers do; only errors
/// make a notebook fail.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// A secondary message, such as where an unclosed construct was opened.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    public var message: String
    /// Where the problem is; nil for problems with no place (an unreadable file, say).
    public var location: SourceLocation?
    public var notes: [Note]

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }
}

extension Diagnostic {
    /// The diagnostic as clang prints it: `file:line:column: severity: message`, then the source
    /// line with a caret under the column, then each note the same way; bidirectional controls
    /// in names and lines are shown as `<U+202E>` (`BidiControls`).
    ///
    /// `lineText` supplies a file's line by location, so that carets can be drawn for any file.
    public func formatted(lineText: (SourceLocation) -> Substring?) -> String {
        var out = Self.header(severity.rawValue, message, location)
        out += Self.excerpt(at: location, lineText: lineText)
        for note in notes {
            out += Self.header("note", note.message, note.location)
            out += Self.excerpt(at: note.location, lineText: lineText)
        }
        return out
    }

    /// Formats against one source file (the common case).
    public func formatted(in source: SourceFile?) -> String {
        formatted { location in
            guard let source, location.file == source.path else { return nil }
            return source.line(location.line)
        }
    }

    private static func header(_ severity: String, _ message: String, _ location: SourceLocation?) -> String {
        guard let location else { return "\(severity): \(BidiControls.visible(message))\n" }
        return BidiControls.visible("\(location): \(severity): \(message)") + "\n"
    }

    private static func excerpt(at location: SourceLocation?, lineText: (SourceLocation) -> Substring?) -> String {
        guard let location, location.line > 0, let line = lineText(location) else { return "" }
        let (shown, column) = window(of: line, around: location.column)
        return "\(BidiControls.visible(shown))\n\(caretLine(under: column, in: shown))\n"
    }

    /// A long line clipped to about `excerptWidth` bytes around `column`, with `…` where it was cut,
    /// and the column in the clipped text: a thousand warnings on a megabyte line print kilobytes.
    static func window(of line: Substring, around column: Int) -> (Substring, Int) {
        let bytes = line.utf8
        guard bytes.count > excerptWidth else { return (line, column) }
        let isContinuation = { (offset: Int) in bytes[bytes.index(bytes.startIndex, offsetBy: offset)] & 0xC0 == 0x80 }
        var start = min(max(column - 1 - excerptWidth / 2, 0), bytes.count - excerptWidth)
        while start > 0, isContinuation(start) { start -= 1 }
        var end = min(start + excerptWidth, bytes.count)
        while end < bytes.count, isContinuation(end) { end += 1 }
        let clipped = Substring(bytes[bytes.index(bytes.startIndex, offsetBy: start)..<bytes.index(bytes.startIndex, offsetBy: end)])
        let lead = start > 0 ? "…" : ""
        return (Substring(lead + clipped + (end < bytes.count ? "…" : "")), column - start + lead.utf8.count)
    }

    /// The widest source excerpt under a diagnostic, in bytes.
    static let excerptWidth = 120

    /// Spaces up to the column (tabs kept as tabs, combining marks taking no room, bidirectional
    /// controls as wide as `BidiControls` shows them), then `^`.
    static func caretLine(under column: Int, in line: Substring) -> String {
        var padding = ""
        var consumed = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            guard consumed + width < column else { break }
            consumed += width
            if scalar == "\t" {
                padding.append("\t")
            } else if BidiControls.isControl(scalar) {
                padding += String(repeating: " ", count: BidiControls.shown(scalar).count)
            } else if !scalar.properties.generalCategory.takesNoRoom {
                padding.append(" ")
            }
        }
        return padding + "^"
    }
}

private extension Unicode.GeneralCategory {
    /// Marks such as Arabic harakat and invisible format characters occupy no terminal cell.
    var takesNoRoom: Bool {
        self == .nonspacingMark || self == .enclosingMark || self == .format
    }
}
