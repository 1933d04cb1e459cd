import Foundation
import Testing

/// Results belong to their cell or expression by identity: an expression the renderer reaches
/// by another path, or prose added above a failed cell, cannot put a value or a line in the wrong
/// place (the two reports issue 10 opened with).
@Suite struct IdentityTests {
    /// An expression inside an image description used to shift every later value by one.
    @Test func anExpressionInAnImageDescriptionKeepsLaterValuesInPlace() throws {
        let folder = try TemporaryFolder(purpose: "identity")
        defer { folder.remove() }
        try folder.write("""
            First: `{swift} 1 + 1`.

            ![alt with `{swift} 10 * 10`](x.png)

            Second: `{swift} 3 + 3`. Third: `{swift} "three"`.

            """, to: "i.md")
        let result = try folder.daftar("render", "i.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try folder.read("out/i.html")
        #expect(html.contains(#"<p>First: <span class="swift-value">2</span>.</p>"#))
        #expect(html.contains(#"alt="alt with 100""#))
        #expect(html.contains(#"<p>Second: <span class="swift-value">6</span>. Third: <span class="swift-value">three</span>.</p>"#))
    }

    /// With errors allowed, a failing cell's error is frozen relative to the cell: two lines of
    /// prose added above it keep the freeze fresh and move the line the report shows.
    @Test func aFrozenErrorLineMovesWithItsCell() throws {
        let folder = try TemporaryFolder(purpose: "identity")
        defer { folder.remove() }
        let cell = """
            ```swift
            let xs = [1]
            print(xs[3])
            ```

            """
        try folder.write("# Errors\n\n" + cell, to: "e.md")
        let first = try folder.daftar("render", "--allow-errors", "e.md", "-o", "out")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try folder.read("out/e.html").contains("Fatal error: Index out of range (line 5:9)"))

        try folder.write("# Errors\n\nTwo lines\nof prose.\n\n" + cell, to: "e.md")
        let second = try folder.daftar("render", "--allow-errors", "e.md", "-o", "out")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("(from freeze)"), "prose edits keep the freeze fresh")
        #expect(try folder.read("out/e.html").contains("Fatal error: Index out of range (line 8:9)"))
    }

    /// A reference to a figure no cell has is a warning at its line and column, and the page
    /// shows it unresolved, as Quarto does.
    @Test func anUnknownFigureReferenceIsAWarningAtItsPlace() throws {
        let folder = try TemporaryFolder(purpose: "identity")
        defer { folder.remove() }
        try folder.write("# R\n\nAs @fig-missing shows, and a@fig-not is an address.\n", to: "r.md")
        let result = try folder.daftar("render", "r.md", "-o", "out")
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("""
            r.md:3:4: warning: unknown cross-reference @fig-missing: no figure (a cell labelled `fig-missing`) has this label
            As @fig-missing shows, and a@fig-not is an address.
               ^

            """))
        let html = try folder.read("out/r.html")
        #expect(html.contains(#"As <strong class="cross-ref-missing">?@fig-missing</strong> shows, and a@fig-not is an address."#))
    }

    /// Two cells with one label could not be told apart: an error at the second, noting the first.
    @Test func twoCellsWithOneLabelAreAnError() throws {
        let folder = try TemporaryFolder(purpose: "identity")
        defer { folder.remove() }
        try folder.write("```swift\n//| label: a\nprint(1)\n```\n\n```swift\n//| label: a\nprint(2)\n```\n", to: "d.md")
        let result = try folder.daftar("render", "d.md", "-o", "out")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("d.md:6:1: error: two cells have the label `a`; labels must be unique\n"))
        #expect(result.stderr.contains("d.md:1:1: note: the first is here\n"))
    }
}
