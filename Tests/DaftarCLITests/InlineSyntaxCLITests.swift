import Foundation
import Testing

/// Images, notes and smart punctuation end to end through the built `daftar`: local images
/// embedded relative to the notebook's folder, warnings at `file:line:column`, the policy opened
/// for remote images only when the front matter allows them.
@Suite struct InlineSyntaxCLITests {
    /// A 1×1 PNG.
    static let pixel: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41,
        0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    @Test func imagesAreEmbeddedAndProblemsAreWarningsAtTheirPlace() throws {
        let folder = try TemporaryFolder(purpose: "inline")
        defer { folder.remove() }
        try folder.write(Self.pixel, to: "notes/img/pixel.png")
        try folder.write(Array(repeating: 0, count: 100), to: "notes/img/big.png")
        try folder.write("""
            ---
            resources: {max-image-bytes: 99}
            ---

            ![A pixel](img/pixel.png){#fig-pixel width=20}

            See @fig-pixel, "quoted"[^n] and ![big](img/big.png), ![none](img/none.png),
            ![far](https://example.com/x.png) and [^missing].

            [^n]: A note.

            [^spare]: Never used.

            """, to: "notes/x.md")
        let result = try folder.daftar("render", "--quiet", "notes/x.md", "-o", "out")
        #expect(result.status == 0)
        #expect(result.stderr == """
            notes/x.md:7:34: warning: the image `img/big.png` has 100 bytes, more than the 99 a report embeds (front matter `resources: {max-image-bytes: …}`); it is not shown
            See @fig-pixel, "quoted"[^n] and ![big](img/big.png), ![none](img/none.png),
                                             ^
            notes/x.md:7:55: warning: the image `img/none.png` cannot be read (no such file beside the notebook)
            See @fig-pixel, "quoted"[^n] and ![big](img/big.png), ![none](img/none.png),
                                                                  ^
            notes/x.md:8:1: warning: the remote image `https://example.com/x.png` is not fetched and the report's policy blocks it; front matter `resources: {remote-images: true}` allows it
            ![far](https://example.com/x.png) and [^missing].
            ^
            notes/x.md:8:39: warning: no note is labelled `missing` (a line `[^missing]: …` defines one); the reference is shown as text
            ![far](https://example.com/x.png) and [^missing].
                                                  ^
            notes/x.md:12:1: warning: the note `[^spare]` is never referred to; it is not shown
            [^spare]: Never used.
            ^

            """)
        let report = try folder.read("out/x.html")
        let data = "data:image/png;base64," + Data(Self.pixel).base64EncodedString()
        #expect(report.contains("""
            <figure id="fig-pixel">
            <img src="\(data)" alt="A pixel" width="20" />
            <figcaption>Figure 1: A pixel</figcaption>
            </figure>
            <p>See <a href="#fig-pixel" class="cross-ref">Figure 1</a>, “quoted”<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> \
            and <img src="img/big.png" alt="big" />, <img src="img/none.png" alt="none" />,
            <img src="https://example.com/x.png" alt="far" /> and [^missing].</p>
            """))
        #expect(report.contains("img-src data:\">"))
    }

    @Test func remoteImagesAreAllowedByTheFrontMatter() throws {
        let folder = try TemporaryFolder(purpose: "inline")
        defer { folder.remove() }
        try folder.write("---\nresources: {remote-images: true}\n---\n\nA ![far](https://example.com/x.png) image.\n", to: "x.md")
        let result = try folder.daftar("render", "--quiet", "x.md", "-o", "out")
        #expect(result.status == 0 && result.stderr == "")
        #expect(try folder.read("out/x.html").contains("img-src data: https: http:\">"))
    }

    @Test func aFragmentStaysCommonMarkButForPandocsInlines() throws {
        let folder = try TemporaryFolder(purpose: "inline")
        defer { folder.remove() }
        try folder.write("\"a\" -- b... ![c](none.png) ~~d~~ [e]{.f}\n", to: "x.md")
        let result = try folder.daftar("render", "--fragment", "--quiet", "x.md", "-o", "-")
        #expect(result.stderr == "")
        #expect(result.stdout == "<p>&quot;a&quot; -- b... <img src=\"none.png\" alt=\"c\" /> <del>d</del> <span class=\"f\">e</span></p>\n")
    }

    @Test func safeStillDropsDangerousImageURLs() throws {
        let folder = try TemporaryFolder(purpose: "inline")
        defer { folder.remove() }
        try folder.write("![x](javascript:alert(1)){width=5}\n", to: "x.md")
        let result = try folder.daftar("render", "--safe", "--fragment", "--quiet", "x.md", "-o", "-")
        #expect(result.stdout == "<p><img src=\"\" alt=\"x\" width=\"5\" /></p>\n")
    }
}
