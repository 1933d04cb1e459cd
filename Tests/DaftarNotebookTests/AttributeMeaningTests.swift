@testable import DaftarNotebook
import Testing

/// What attributes mean is decided in the model (`AttributeMeanings`), so that every writer gets
/// it: custom keys as `data-`, sizes in `style`, Quarto's keys in typed fields.
@Suite struct AttributeMeaningTests {
    private func resolvedBlocks(_ text: String, safe: Bool = false) -> [MarkdownBlock] {
        var diagnostics: [Diagnostic] = []
        let notebook = parse(text).notebook.resolved(with: nil, options: .init(safe: safe), diagnostics: &diagnostics)
        return notebook.cells.flatMap { cell -> [MarkdownBlock] in
            switch cell {
            case .prose(let blocks): blocks
            case .fencedCode(let block): [.codeBlock(block)]
            case .code: []
            }
        }
    }

    @Test func customKeysBecomeDataAndSizesJoinTheStyle() {
        guard case .div(let div)? = resolvedBlocks("::: {#d .wide lang=ar note=\"a b\" width=50% style=\"color:red\" a\"b=1}\nx\n:::\n").first else {
            Issue.record("no div"); return
        }
        #expect(div.attributes == Attributes(id: "d", classes: ["wide"], keyValues: [
            .init("style", "width:50%;color:red"), .init("lang", "ar"), .init("data-note", "a b"),
        ]))
    }

    @Test func anUntrustedNotebooksStyleStaysData() {
        guard case .div(let div)? = resolvedBlocks("::: {style=\"position:fixed\" height=2em}\nx\n:::\n", safe: true).first else {
            Issue.record("no div"); return
        }
        #expect(div.attributes.keyValues == [.init("style", "height:2em;"), .init("data-style", "position:fixed")])
    }

    @Test func aCalloutsKeysAreItsFields() {
        let text = "::: {.callout-tip .wide title=\"Mind\" collapse=true appearance=minimal data-x=1}\nBody.\n:::\n"
        guard case .div(let div)? = resolvedBlocks(text).first, let callout = div.callout else { Issue.record("no callout"); return }
        #expect(div.attributes == Attributes(classes: ["wide"], keyValues: [.init("data-x", "1")]))
        #expect(callout == Callout(kind: .tip, title: [.text("Mind")], collapse: true, showsIcon: false, appearance: .minimal))
        guard case .div(let shown)? = resolvedBlocks("::: {.callout-note appearance=minimal icon=true}\nB\n:::\n").first else { return }
        #expect(shown.callout?.showsIcon == true, "`icon=true` shows the icon a minimal callout has not")
    }

    @Test func anImagesAltTextAndSizeAreResolved() {
        guard case .figure(let figure)? = resolvedBlocks("![A plot](p.png){#fig-p fig-alt=\"Rising\" width=300px height=50% k=v}\n").first else {
            Issue.record("no figure"); return
        }
        #expect(figure.image.altText == "Rising")
        #expect(figure.image.attributes == Attributes(id: "fig-p", keyValues: [
            .init("width", "300"), .init("data-k", "v"), .init("style", "height:50%;"),
        ]))
    }

    @Test func aTablesColumnWidthsArePercentages() {
        let text = "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n\n: Sizes {#tbl-s tbl-colwidths=\"[1,1,2]\"}\n"
        guard case .table(let table)? = resolvedBlocks(text).first else { Issue.record("no table"); return }
        #expect(table.columnWidths == [25, 25, 50])
        #expect(table.attributes == Attributes(id: "tbl-s"))
        guard case .table(let wrong)? = resolvedBlocks("| a | b |\n|---|---|\n| 1 | 2 |\n\n: W {tbl-colwidths=\"[1,1,2]\"}\n").first else { return }
        #expect(wrong.columnWidths == nil, "three widths for two columns mean nothing")
    }

    @Test func aFencesAttributesLoseTheLanguageClassAndACellsLabelIsItsId() {
        let blocks = resolvedBlocks("```{.python #lst-x .numberLines startFrom=3 title=\"a.py\"}\nprint(1)\n```\n\n```{r}\n#| label: plot\nplot(x)\n```\n")
        guard case .codeBlock(let fence)? = blocks.first, case .codeBlock(let cell)? = blocks.last else { Issue.record("\(blocks)"); return }
        #expect(fence.languageName == "python")
        #expect(fence.attributes == Attributes(id: "lst-x", classes: ["numberLines"], keyValues: [.init("data-startFrom", "3"), .init("title", "a.py")]))
        #expect(cell.languageName == "r")
        #expect(cell.attributes == Attributes(id: "plot"))
    }
}
