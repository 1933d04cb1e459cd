import DaftarNotebook
import DaftarTestSupport
import Testing
@testable import DaftarHTML

/// Random documents made of the pieces of block syntax — pipes, colons, borders, dollars, quote
/// markers, Arabic letters — parse and render without a crash, leave no hidden marker in the page,
/// and every diagnostic points inside the document.
@Suite struct BlockRobustnessTests {
    static let pieces = [
        "|", " | ", "\\|", "---", ":--", "--:", ":-:", "+", "+---+", "+===+", "+:--+", ":::", "::: {.callout-note}",
        "::: {#x .y k=\"v\"}", ":::: note", "{", "}", "{#tbl-a}", ": ", "Table: ", "~ ", "$$", "$", "`", "```", "```{=html}",
        "> ", "- ", "1. ", "# ", "=", "[ ] ", "[x] ", "www.a.b", "a@b.c", "@tbl-a", "`{swift} 1`", "\\\\(", "\\\\)",
        "نص", "َ", "x", "y z", " ", "    ", "\t", "\n", "\n", "\n", "\n\n",
    ]

    @Test func randomBlockSyntaxNeverCrashes() {
        var generator = SplitMix64(seed: 12)
        for _ in 0..<4000 {
            let count = Int.random(in: 1...80, using: &generator)
            var text = Bool.random(using: &generator) ? "---\nfrom: gfm\n---\n" : ""
            for _ in 0..<count { text += Self.pieces.randomElement(using: &generator)! }
            var diagnostics: [Diagnostic] = []
            let source = SourceFile(path: "r.md", text: text)
            let notebook = Notebook.parse(source, diagnostics: &diagnostics)
                .resolved(with: nil, diagnostics: &diagnostics)
            let html = Report.html(for: notebook, options: .init(fragment: Bool.random(using: &generator)), diagnostics: &diagnostics)
            // No marker or token the reader hides syntax behind (private-use characters) reaches the page.
            #expect(!html.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) }, "a marker leaked for \(text.debugDescription)")
            for diagnostic in diagnostics {
                guard let location = diagnostic.location else { continue }
                #expect(location.line >= 1 && location.line <= max(source.lineCount, 1) && location.column >= 1,
                        "\(diagnostic.message) at \(location) in \(text.debugDescription)")
            }
        }
    }
}
