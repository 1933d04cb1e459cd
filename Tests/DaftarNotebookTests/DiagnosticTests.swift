import Testing
@testable import DaftarNotebook

@Suite struct DiagnosticTests {
    @Test func printsLikeClangWithSourceLineAndCaret() {
        let source = SourceFile(path: "Notebooks/x.md", text: "one\n\tlet y = \"z\"\n")
        let diagnostic = Diagnostic(.error, "something is wrong", at: SourceLocation(file: "Notebooks/x.md", line: 2, column: 6),
                                    notes: [Diagnostic.Note("declared here", at: SourceLocation(file: "Notebooks/x.md", line: 1, column: 2)),
                                            Diagnostic.Note("a note without a place")])
        #expect(diagnostic.formatted(in: source) == """
        Notebooks/x.md:2:6: error: something is wrong
        \tlet y = "z"
        \t    ^
        Notebooks/x.md:1:2: note: declared here
        one
         ^
        note: a note without a place

        """)
    }

    /// "Trojan Source": a right-to-left override in a file name, message or source line would
    /// reorder the terminal's text after it; it is shown as `<U+202E>`, and the caret still fits.
    @Test func bidirectionalControlsAreShownVisibly() {
        let source = SourceFile(path: "a\u{202E}dm.x", text: "say \u{2066}\u{202E}ih\u{2069} X\n")
        let column = "say \u{2066}\u{202E}ih\u{2069} ".utf8.count + 1
        let diagnostic = Diagnostic(.warning, "`\u{202B}x`", at: SourceLocation(file: "a\u{202E}dm.x", line: 1, column: column))
        #expect(diagnostic.formatted(in: source) == """
        a<U+202E>dm.x:1:\(column): warning: `<U+202B>x`
        say <U+2066><U+202E>ih<U+2069> X
                                       ^

        """)
        #expect(BidiControls.visible("\u{200F}\u{061C}plain") == "\u{200F}\u{061C}plain", "marks do not override; Arabic text keeps them")
    }

    @Test func caretCountsCharactersNotBytesAndSkipsMarks() {
        // "تُستخدم" has a combining damma (zero width) after its first letter.
        let line: Substring = "لا تُستخدم x"
        let column = "لا تُستخدم ".utf8.count + 1
        #expect(Diagnostic.caretLine(under: column, in: line) == String(repeating: " ", count: 10) + "^")
    }

    @Test func longLineIsClippedToAWindowAroundTheColumn() {
        // A megabyte line with a mark at its middle: printing it whole would repeat a megabyte per warning.
        let half = String(repeating: "é", count: 250_000)
        let source = SourceFile(path: "x.md", text: half + "X" + half + "\n")
        let column = half.utf8.count + 1
        let diagnostic = Diagnostic(.warning, "here", at: SourceLocation(file: "x.md", line: 1, column: column))
        let lines = diagnostic.formatted(in: source).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "x.md:1:\(column): warning: here")
        #expect(lines[1].hasPrefix("…é") && lines[1].hasSuffix("é…") && lines[1].utf8.count <= Diagnostic.excerptWidth + 8)
        // The caret stands under the X, counted in characters.
        let caret = lines[2].count - 1
        #expect(lines[2].last == "^" && Array(lines[1])[caret] == "X")
    }

    @Test func shortLineIsShownWhole() {
        let line: Substring = "short line"
        #expect(Diagnostic.window(of: line, around: 3) == (line, 3))
    }

    @Test func invalidUTF8IsReportedAtItsByte() {
        var bytes = Array("---\ntitle: x\n---\nab".utf8)
        bytes += [0xFF, 0x41]
        #expect(throws: Diagnostic(.error, "the file is not valid UTF-8 (byte 0xFF); save it as UTF-8",
                                   at: SourceLocation(file: "x.md", line: 4, column: 3))) {
            try SourceFile(path: "x.md", data: bytes)
        }
    }

    @Test func locationsRoundTripThroughOffsets() {
        let source = SourceFile(path: "x.md", text: "ab\nعربي\n\nz")
        #expect(source.lineCount == 4)
        for offset in 0..<source.bytes.count {
            let location = source.location(ofOffset: offset)
            #expect(source.offset(line: location.line, column: location.column) == offset)
        }
        #expect(source.location(ofOffset: 5) == SourceLocation(file: "x.md", line: 2, column: 3))
        #expect(source.line(2) == "عربي")
    }
}
