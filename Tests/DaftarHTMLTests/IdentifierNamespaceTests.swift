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
