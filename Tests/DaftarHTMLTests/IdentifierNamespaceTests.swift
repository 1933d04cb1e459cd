import DaftarNotebook
import Testing
@testable import DaftarHTML

/// Every id of a report is in one namespace: an author's ids of every kind, generated heading ids
/// and the ids the report gives its own elements (notes, references, contents, title).
@Suite struct IdentifierNamespaceTests {
    private func page(_ markdown: String) -> (html: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, diagnostics: &diagnostics)
        let html = Report.html(for: notebook, options: Report.Options(), diagnostics: &diagnostics)
        return (html, diagnostics)
    }

    private func at(_ line: Int, _ column: Int) -> DaftarNotebook.SourceLocation { DaftarNotebook.SourceLocation(file: "x.md", line: line, column: column) }

    /// Every `id="…"` in the page, in order.
    private func ids(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func aSpanCannotTakeAHeadingsIdAndReferencesNameTheHeading() {
        let (html, diagnostics) = page("# Intro {#sec-intro}\n\nSee [this]{#sec-intro .x} and @sec-intro.\n")
        #expect(diagnostics == [Diagnostic(
            .warning, "the label `sec-intro` is already the id of a section; references name the first", at: at(3, 5),
            notes: [Diagnostic.Note("the first is here", at: at(1, 1))])])
        #expect(html.contains("<p>See <span class=\"x\">this</span> and <a href=\"#sec-intro\" class=\"cross-ref\">Intro</a>.</p>"))
    }

    @Test func kindsShareOneNamespace() {
        let (_, diagnostics) = page("::: {#a}\nx\n:::\n\n![i](i.png){#a}\n\n`c`{#a} [l](u){#a}\n\n| t |\n|---|\n| 1 |\n\n: T {#a}\n\n```{.python #a}\n1\n```\n")
        let collisions = diagnostics.filter { $0.message.contains("label `a`") }
        #expect(collisions.map(\.message) == [
            "the label `a` is already the id of a div; references name the first",
            "the label `a` is already the id of a div; references name the first",
            "the label `a` is already the id of a div; references name the first",
            "the label `a` is already the id of a div; references name the first",
            "the label `a` is already the id of a div; references name the first",
        ])
        #expect(collisions.map(\.location) == [at(5, 1), at(7, 4), at(7, 15), at(9, 1), at(15, 1)])
        #expect(collisions.allSatisfy { $0.notes == [Diagnostic.Note("the first is here", at: at(1, 1))] })
        let afterImage = page("Look: ![i](i.png){#m} and `c`{#k}.\n\n[s]{#m} [t]{#k}\n").diagnostics.filter { $0.message.hasPrefix("the label") }
        #expect(afterImage.map(\.message) == [
            "the label `m` is already the id of an image; references name the first",
            "the label `k` is already the id of a code span; references name the first",
        ])
    }

    @Test func aSecondEquationWithALabelIsAWarningAndUnnumbered() {
        let (html, diagnostics) = page("$$a$$ {#eq-b}\n\n$$c$$ {#eq-b}\n\nSee @eq-b.\n")
        #expect(diagnostics == [Diagnostic(.warning, "two equations have the label `eq-b`; references name the first", at: at(3, 1),
                                           notes: [Diagnostic.Note("the first is here", at: at(1, 1))])])
        #expect(ids(in: html).filter { $0 == "eq-b" }.count == 1)
        #expect(html.components(separatedBy: "<span class=\"equation-number\">").count == 2, "only the first is numbered")
        #expect(html.contains("See <a href=\"#eq-b\" class=\"cross-ref\">Equation 1</a>."))
    }

    @Test func theReportsOwnIdsAreReserved() {
        let (html, diagnostics) = page("A note.[^n]\n\n[mine]{#fn1} [also]{#footnotes}\n\n# Footnotes\n\n# TOC title\n\n[^n]: The note.\n")
        #expect(diagnostics.map(\.message) == [
            "`fn1` is an id the report gives its own elements (title, contents, notes or references); it is dropped here",
            "`footnotes` is an id the report gives its own elements (title, contents, notes or references); it is dropped here",
        ])
        #expect(diagnostics.map(\.location) == [at(3, 1), at(3, 14)])
        #expect(html.contains("<h1 id=\"footnotes-1\">Footnotes</h1>"))
        #expect(html.contains("<h1 id=\"toc-title-1\">TOC title</h1>"))
        // Without notes, `fn1` is the author's to give.
        #expect(page("[mine]{#fn1}\n").diagnostics.isEmpty)
    }

    /// An id holding a direction control, an invisible mark or a control character is a warning
    /// that shows it (`<U+202E>`) and is written as pandoc writes identifiers; Arabic letters stay.
    @Test func idsWithInvisibleOrControlCharactersAreMadeValid() {
        let (html, diagnostics) = page("# Intro {#sec-a\u{202E}b}\n\n[x]{#سلام} [y]{#\u{2066}\u{2069}}\n\n$$y$$ {#eq-y\u{200F}}\n\n"
            + "[z]{#tab\u{0001}here}\n\nSee @sec-a-b and @eq-y.\n")
        let warning = "holds whitespace, control characters or invisible direction marks, which an HTML id cannot hold or would hide;"
        #expect(diagnostics == [
            Diagnostic(.warning, "the id `sec-a<U+202E>b` \(warning) it is written `sec-a-b`, and references name it so", at: at(1, 1)),
            Diagnostic(.warning, "the id `<U+2066><U+2069>` \(warning) it is dropped", at: at(3, 16)),
            Diagnostic(.warning, "the id `eq-y<U+200F>` \(warning) it is written `eq-y`, and references name it so", at: at(5, 1)),
            Diagnostic(.warning, "the id `tab<U+0001>here` \(warning) it is written `tab-here`, and references name it so", at: at(7, 1)),
        ], "\(diagnostics)")
        #expect(ids(in: html) == ["sec-a-b", "سلام", "eq-y", "tab-here"], "\(ids(in: html))")
        #expect(html.contains("See <a href=\"#sec-a-b\" class=\"cross-ref\">Intro</a> and <a href=\"#eq-y\" class=\"cross-ref\">Equation 1</a>."))
    }

    /// A cell's label with spaces is a warning at the label's own line and column; a reference that
    /// stops at the space says which id to name, and one naming that id finds the figure.
    @Test func aCellLabelWithASpaceIsWarnedAtItsOptionAndReferencesAreTold() {
        let (html, diagnostics) = page("```{python}\n#| label: lst-my code\n#| lst-cap: Code\n1\n```\n\nSee @lst-my and @lst-my-code.\n")
        #expect(diagnostics == [
            Diagnostic(.warning, "the id `lst-my code` holds whitespace, control characters or invisible direction marks, which an HTML id "
                + "cannot hold or would hide; it is written `lst-my-code`, and references name it so", at: at(2, 11)),
            Diagnostic(.warning, "unknown cross-reference @lst-my: no listing (code labelled `lst-my` with a `lst-cap`) has this label",
                       at: at(7, 5), notes: [Diagnostic.Note("the label `lst-my code` became the id `lst-my-code`; write @lst-my-code")]),
        ], "\(diagnostics)")
        #expect(ids(in: html) == ["lst-my-code"], "\(ids(in: html))")
        #expect(html.contains("<a href=\"#lst-my-code\" class=\"cross-ref\">Listing 1</a>"), "\(html)")
    }

    @Test func validIdsOfEveryScriptAreKeptAsTheyAre() {
        #expect(AuthorIdentifier.valid("fig-منحنى_1") == "fig-منحنى_1")
        #expect(AuthorIdentifier.valid("  a \t\n b  ") == "a-b")
        #expect(AuthorIdentifier.valid("\u{061C}\u{200E}") == nil)
        #expect(AuthorIdentifier.valid("a\u{00A0}b\u{2028}c") == "a-b-c")
        // The joiners Persian and Arabic spelling needs are letters' business, not direction marks.
        #expect(AuthorIdentifier.valid("می\u{200C}خواهم") == "می\u{200C}خواهم")
    }

    @Test func anEmptyCellLabelIsDropped() {
        let (html, diagnostics) = page("```{python}\n#| label: \"\"\n1\n```\n")
        #expect(diagnostics == [Diagnostic(.warning, "the id `` is empty, which an HTML id cannot be; it is dropped", at: at(2, 11))])
        #expect(ids(in: html).isEmpty)
    }

    @Test func aReportFullOfCollidingIdsHasEveryIdOnce() {
        let markdown = """
            ---
            title: Collisions
            ---

            # Intro {#x}

            # Intro

            # Intro {#intro-1}

            # Footnotes

            # Contents

            # TOC

            [a]{#x} [b]{#intro} [c]{#fn1} [d]{#fnref2} [e]{#toc-title} [f]{#title-block-header}

            ::: {#x}
            div
            :::

            ::: {#fn2 .callout-note}
            callout
            :::

            ![i](i.png){#x}

            | a |
            |---|
            | 1 |

            : T {#x}

            # Equation {#eq-x}

            $$ y $$ {#eq-x}

            ```{.python #x}
            1
            ```

            ```{python}
            #| label: intro
            2
            ```

            Notes.[^1] [^2]

            [^1]: One [span]{#fnref1}.
            [^2]: Two.
            """
        let (html, diagnostics) = page(markdown)
        let all = ids(in: html)
        #expect(Set(all).count == all.count, "repeated: \(Dictionary(grouping: all) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
        #expect(["x", "intro", "intro-1", "intro-2", "footnotes", "footnotes-1", "TOC", "toc", "toc-title", "fn1", "fnref1", "fn2", "fnref2",
                 "title-block-header", "contents"].allSatisfy(all.contains), "\(all)")
        #expect(diagnostics.filter { $0.severity == .warning }.count == 14, "\(diagnostics.map(\.message))")
        #expect(diagnostics.contains { $0.message == "the label `eq-x` is already the id of a section; references name the first" })
    }
}
