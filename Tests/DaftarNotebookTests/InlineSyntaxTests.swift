import Testing
@testable import DaftarNotebook

/// Pandoc's inline syntax in the model: spans, attributes, strikeout, sub- and superscripts, notes.
@Suite struct InlineSyntaxTests {
    private func inlines(_ markdown: String) -> [MarkdownInline] {
        guard case .prose(let blocks) = parse(markdown).notebook.cells.first, case .paragraph(let content) = blocks.first else { return [] }
        return content
    }

    @Test func strikeoutSubscriptAndSuperscriptAreReadAsPandocReadsThem() {
        #expect(inlines("~~a *b*~~ H~2~O x^2^\n") == [
            .strikethrough([.text("a "), .emphasis([.text("b")])]), .text(" H"), .subscripted([.text("2")]), .text("O x"),
            .superscripted([.text("2")]),
        ])
        // A space inside a script, or just inside `~~`, leaves the text as it is.
        #expect(inlines("a~b c~ ~~ d ~~ x^a b^\n") == [.text("a~b c~ ~~ d ~~ x^a b^")])
        #expect(inlines("P~a\\ b~\n") == [.text("P"), .subscripted([.text("a\u{A0}b")])])
        #expect(inlines("`~~x~~` ~~y~~\n") == [.code("~~x~~"), .text(" "), .strikethrough([.text("y")])])
        // Escaped, `~` and `^` are text, in prose and in link destinations alike.
        #expect(inlines("H\\~2~O x\\^2^ [a](b\\~c)\n") == [
            .text("H~2~O x^2^ "), .link(destination: "b~c", title: "", content: [.text("a")]),
        ])
    }

    @Test func spansAndAttributesAttachToWhatTheyFollow() {
        #expect(inlines("[a *b*]{#s .c k=v}\n") == [
            .span(Attributes(id: "s", classes: ["c"], keyValues: [.init("k", "v")]), [.text("a "), .emphasis([.text("b")])]),
        ])
        #expect(inlines("`x`{.swift} [l](u){.c}\n") == [
            .attributed(.code("x"), Attributes(classes: ["swift"])), .text(" "),
            .attributed(.link(destination: "u", title: "", content: [.text("l")]), Attributes(classes: ["c"])),
        ])
        // Braces after text, or that are not attributes, stay text.
        #expect(inlines("(x){.c} [y]{not attributes}\n") == [.text("(x){.c} [y]{not attributes}")])
    }

    @Test func imagesKnowTheirPlaceAndAttributes() throws {
        let content = inlines("Text\nand ![a *b*](p.png \"t\"){#fig-p width=50%}\n")
        guard case .attributedImage(let image) = content.last else { Issue.record("no image: \(content)"); return }
        #expect(image.source == "p.png" && image.title == "t")
        #expect(image.attributes == Attributes(id: "fig-p", keyValues: [.init("width", "50%")]))
        #expect(image.location == SourceLocation(file: "x.md", line: 2, column: 5))
    }

    @Test func notesAreNumberedByFirstReferenceAndGatheredAtTheEnd() {
        let (notebook, readDiagnostics) = parse("""
            One[^b], two^[*inline*], again[^b], none[^z].

            [^b]: First paragraph
            lazily continued.

                Second paragraph.

            [^unused]: Never referred to.

            """)
        #expect(readDiagnostics.isEmpty)
        var diagnostics: [Diagnostic] = []
        let resolved = notebook.resolved(with: nil, diagnostics: &diagnostics)
        #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" } == [
            "1:41: no note is labelled `z` (a line `[^z]: …` defines one); the reference is shown as text",
            "8:1: the note `[^unused]` is never referred to; it is not shown",
        ])
        guard case .prose(let blocks) = resolved.cells.last, case .footnotes(let notes) = blocks.first else {
            Issue.record("no footnotes section: \(resolved.cells)")
            return
        }
        #expect(notes == [
            Footnote(number: 1, blocks: [.paragraph([.text("First paragraph"), .softBreak, .text("lazily continued.")]),
                                         .paragraph([.text("Second paragraph.")])]),
            Footnote(number: 2, blocks: [.paragraph([.emphasis([.text("inline")])])]),
        ])
        guard case .prose(let first) = resolved.cells.first, case .paragraph(let content) = first.first else { return }
        let numbers = content.compactMap { if case .footnoteReference(let reference) = $0 { reference.number } else { nil } }
        #expect(numbers == [1, 2, 1])
        #expect(first.count == 1, "the definitions are out of the flow")
    }

    @Test func anImageAloneInAParagraphIsAFigureNumberedWithTheCellsFigures() {
        let (notebook, _) = parse("""
            ```swift
            //| label: fig-cell
            print(1)
            ```

            ![Caption](nope.png){#fig-image}

            See @fig-image.

            """)
        var diagnostics: [Diagnostic] = []
        let resolved = notebook.resolved(with: nil, diagnostics: &diagnostics)
        #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" } == [
            "6:1: the image `nope.png` cannot be read (no such file beside the notebook)",
        ])
        guard case .prose(let blocks) = resolved.cells[1], case .figure(let figure) = blocks.first else {
            Issue.record("no figure: \(resolved.cells)")
            return
        }
        #expect(figure.number == 2 && figure.caption == [.text("Caption")])
    }

    @Test(arguments: [
        ("\"Quoted\" and 'single', it's '90s -- a --- b...", "“Quoted” and ‘single’, it’s ’90s – a — b…"),
        ("$\"x\"$ `\"code\"` \"*em*\"", "$\"x\"$ `\"code\"` “*em*”"),
        ("<http://a.b/x--y> \"z\"", "<http://a.b/x--y> “z”"),
    ])
    func smartPunctuationTouchesProseOnly(_ markdown: String, _ expected: String) {
        var diagnostics: [Diagnostic] = []
        let resolved = parse(markdown + "\n").notebook.resolved(with: nil, diagnostics: &diagnostics)
        let smart = parse(expected + "\n").notebook
        // The expected text, read as Markdown, has the same structure with the punctuation already curly.
        guard case .prose(let blocks) = resolved.cells.first, case .prose(let expectedBlocks) = smart.cells.first else {
            Issue.record("no prose")
            return
        }
        #expect(blocks == expectedBlocks)
    }

    /// Found by fuzzing: a note definition that is also a link definition was read again inside every
    /// fragment the definitions were appended to, until the stack ran out.
    @Test func aNoteDefinitionIsNeverALinkDefinition() {
        let (notebook, _) = parse("[^b]:*\n\n [^a]:]\n\n| x |\n|---|\n| [^b] |\n")
        #expect(notebook.cells.count == 1)
    }

    /// Under `from: gfm`, GitHub's strikethrough: one tilde or two, spaces inside allowed, no scripts.
    @Test func gfmStrikesWithOneTildeAndHasNoScripts() {
        #expect(inlines("---\nfrom: gfm\n---\n\n~a b~ ~~c~~ ~~~d~~~ x^2^\n") == [
            .strikethrough([.text("a b")]), .text(" "), .strikethrough([.text("c")]), .text(" ~~~d~~~ x^2^"),
        ])
    }

    /// Values in spans, inline notes and note definitions are evaluated like any other, and land in the notes.
    @Test func expressionsInSpansAndNotesAreNamedAndResolved() {
        let (notebook, _) = parse("[`{swift} 1`]{.c}^[`{swift} 2`][^a]\n\n[^a]: `{swift} 3`\n")
        let expressions = notebook.inlineExpressions
        #expect(expressions.map(\.code) == ["1", "2", "3"])
        #expect(expressions.allSatisfy { !$0.id.rawValue.isEmpty })
        let values = Dictionary(uniqueKeysWithValues: expressions.map { ($0.id, "v" + $0.code) })
        var diagnostics: [Diagnostic] = []
        let resolved = notebook.resolved(with: NotebookResults(inlineValues: values), diagnostics: &diagnostics)
        #expect(resolved.inlineExpressions.map(\.value) == ["v1", "v2", "v3"])
    }

    @Test func aNoteDefinitionMayBeIndentedUpToThreeSpaces() {
        let (notebook, _) = parse("a[^x]\n\n   [^x]: three spaces\n")
        var diagnostics: [Diagnostic] = []
        let resolved = notebook.resolved(with: nil, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        guard case .prose(let blocks) = resolved.cells.last, case .footnotes(let notes) = blocks.first else {
            Issue.record("no notes")
            return
        }
        #expect(notes == [Footnote(number: 1, blocks: [.paragraph([.text("three spaces")])])])
    }

    /// Brackets are paired and strikeout closers found once per paragraph: these took seconds when
    /// each opener searched the rest of the line (now a few hundredths in a debug build).
    @Test func longRunsOfOpenersAreReadInLinearTime() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = parse(String(repeating: "[", count: 20_000) + "\n\n" + String(repeating: "~~a ", count: 5_000)
                      + "\n\n" + String(repeating: "^[", count: 10_000) + "\n")
        }
        #expect(elapsed < .seconds(3))
    }
}
