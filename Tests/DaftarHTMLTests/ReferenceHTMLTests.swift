import Foundation
import DaftarNotebook
import Testing
@testable import DaftarHTML

/// The HTML of heading and fence attributes, numbered sections and equations, cross-references
/// and citations with their references section, in English and Arabic.
@Suite struct ReferenceHTMLTests {
    static let bib = """
        @inproceedings{glorot2010, author = {Glorot, Xavier and Bengio, Yoshua},
          title = {Understanding the difficulty of training deep feedforward neural networks},
          booktitle = {Proceedings of AISTATS}, pages = {249--256}, year = 2010}
        @mastersthesis{hochreiter1991, author = {Hochreiter, Sepp}, title = {Untersuchungen zu dynamischen neuronalen Netzen},
          school = {Technische Universit{\\"a}t M{\\"u}nchen}, type = {Diploma thesis}, year = {1991}}
        """

    /// The body of the report (without page, title block or table of contents) for `markdown`,
    /// beside a `refs.bib`, and the table of contents.
    private func render(_ markdown: String) throws -> (main: String, toc: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daftar-refs-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.bib.write(to: folder.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: folder.path + "/x.md", text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, diagnostics: &diagnostics)
        let html = Report.html(for: notebook, diagnostics: &diagnostics)
        let main = html.components(separatedBy: "<main>\n").last!.components(separatedBy: "</main>").first!
        let toc = html.components(separatedBy: "<nav id=\"TOC\"").dropFirst().first?.components(separatedBy: "</nav>").first ?? ""
        return (main, toc)
    }

    private let mathA = "<math display=\"block\"><semantics><mi>a</mi><annotation encoding=\"application/x-tex\">a</annotation></semantics></math>"

    @Test func headingsTakeTheirIdsClassesAndNumbers() throws {
        let (main, toc) = try render("""
            ---
            number-sections: true
            ---
            # Intro {#sec-intro .lead}

            ## Detail

            # Thanks {.unnumbered .unlisted}

            See @sec-intro and [-@sec-intro].
            """)
        #expect(main == """
            <h1 id="sec-intro" class="lead"><span class="header-section-number">1</span> Intro</h1>
            <h2 id="detail"><span class="header-section-number">1.1</span> Detail</h2>
            <h1 id="thanks" class="unnumbered unlisted">Thanks</h1>
            <p>See <a href="#sec-intro" class="cross-ref">Section 1</a> and <a href="#sec-intro" class="cross-ref">1</a>.</p>

            """)
        #expect(toc.contains("<li><a href=\"#sec-intro\">1 Intro</a>"))
        #expect(!toc.contains("Thanks"))
    }

    @Test func aSectionWithoutNumbersIsCitedByItsTitle() throws {
        let (main, _) = try render("# Intro {#sec-intro}\n\nSee @sec-intro.\n")
        #expect(main.hasSuffix("<p>See <a href=\"#sec-intro\" class=\"cross-ref\">Intro</a>.</p>\n"))
    }

    @Test func numberedEquationsShowTheirNumberBeside() throws {
        let (main, _) = try render("$$a$$ {#eq-a}\n\n$$a\\tag{*}$$\n\nBy @eq-a and [@eq-a; @eq-a], [-@eq-a] [see @eq-a].\n")
        #expect(main == """
            <div class="equation" id="eq-a">\(mathA)<span class="equation-number">(1)</span></div>
            <div class="equation">\(mathA)<span class="equation-number">(*)</span></div>
            <p>By <a href="#eq-a" class="cross-ref">Equation 1</a> and Equations <a href="#eq-a" class="cross-ref">1</a> and \
            <a href="#eq-a" class="cross-ref">1</a>, <a href="#eq-a" class="cross-ref">1</a> [see <a href="#eq-a" class="cross-ref">Equation 1</a>].</p>

            """)
    }

    @Test func aNumberedEquationInTextKeepsItsNumberAndItsPunctuation() throws {
        let (main, _) = try render("Then $$a$$ {#eq-a}, so.\n")
        #expect(main == """
            <p>Then <span class="nobreak"><span class="equation" id="eq-a">\(mathA)<span class="equation-number">(1)</span></span>,</span> so.</p>

            """)
    }

    @Test func pluralFiguresAndTablesAndMissingOnes() throws {
        let (main, _) = try render("""
            | a |
            |---|
            | 1 |

            : One {#tbl-one}

            | b |
            |---|
            | 2 |

            : Two {#tbl-two}

            See [@tbl-one; @tbl-two; @tbl-one] and [@tbl-one; @fig-none].
            """)
        #expect(main.hasSuffix("""
            <p>See Tables <a href="#tbl-one" class="cross-ref">1</a>, <a href="#tbl-two" class="cross-ref">2</a>, and \
            <a href="#tbl-one" class="cross-ref">1</a> and <a href="#tbl-one" class="cross-ref">Table 1</a> and \
            <strong class="cross-ref-missing">?@fig-none</strong>.</p>

            """))
    }

    @Test func crossReferencesInArabic() throws {
        let (main, _) = try render("""
            ---
            lang: ar
            number-sections: true
            ---
            # مقدمة {#sec-a}

            | a |
            |---|
            | 1 |

            : أ {#tbl-a}

            $$x$$ {#eq-x}

            انظر @tbl-a و @eq-x و @sec-a و [@tbl-a; @tbl-a; @tbl-a].
            """)
        #expect(main.hasSuffix("""
            <p>انظر <a href="#tbl-a" class="cross-ref">الجدول 1</a> و <a href="#eq-x" class="cross-ref">المعادلة 1</a> و \
            <a href="#sec-a" class="cross-ref">القسم 1</a> و الجداول <a href="#tbl-a" class="cross-ref">1</a>، \
            <a href="#tbl-a" class="cross-ref">1</a> و<a href="#tbl-a" class="cross-ref">1</a>.</p>

            """))
    }

    @Test func citationsAndTheReferencesSection() throws {
        let (main, _) = try render("""
            ---
            bibliography: refs.bib
            ---
            Deep networks [@glorot2010; see @hochreiter1991, p. 3], as @glorot2010 showed [-@glorot2010].
            """)
        #expect(main == """
            <p>Deep networks <span class="citation" data-cites="glorot2010 hochreiter1991">(\
            <a href="#ref-glorot2010" role="doc-biblioref">Glorot and Bengio 2010</a>; see \
            <a href="#ref-hochreiter1991" role="doc-biblioref">Hochreiter 1991</a>, 3)</span>, as \
            <span class="citation" data-cites="glorot2010"><a href="#ref-glorot2010" role="doc-biblioref">Glorot and Bengio</a> (\
            <a href="#ref-glorot2010" role="doc-biblioref">2010</a>)</span> showed <span class="citation" data-cites="glorot2010">(\
            <a href="#ref-glorot2010" role="doc-biblioref">2010</a>)</span>.</p>
            <section id="references" class="references-section" role="doc-bibliography">
            <h2 class="unnumbered">References</h2>
            <div id="refs" class="references csl-bib-body hanging-indent" role="list">
            <div id="ref-glorot2010" class="csl-entry" role="listitem" dir="auto">Glorot, Xavier, and Yoshua Bengio. 2010. \
            “Understanding the difficulty of training deep feedforward neural networks.” In <em>Proceedings of AISTATS</em>, 249–56.</div>
            <div id="ref-hochreiter1991" class="csl-entry" role="listitem" dir="auto">Hochreiter, Sepp. 1991. \
            “Untersuchungen zu dynamischen neuronalen Netzen.” Diploma thesis, Technische Universität München.</div>
            </div>
            </section>

            """)
    }

    @Test func numericCitationsInArabic() throws {
        let (main, _) = try render("""
            ---
            lang: ar
            bibliography: refs.bib
            citation-style: numeric
            ---
            انظر [@hochreiter1991] و[@glorot2010; @hochreiter1991] و @fig-x.
            """)
        #expect(main == """
            <p>انظر <span class="citation" data-cites="hochreiter1991">[<a href="#ref-hochreiter1991" role="doc-biblioref" dir="auto">1</a>]</span> \
            و<span class="citation" data-cites="glorot2010 hochreiter1991">[<a href="#ref-hochreiter1991" role="doc-biblioref" dir="auto">1</a>، \
            <a href="#ref-glorot2010" role="doc-biblioref" dir="auto">2</a>]</span> و <strong class="cross-ref-missing">?@fig-x</strong>.</p>
            <section id="references" class="references-section" role="doc-bibliography">
            <h2 class="unnumbered">المراجع</h2>
            <div id="refs" class="references csl-bib-body" role="list">
            <div id="ref-hochreiter1991" class="csl-entry" role="listitem" dir="auto"><div class="csl-left-margin">[1]</div>\
            <div class="csl-right-inline">S. Hochreiter، “Untersuchungen zu dynamischen neuronalen Netzen”، Diploma thesis، \
            Technische Universität München، 1991.</div></div>
            <div id="ref-glorot2010" class="csl-entry" role="listitem" dir="auto"><div class="csl-left-margin">[2]</div>\
            <div class="csl-right-inline">X. Glorot و Y. Bengio، “Understanding the difficulty of training deep feedforward neural networks”، \
            في <em>Proceedings of AISTATS</em>، ص. 249–256، 2010.</div></div>
            </div>
            </section>

            """)
    }

    @Test func aRefsDivPlacesTheList() throws {
        let (main, _) = try render("---\nbibliography: refs.bib\n---\n# Sources\n\n::: {#refs}\n:::\n\n# After\n\n[-@hochreiter1991]\n")
        #expect(main == """
            <h1 id="sources">Sources</h1>
            <div id="refs" class="references csl-bib-body hanging-indent" role="list">
            <div id="ref-hochreiter1991" class="csl-entry" role="listitem" dir="auto">Hochreiter, Sepp. 1991. \
            “Untersuchungen zu dynamischen neuronalen Netzen.” Diploma thesis, Technische Universität München.</div>
            </div>
            <h1 id="after">After</h1>
            <p><span class="citation" data-cites="hochreiter1991">(<a href="#ref-hochreiter1991" role="doc-biblioref">1991</a>)</span></p>

            """)
    }

    /// The id and further classes go on `<pre>`; the code is highlighted for the first class's language.
    @Test func fenceAttributesGoOnPre() throws {
        let (main, _) = try render("```{.python #lst-a .numberLines startFrom=\"3\"}\nx < 1\n```\n\n``` python {#lst-b}\nx\n```\n")
        #expect(main.hasPrefix("<pre id=\"lst-a\" class=\"numberLines\" data-startFrom=\"3\"><code class=\"language-python\">"
            + "x <span class=\"op\">&lt;</span> <span class=\"nu\">1</span>\n</code></pre>\n<pre id=\"lst-b\"><code class=\"language-python\">x\n</code></pre>\n"))
    }
}
