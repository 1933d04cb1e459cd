import Testing
@testable import DaftarNotebook

/// Equations, sections and cross-references to them: numbers, tags, ids and warnings.
@Suite struct NumberingTests {
    private func resolve(_ markdown: String) -> (Notebook, [String]) {
        var diagnostics: [Diagnostic] = []
        let notebook = parse(markdown).notebook.resolved(with: nil, diagnostics: &diagnostics)
        return (notebook, diagnostics.map { "\($0.location!): \($0.message)" })
    }

    private func inlines(_ notebook: Notebook) -> [MarkdownInline] {
        notebook.cells.flatMap { cell -> [MarkdownInline] in
            guard case .prose(let blocks) = cell else { return [] }
            return blocks.flatMap(\.inlinesDeep)
        }
    }

    private func headings(_ notebook: Notebook) -> [MarkdownHeading] {
        notebook.cells.flatMap { cell -> [MarkdownHeading] in
            guard case .prose(let blocks) = cell else { return [] }
            return blocks.compactMap { if case .heading(let heading) = $0 { heading } else { nil } }
        }
    }

    @Test func labelledEquationsAreNumberedAndTagsTakenOutOfTheirTeX() {
        let (notebook, messages) = resolve("""
            $$a$$ {#eq-a}

            $$b \\tag{B.1}$$ {#eq-b}

            $$c$$

            $$d$$ {#eq-d}

            See @eq-a, @eq-b and [@eq-a; @eq-d], @eq-none.
            """)
        #expect(messages == ["x.md:9:38: unknown cross-reference @eq-none: no equation (display math followed by `{#eq-none}`) has this label"])
        let maths = mathSpans(in: notebook)
        #expect(maths.map(\.tag) == ["1", "B.1", nil, "2"])
        #expect(maths[1].tex == "b ")
        let references = inlines(notebook).compactMap { if case .crossReference(let r) = $0 { r } else { nil } }
        #expect(references.map(\.shownNumber) == ["1", "B.1", "1", nil])
        #expect(references[2].group.map(\.shownNumber) == ["2"])
    }

    @Test func sectionsAreNumberedOnlyWhenAsked() {
        let text = """
            ## Intro {#sec-intro}

            ### Detail {#sec-detail}

            ## Preface {.unnumbered}

            ## Method

            @sec-detail
            """
        let (plain, _) = resolve(text)
        #expect(headings(plain).map(\.number) == [nil, nil, nil, nil])
        #expect(headings(plain).map(\.id) == ["sec-intro", "sec-detail", "preface", "method"])
        let (numbered, messages) = resolve("---\nnumber-sections: true\n---\n" + text)
        #expect(messages.isEmpty)
        #expect(headings(numbered).map(\.number) == ["1", "1.1", nil, "2"])
        let reference = inlines(numbered).compactMap { if case .crossReference(let r) = $0 { r } else { nil } }.first
        #expect(reference?.shownNumber == "1.1")
        #expect(reference?.targetTitle == "Detail")
    }

    @Test func anUnknownSectionIsAWarningAtItsAt() {
        let (_, messages) = resolve("# A {#sec-a}\n\nSee @sec-a and @sec-b.\n")
        #expect(messages == ["x.md:3:16: unknown cross-reference @sec-b: no heading (one ending `{#sec-b}`) has this label"])
    }
}
