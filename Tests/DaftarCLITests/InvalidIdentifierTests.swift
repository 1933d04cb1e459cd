import Foundation
import Testing

/// Ids an author gives that HTML cannot hold (whitespace) or that read as another id (direction
/// controls, invisible marks) are warnings at the label, and the report holds them made valid.
@Suite struct InvalidIdentifierTests {
    /// A notebook whose cell label has a space and whose heading id has a right-to-left override;
    /// one reference names the valid id, one stops at the space. The Nu HTML Checker reads its
    /// report too (`HTMLValidityTests`).
    static let notebook = """
        ---
        title: Ids
        ---

        ```swift
        //| label: fig-my plot
        //| fig-cap: A plot
        print("one")
        ```

        # Section {#sec-a\u{202E}b}

        See @fig-my-plot, @fig-my and @sec-a-b.

        [بيانات]{#بيانات}

        """

    @Test func invalidIdsAreWarnedAtTheirLabelAndEveryIdInTheReportIsValid() throws {
        let folder = try TemporaryFolder(purpose: "ids")
        defer { folder.remove() }
        try folder.write(Self.notebook, to: "ids.md")
        let result = try folder.daftar("render", "--quiet", "ids.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let because = "holds whitespace, control characters or invisible direction marks, which an HTML id cannot hold or would hide"
        #expect(result.stderr.contains(
            "ids.md:6:12: warning: the id `fig-my plot` \(because); it is written `fig-my-plot`, and references name it so\n"),
            "\(result.stderr)")
        #expect(result.stderr.contains(
            "ids.md:11:1: warning: the id `sec-a<U+202E>b` \(because); it is written `sec-a-b`, and references name it so\n"))
        #expect(result.stderr.contains("""
            ids.md:13:19: warning: unknown cross-reference @fig-my: no figure (a cell labelled `fig-my`) has this label
            See @fig-my-plot, @fig-my and @sec-a-b.
                              ^
            note: the label `fig-my plot` became the id `fig-my-plot`; write @fig-my-plot
            """))
        #expect(!result.stderr.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) }, "the override is shown, not obeyed")

        let html = try folder.read("out/ids.html")
        #expect(html.contains("<figure id=\"fig-my-plot\">"))
        #expect(html.contains("See <a href=\"#fig-my-plot\" class=\"cross-ref\">Figure 1</a>, <strong class=\"cross-ref-missing\">?@fig-my</strong> and "
            + "<a href=\"#sec-a-b\" class=\"cross-ref\">Section</a>."), "\(html)")
        #expect(html.contains("<span id=\"بيانات\">بيانات</span>"), "Arabic letters make a valid id")
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count >= 4)
        let invalid = ids.filter { id in
            id.isEmpty || id.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || [0x200E, 0x200F, 0x061C].contains($0.value) }
        }
        #expect(invalid.isEmpty, "\(invalid)")
    }

    /// A CSL-JSON key may hold a space; its entry's id (`ref-key`) is made valid like an author's,
    /// with the warning at the key.
    @Test func aBibliographyKeyWithASpaceGivesAValidReferenceId() throws {
        let folder = try TemporaryFolder(purpose: "ids")
        defer { folder.remove() }
        try folder.write(#"[{"id": "smith 2020", "type": "book", "title": "A Book", "author": [{"family": "Smith"}], "issued": {"date-parts": [[2020]]}}]"#,
                         to: "refs.json")
        try folder.write("---\nbibliography: refs.json\nnocite: \"@*\"\n---\n\nText.\n", to: "cites.md")
        let result = try folder.daftar("render", "--quiet", "cites.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("refs.json:1:9: warning: the id `ref-smith 2020` holds whitespace"), "\(result.stderr)")
        #expect(try folder.read("out/cites.html").contains("<div id=\"ref-smith-2020\" class=\"csl-entry\""))
    }
}
