@testable import DaftarNotebook
import Testing

/// GitHub's tag filter: only under `from: gfm`, only the nine tags, opening or closing, in any case.
@Suite struct GFMTagFilterTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("<IFRAME src=x>", "&lt;IFRAME src=x>"),
        ("<style/>", "&lt;style/>"),
        ("<textarea\n>", "&lt;textarea\n>"),
        ("<plaintext>", "&lt;plaintext>"),
        ("<titles> <scripty> <stylesheet>", "<titles> <scripty> <stylesheet>"),
        ("<style", "<style"),
        ("<em>إن</em> <xmp>", "<em>إن</em> &lt;xmp>"),
    ])
    func disallowedTagsLoseTheirOpeningBracket(html: String, filtered: String) {
        #expect(GFMTagFilter.filtered(html) == filtered)
    }

    @Test func onlyAGFMNotebookIsFiltered() {
        var diagnostics: [Diagnostic] = []
        let text = "<script>x</script>\n\nA <title> here.\n"
        let gfm = parse("---\nfrom: gfm\n---\n" + text).notebook.resolved(with: nil, diagnostics: &diagnostics)
        #expect(gfm.cells == [.prose([.htmlBlock("&lt;script>x&lt;/script>\n"), .paragraph([.text("A "), .html("&lt;title>"), .text(" here.")])])])
        let markdown = parse(text).notebook.resolved(with: nil, diagnostics: &diagnostics)
        #expect(markdown.cells == [.prose([.htmlBlock("<script>x</script>\n"), .paragraph([.text("A "), .html("<title>"), .text(" here.")])])])
    }
}
