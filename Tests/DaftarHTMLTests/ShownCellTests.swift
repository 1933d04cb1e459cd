import DaftarNotebook
import Testing
@testable import DaftarHTML

/// Quarto cells of other languages (`{python}`, `{r}`, …) are shown and never run: their `#|`
/// options say how, as Quarto shows a cell it does not execute; Swift cells keep their own rules.
@Suite struct ShownCellTests {
    private func render(_ markdown: String) -> (html: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let notebook = Notebook.parse(SourceFile(path: "x.md", text: markdown), diagnostics: &diagnostics)
            .resolved(with: nil, options: .init(headingIdentifiers: false), diagnostics: &diagnostics)
        let html = Report.html(for: notebook, options: Report.Options(fragment: true), diagnostics: &diagnostics)
        return (html, diagnostics)
    }

    @Test(arguments: [
        "```{python}\n#| echo: false\nsecret = 1\n```\n",
        "```{r}\n#| include: false\nx <- 1\n```\n",
        "```{c}\n/*| echo: false */\nint x;\n```\n",
        "```{sql}\n--| include: false\nselect 1\n```\n",
    ])
    func aHiddenCellShowsNothing(markdown: String) {
        let (html, diagnostics) = render(markdown + "\nAfter.\n")
        #expect(html == "<p>After.</p>\n")
        #expect(diagnostics.isEmpty)
    }

    @Test func foldedCodeHasItsSummary() {
        #expect(render("```{r}\n#| code-fold: true\n#| code-summary: Show the R\nx <- 1\n```\n").html == """
            <details>
            <summary>Show the R</summary>
            <pre><code class="language-r">x &lt;- 1
            </code></pre>
            </details>

            """)
        #expect(render("```{python}\n#| code-fold: show\npass\n```\n").html == """
            <details open>
            <summary>Code</summary>
            <pre><code class="language-python"><span class="kw">pass</span>
            </code></pre>
            </details>

            """)
    }

    @Test func aLabelIsTheCodesIdAndAListingCaptionCaptionsIt() {
        #expect(render("```{python}\n#| lst-label: lst-load\n#| lst-cap: Loading the data\nload()\n```\n").html == """
            <figure class="listing">
            <figcaption>Listing 1: Loading the data</figcaption>
            <pre id="lst-load"><code class="language-python">load()
            </code></pre>
            </figure>

            """)
        // `fig-cap` captions a figure the cell would output, and it outputs nothing here.
        #expect(render("```{r}\n#| label: plot\n#| fig-cap: A plot\nplot(x)\n```\n").html
            == "<pre id=\"plot\"><code class=\"language-r\">plot(x)\n</code></pre>\n")
    }

    /// Quarto's listings: code labelled `lst-` with a caption is numbered, and `@lst-` refers to it.
    @Test func listingsAreNumberedAndReferredTo() {
        let (html, diagnostics) = render("""
            See @lst-a and [@lst-a; @lst-b].

            ```{#lst-b .r lst-cap="Plotting"}
            plot(x)
            ```

            ```{python}
            #| lst-label: lst-a
            #| lst-cap: Loading
            load()
            ```

            ```{python}
            #| lst-label: lst-hidden
            #| lst-cap: Not shown
            #| echo: false
            secret()
            ```

            ```{#lst-c .r}
            x
            ```

            And @lst-c.

            """)
        #expect(html == """
            <p>See <a href="#lst-a" class="cross-ref">Listing 2</a> and Listings <a href="#lst-a" class="cross-ref">2</a> and \
            <a href="#lst-b" class="cross-ref">1</a>.</p>
            <figure class="listing">
            <figcaption>Listing 1: Plotting</figcaption>
            <pre id="lst-b"><code class="language-r">plot(x)
            </code></pre>
            </figure>
            <figure class="listing">
            <figcaption>Listing 2: Loading</figcaption>
            <pre id="lst-a"><code class="language-python">load()
            </code></pre>
            </figure>
            <pre id="lst-c"><code class="language-r">x
            </code></pre>
            <p>And <strong class="cross-ref-missing">?@lst-c</strong>.</p>

            """)
        #expect(diagnostics == [Diagnostic(.warning, "unknown cross-reference @lst-c: no listing (code labelled `lst-c` with a `lst-cap`) has this label",
                                           at: DaftarNotebook.SourceLocation(file: "x.md", line: 24, column: 5))])
    }

    @Test func unknownOptionsWarnAndIllTypedOnesAreErrorsAtTheirPlace() {
        let (html, diagnostics) = render("Text.\n\n```{python}\n#| echo: false\n#| colour: red\n#| code-fold: 3\npass\n```\n")
        #expect(html == "<p>Text.</p>\n")
        let known = "`label`, `caption`, `echo`, `eval`, `output`, `error`, `timeout`, `depends`, `fig-cap`, `fig-alt`, `tbl-cap`, "
            + "`code-fold`, `code-summary`, `include`, `warning`, `id`, `lst-cap`, `lst-label`"
        #expect(diagnostics == [
            Diagnostic(.warning, "unknown cell option `colour`; it is ignored", at: DaftarNotebook.SourceLocation(file: "x.md", line: 5, column: 4),
                       notes: [Diagnostic.Note("known options: \(known)")]),
            Diagnostic(.error, "cell option `code-fold` must be `true`, `false` or `show`", at: DaftarNotebook.SourceLocation(file: "x.md", line: 6, column: 15)),
        ])
    }

    @Test func swiftCellsDoNotReadListingOptions() {
        let (_, diagnostics) = render("```swift\n//| lst-cap: A listing\nlet x = 1\n```\n")
        #expect(diagnostics.map(\.message) == ["unknown cell option `lst-cap`; it is ignored"])
        #expect(diagnostics.first?.notes.first?.message.contains("`lst-cap`") == false)
    }

    @Test func aCellWithoutOptionsIsShownAsItWas() {
        #expect(render("```{python}\nprint(1)\n```\n").html
            == "<pre><code class=\"language-python\">print(<span class=\"nu\">1</span>)\n</code></pre>\n")
    }
}
