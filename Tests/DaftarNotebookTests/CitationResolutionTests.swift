import Foundation
import Testing
@testable import DaftarNotebook

/// Citations resolved against BibTeX and CSL-JSON files: author–date and numeric text, year
/// suffixes, "et al.", the references section's order, and the warnings and errors with their places.
@Suite struct CitationResolutionTests {
    static let bib = """
        @article{glorot2010, author = {Glorot, Xavier and Bengio, Yoshua}, title = {Understanding the difficulty},
          journal = {AISTATS}, volume = 9, pages = {249--256}, year = 2010}
        @book{bengio2010a, author = {Bengio, Yoshua}, title = {Second work}, publisher = {Press}, year = 2010}
        @book{bengio2010b, author = {Bengio, Yoshua}, title = {First work}, publisher = {Press}, year = 2010}
        @article{four, author = {A, Ann and B, Bob and C, Cy and D, Di}, title = {Many}, journal = {J}, year = 2001}
        @misc{gelu, author = {Hendrycks, Dan and Gimpel, Kevin}, title = {Gaussian Error Linear Units ({GELUs})}, year = {2016},
          eprint = {1606.08415}, archivePrefix = {arXiv}}
        @article{three, author = {Rumelhart, David and Hinton, Geoffrey and Williams, Ronald}, title = {Learning}, journal = {Nature}, year = 1986}
        """

    /// Writes the files into a fresh folder and parses and resolves the notebook there.
    private func resolve(_ markdown: String, files: [String: String] = ["refs.bib": bib]) throws -> (Notebook, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daftar-citations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        var diagnostics: [Diagnostic] = []
        let path = folder.path + "/n.md"
        let notebook = Notebook.parse(SourceFile(path: path, text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, diagnostics: &diagnostics)
        let messages = diagnostics.map {
            "\($0.location.map(String.init(describing:)) ?? "-"): \($0.severity): \($0.message)".replacingOccurrences(of: folder.path + "/", with: "")
        }
        return (notebook, messages)
    }

    private func citations(_ notebook: Notebook) -> [String] {
        notebook.cells.flatMap { cell -> [String] in
            guard case .prose(let blocks) = cell else { return [] }
            return blocks.flatMap(\.inlinesDeep).compactMap { if case .citation(let c) = $0 { c.rendering?.plainText ?? "unresolved" } else { nil } }
        }
    }

    private func references(_ notebook: Notebook) -> ReferenceList? {
        guard case .prose(let blocks) = notebook.cells.last, case .references(let list) = blocks.last else { return nil }
        return list
    }

    @Test func authorDateCitationsAsChicagoWritesThem() throws {
        let (notebook, messages) = try resolve("""
            ---
            bibliography: refs.bib
            ---
            [@glorot2010] @glorot2010 [-@glorot2010] [see @three, p. 3; @four] [@bengio2010a; @bengio2010b] @bengio2010b
            @three [p. 33] @three [x](u) @three [1]
            """)
        #expect(messages.isEmpty)
        #expect(citations(notebook) == [
            "(Glorot and Bengio 2010)", "Glorot and Bengio (2010)", "(2010)", "(see Rumelhart, Hinton, and Williams 1986, 3; A et al. 2001)",
            "(Bengio 2010b, 2010a)", "Bengio (2010a)", "Rumelhart, Hinton, and Williams (1986, 33)",
            "Rumelhart, Hinton, and Williams (1986)", "Rumelhart, Hinton, and Williams (1986)",
        ])
        let list = try #require(references(notebook))
        #expect(list.title == "References")
        #expect(list.entries.map(\.key) == ["four", "bengio2010b", "bengio2010a", "glorot2010", "three"])
        #expect(list.entries[3].content == [
            .text("Glorot, Xavier, and Yoshua Bengio. 2010. “Understanding the difficulty.” "), .emphasis([.text("AISTATS")]), .text(" 9: 249–56."),
        ])
        #expect(list.entries[1].content == [.text("Bengio, Yoshua. 2010a. "), .emphasis([.text("First work")]), .text(". Press.")])
    }

    @Test func numericCitationsCountInOrderOfFirstCitation() throws {
        let (notebook, messages) = try resolve("""
            ---
            bibliography: refs.bib
            citation-style: numeric
            ---
            [@three] then [@glorot2010, p. 3; @three] and @glorot2010 said so [-@glorot2010].
            """)
        #expect(messages.isEmpty)
        #expect(citations(notebook) == ["[1]", "[1, 2, p. 3]", "Glorot and Bengio [2]", "[2]"])
        let list = try #require(references(notebook))
        #expect(list.entries.map(\.label) == ["[1]", "[2]"])
        #expect(list.entries[1].content == [
            .text("X. Glorot and Y. Bengio, “Understanding the difficulty,” "), .emphasis([.text("AISTATS")]), .text(", vol. 9, pp. 249–256, 2010."),
        ])
    }

    /// A numeric citation of several works is one bracket, its numbers in order and three or more
    /// consecutive ones collapsed, as citeproc writes them (checked against pandoc 2.17
    /// `--citeproc` with a numeric CSL style whose citation has `collapse="citation-number"`).
    @Test func numericCitationRangesCollapseAsCiteprocCollapsesThem() throws {
        let (notebook, messages) = try resolve("""
            ---
            bibliography: refs.bib
            citation-style: numeric
            ---
            [@glorot2010] [@bengio2010a] [@bengio2010b] [@four] [@gelu] [@three]

            [@glorot2010; @bengio2010a; @bengio2010b] [@glorot2010; @bengio2010b; @four; @gelu] [@bengio2010b; @glorot2010; @bengio2010a]
            [@glorot2010; @bengio2010a] [@glorot2010; @bengio2010a, pp. 3-5; @bengio2010b; @four; @gelu]
            """)
        #expect(messages.isEmpty)
        #expect(citations(notebook).suffix(5) == ["[1–3]", "[1, 3–5]", "[1–3]", "[1, 2]", "[1, 2, pp. 3–5, 3–5]"])
    }

    /// Locators as citeproc reads them: terms long or short, singular or plural, `§`, a bare
    /// number as a page; ranges with an en dash; Chicago drops the page label and shortens page
    /// ranges, and writes other labels short (plural for a range); what is not a locator stays.
    /// Every expectation is pandoc 2.17's `--citeproc` output for the same text.
    @Test func locatorsAreNormalisedAsCiteprocNormalisesThem() throws {
        let (notebook, messages) = try resolve("""
            ---
            bibliography: refs.bib
            ---
            [@glorot2010, p. 3] [@glorot2010, pp. 321-328] [@glorot2010, page 7] [@glorot2010, 33] [@glorot2010 p. 3, note]
            [@glorot2010, chapter 2-3] [@glorot2010, §4] [@glorot2010, verse 3] [@glorot2010, pp. 3, 5-7] [@glorot2010, eq. 3]
            [@glorot2010, p 3] [@glorot2010, number theory]
            """)
        #expect(messages.isEmpty)
        #expect(citations(notebook).map { $0.replacingOccurrences(of: "Glorot and Bengio 2010, ", with: "") } == [
            "(3)", "(321–28)", "(7)", "(33)", "(3, note)", "(chaps. 2–3)", "(sec. 4)", "(v. 3)", "(3, 5–7)", "(eq. 3)", "(p 3)",
            "(number theory)",
        ])
    }

    /// A numeric style keeps the page label; German pages are "S.", chapters "Kap.".
    @Test func locatorLabelsFollowTheStyleAndTheLanguage() throws {
        let (numeric, _) = try resolve("---\nbibliography: refs.bib\ncitation-style: numeric\n---\n[@three, p. 3] [@three, pp. 3-5]\n")
        #expect(citations(numeric) == ["[1, p. 3]", "[1, pp. 3–5]"])
        let (german, _) = try resolve("---\nbibliography: refs.bib\nlang: de\n---\n[@glorot2010, chap. 2] [@glorot2010, sec. 1]\n")
        #expect(citations(german) == ["(Glorot und Bengio 2010, Kap. 2)", "(Glorot und Bengio 2010, Abschn. 1)"])
    }

    /// `nocite:` lists works without citing them, after the cited ones; `@*` lists every work; an
    /// unknown key is a warning at the value.
    @Test func nociteAddsWorksToTheReferences() throws {
        let (notebook, messages) = try resolve("---\nbibliography: refs.bib\ncitation-style: numeric\nnocite: |\n  @three, @nobody\n---\n[@four]\n")
        #expect(messages == ["n.md:4:9: warning: unknown citation @nobody in `nocite`: the bibliography has no entry with this key"])
        #expect(try #require(references(notebook)).entries.map(\.key) == ["four", "three"])
        let (all, _) = try resolve("---\nbibliography: refs.bib\nnocite: \"@*\"\n---\nNo citation.\n")
        #expect(try #require(references(all)).entries.map(\.key) == ["four", "bengio2010b", "bengio2010a", "glorot2010", "gelu", "three"])
    }

    /// Two cited people with one family name are told apart by their initials, and then need no
    /// year suffix (pandoc: "(J. Smith 2001) (M. Smith 2001)").
    @Test func peopleSharingAFamilyNameGetTheirInitials() throws {
        let bib = "@book{j, author = {Smith, John}, title = {A}, year = 2001}\n@book{m, author = {Smith, Mary}, title = {B}, year = 2001}\n"
            + "@book{k, author = {Smith, Mark}, title = {C}, year = 2002}\n"
        let (notebook, messages) = try resolve("---\nbibliography: refs.bib\n---\n[@j] [@m] @k\n", files: ["refs.bib": bib])
        #expect(messages.isEmpty)
        #expect(citations(notebook) == ["(J. Smith 2001)", "(Mary Smith 2001)", "Mark Smith (2002)"])
    }

    @Test func unknownKeysAreWarningsAtTheirAt() throws {
        let (notebook, messages) = try resolve("---\nbibliography: refs.bib\n---\nSee [@glorot2010; @nobody] and\n  @missing.\n")
        #expect(messages == [
            "n.md:4:19: warning: unknown citation @nobody: the bibliography has no entry with this key",
            "n.md:5:3: warning: unknown citation @missing: the bibliography has no entry with this key",
        ])
        #expect(citations(notebook) == ["(Glorot and Bengio 2010; ?@nobody)", "?@missing"])
    }

    @Test func withoutABibliographyCitationsStayAsWritten() throws {
        let (notebook, messages) = try resolve("Ask @someone [@key].\n")
        #expect(messages.isEmpty)
        #expect(citations(notebook) == ["unresolved", "unresolved"])
        #expect(references(notebook) == nil)
    }

    @Test func missingAndMalformedFilesAreErrorsAtTheValue() throws {
        let (_, messages) = try resolve("---\ntitle: T\nbibliography: [refs.bib, none.bib, bad.json, x.txt]\ncitation-style: apa\n---\n",
                                        files: ["refs.bib": "@book{a, title = {x}\n", "bad.json": "{\"id\": 1}", "x.txt": ""])
        #expect(messages == [
            "n.md:3:15: error: bibliography `refs.bib` has 1 malformed entry",
            "refs.bib:1:21: error: bibliography: the file ends inside an entry",
            "n.md:3:15: error: bibliography `none.bib` cannot be read (looked for none.bib)",
            "n.md:3:15: error: bibliography `bad.json` has 1 malformed entry",
            "bad.json:1:1: error: bibliography: not CSL-JSON (an array of items with `id` and `type`): Expected to decode Array<Any> but found a dictionary instead.",
            "n.md:3:15: error: bibliography `x.txt` must be BibTeX (`.bib`) or CSL-JSON (`.json`)",
            "n.md:4:17: error: `citation-style` must be `author-date` or `numeric`",
        ])
    }

    @Test func cslJSONIsReadToo() throws {
        let json = """
            [
              {"id": "doe", "type": "book", "title": "A Book", "author": [{"family": "Doe", "given": "Jane"}],
               "issued": {"date-parts": [[2020, 5]]}, "publisher": "Pub", "DOI": "10.1/x"}
            ]
            """
        let (notebook, messages) = try resolve("---\nbibliography: refs.json\nlang: ar\n---\n[@doe; @doe, ص. 4]\n", files: ["refs.json": json])
        #expect(messages.isEmpty)
        #expect(citations(notebook) == ["(Doe 2020، 2020, ص. 4)"])
        let list = try #require(references(notebook))
        #expect(list.title == "المراجع")
        #expect(list.entries[0].content == [
            .text("Doe, Jane. 2020. "), .emphasis([.text("A Book")]), .text(". Pub. "),
            .link(destination: "https://doi.org/10.1/x", title: "", content: [.text("https://doi.org/10.1/x")]), .text("."),
        ])
    }

    @Test func anArXivPreprintLinksToItsAbstract() throws {
        let (notebook, messages) = try resolve("---\nbibliography: refs.bib\n---\n@gelu\n")
        #expect(messages.isEmpty)
        #expect(references(notebook)?.entries.first?.content == [
            .text("Hendrycks, Dan, and Kevin Gimpel. 2016. “Gaussian Error Linear Units (GELUs).” arXiv:1606.08415. "),
            .link(destination: "https://arxiv.org/abs/1606.08415", title: "", content: [.text("https://arxiv.org/abs/1606.08415")]), .text("."),
        ])
    }

    /// A bibliography comes from anywhere: an address that is not a web one is shown, not linked,
    /// so a `javascript:` or `data:` URL cannot run even in a trusted report.
    @Test func onlyWebAddressesBecomeLinks() throws {
        let bib = "@misc{j, author = {Eve}, title = {T}, year = {2021}, url = {JaVaScRiPt:alert(1)}}\n"
            + "@misc{w, author = {Web}, title = {W}, year = {2022}, url = {HTTPS://example.org}}\n"
        let (notebook, messages) = try resolve("---\nbibliography: refs.bib\n---\n@j @w\n", files: ["refs.bib": bib])
        #expect(messages.isEmpty)
        let entries = try #require(references(notebook)).entries
        #expect(entries[0].content.last(where: { if case .link = $0 { true } else { false } }) == nil)
        #expect(entries[0].content.contains(.text("JaVaScRiPt:alert(1).")), "\(entries[0].content)")
        #expect(entries[1].content.contains(.link(destination: "HTTPS://example.org", title: "", content: [.text("HTTPS://example.org")])))
    }

    @Test(arguments: [("3–10", "3–10"), ("71–72", "71–72"), ("100–104", "100–104"), ("1100–1113", "1100–1113"), ("101–108", "101–8"),
                      ("808–833", "808–33"), ("1103–1104", "1103–4"), ("321–328", "321–28"), ("157–166", "157–66"), ("498–532", "498–532"),
                      ("1087–1089", "1087–89"), ("1496–1504", "1496–1504"), ("1735–1780", "1735–80"), ("11564–11615", "11564–615"), ("e12–e19", "e12–e19"), ("9–8", "9–8")])
    func pageRangesShortenAsChicagoDoes(_ pages: String, _ shortened: String) {
        #expect(CitationStyle.chicagoPageRange(pages) == shortened)
    }

    @Test func aRepeatedKeyIsAWarningAndTheFirstEntryWins() throws {
        let (notebook, messages) = try resolve("---\nbibliography: [refs.bib, more.bib]\n---\n@three\n",
                                               files: ["refs.bib": Self.bib, "more.bib": "\n@book{three, author = {Other, O}, title = {T}, year = 1}\n"])
        #expect(messages == ["more.bib:2:1: warning: bibliography: two entries have the key `three`; citations name the first"])
        #expect(citations(notebook) == ["Rumelhart, Hinton, and Williams (1986)"])
    }
}
