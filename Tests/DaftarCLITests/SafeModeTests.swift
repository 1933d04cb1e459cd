import Foundation
import Testing

/// `--safe` renders notebooks from strangers: nothing outside the notebook's folder is read into
/// the report, the page's policy stays closed, and authors' CSS cannot cover the page.
@Suite struct SafeModeTests {
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!

    @Test func filesOutsideTheNotebooksFolderAreNotEmbedded() throws {
        let folder = try TemporaryFolder(purpose: "safe")
        defer { folder.remove() }
        try folder.write("PRIVATE KEY MATERIAL\n", to: "secret.txt")
        try folder.write("![](inside.png)\n\n![](leak.png)\n\n![](../outside.png)\n\n![](\(folder.path)/outside.png)\n", to: "nb/n.md")
        try Self.png.write(to: URL(fileURLWithPath: folder.path + "/outside.png"))
        try Self.png.write(to: URL(fileURLWithPath: folder.path + "/nb/inside.png"))
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/nb/leak.png", withDestinationPath: folder.path + "/secret.txt")
        let result = try folder.daftar("render", "--safe", "nb/n.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try folder.read("out/n.html")
        #expect(html.components(separatedBy: "data:image/png;base64,").count == 2, "only the image inside the folder is embedded")
        #expect(!html.contains(Data("PRIVATE KEY MATERIAL\n".utf8).base64EncodedString()))
        #expect(result.stderr.components(separatedBy: "outside the notebook's folder, which --safe does not read from").count == 4)

        let trusted = try folder.daftar("render", "nb/n.md", "-o", "trusted")
        #expect(trusted.status == 0)
        #expect(try folder.read("trusted/n.html").components(separatedBy: "data:image/png;base64,").count == 5,
                "a trusted notebook embeds every image it names, beside its folder too")
    }

    @Test func theFrontMatterCannotOpenThePolicyOfASafeReport() throws {
        let folder = try TemporaryFolder(purpose: "safe")
        defer { folder.remove() }
        try folder.write("---\nresources: {remote-images: true}\n---\n\n![](https://tracker.example/p.png)\n", to: "r.md")
        let safe = try folder.daftar("render", "--safe", "r.md", "-o", "out")
        #expect(try folder.read("out/r.html").contains("img-src data:\">"))
        #expect(safe.stderr.contains("the remote image `https://tracker.example/p.png` is not fetched"))
        _ = try folder.daftar("render", "r.md", "-o", "trusted")
        #expect(try folder.read("trusted/r.html").contains("img-src data: https: http:\">"))
    }

    @Test func authorsStylesAndSizesCannotCarryCSS() throws {
        let folder = try TemporaryFolder(purpose: "safe")
        defer { folder.remove() }
        try folder.write("""
            ::: {style="position:fixed;inset:0" width="50%"}
            covered
            :::

            ![a](x.png){width="100%;position:fixed;top:0" height=20em}

            """, to: "s.md")
        let safe = try folder.daftar("render", "--safe", "s.md", "-o", "out")
        #expect(safe.status == 0)
        let html = try folder.read("out/s.html")
        #expect(html.contains(#"<div style="width:50%;" data-style="position:fixed;inset:0">"#))
        #expect(html.contains(#" data-width="100%;position:fixed;top:0" style="height:20em;" />"#))
        _ = try folder.daftar("render", "s.md", "-o", "trusted")
        #expect(try folder.read("trusted/s.html").contains(#"<div style="width:50%;position:fixed;inset:0">"#), "one style attribute")
    }

    @Test func aSafeNotebooksBibliographyIsReadOnlyFromItsFolder() throws {
        let folder = try TemporaryFolder(purpose: "safe")
        defer { folder.remove() }
        let entry = "@article{k, author = {Ada Lovelace}, title = {Notes}, journal = {J}, year = {1843}}\n"
        try folder.write(entry, to: "outside.bib")
        try folder.write(entry, to: "nb/inside.bib")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/nb/link.bib", withDestinationPath: folder.path + "/outside.bib")
        for (name, bibliography) in [("up", "../outside.bib"), ("link", "link.bib"), ("absolute", folder.path + "/outside.bib")] {
            try folder.write("---\nbibliography: \(bibliography)\n---\n\nAs @k wrote.\n", to: "nb/\(name).md")
            let safe = try folder.daftar("render", "--safe", "nb/\(name).md", "-o", "out")
            #expect(safe.status == 0, "\(safe.stderr)")
            #expect(safe.stderr.hasPrefix("""
                nb/\(name).md:2:15: warning: the bibliography `\(bibliography)` is outside the notebook's folder, which --safe does not read from
                """), "\(safe.stderr)")
            #expect(!(try folder.read("out/\(name).html")).contains("Lovelace"))
            let trusted = try folder.daftar("render", "nb/\(name).md", "-o", "trusted")
            #expect(trusted.status == 0, "\(trusted.stderr)")
            #expect(try folder.read("trusted/\(name).html").contains("Lovelace"), "a trusted notebook reads it")
        }
        try folder.write("---\nbibliography: inside.bib\n---\n\nAs @k wrote.\n", to: "nb/in.md")
        let inside = try folder.daftar("render", "--safe", "nb/in.md", "-o", "out")
        #expect(!inside.stderr.contains("warning"), "\(inside.stderr)")
        #expect(try folder.read("out/in.html").contains("Lovelace"))
        try FileManager.default.createDirectory(atPath: folder.path + "/nb/folder.bib", withIntermediateDirectories: false)
        try folder.write("---\nbibliography: folder.bib\n---\n\nText.\n", to: "nb/dir.md")
        let directory = try folder.daftar("render", "--safe", "nb/dir.md", "-o", "out")
        #expect(directory.stderr.hasPrefix("nb/dir.md:2:15: warning: the bibliography `folder.bib` is not a regular file, which --safe does not read\n"),
                "\(directory.stderr)")
    }
}
