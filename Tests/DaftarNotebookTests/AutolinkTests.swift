import Testing
@testable import DaftarNotebook

/// GitHub's extended autolinks, read when a notebook asks for them (`from: markdown+autolink_bare_uris`
/// or `from: gfm`); never by default, as in pandoc's Markdown and CommonMark.
@Suite struct AutolinkTests {
    private func inlines(_ markdown: String, from: String? = "markdown+autolink_bare_uris") -> [MarkdownInline] {
        let frontMatter = from.map { "---\nfrom: \($0)\n---\n" } ?? ""
        let (notebook, _) = parse(frontMatter + markdown)
        guard case .prose(let blocks) = notebook.cells.first, case .paragraph(let content) = blocks.first else { return [] }
        return content
    }

    @Test func bareURLsAreTextUnlessTheNotebookAsks() {
        #expect(inlines("see www.example.com", from: nil) == [.text("see www.example.com")])
        #expect(inlines("see www.example.com.") == [.text("see "), .link(destination: "http://www.example.com", title: "", content: [.text("www.example.com")]), .text(".")])
        #expect(inlines("a https://x.org/p(1)) b", from: "gfm") == [
            .text("a "), .link(destination: "https://x.org/p(1)", title: "", content: [.text("https://x.org/p(1)")]), .text(") b")])
        #expect(inlines("mail ada@example.org!", from: "markdown-autolink_bare_uris") == [.text("mail ada@example.org!")])
        #expect(inlines("mail ada@example.org!") == [
            .text("mail "), .link(destination: "mailto:ada@example.org", title: "", content: [.text("ada@example.org")]), .text("!")])
    }

    @Test func linksCodeAndReferencesAreLeftAlone() {
        #expect(inlines("[www.a.com](http://b.com) `www.c.com`") == [
            .link(destination: "http://b.com", title: "", content: [.text("www.a.com")]), .text(" "), .code("www.c.com")])
        let (notebook, _) = parse("---\nfrom: gfm\n---\nSee @fig-x and a@fig-y.com.\n")
        guard case .prose(let blocks) = notebook.cells.first, case .paragraph(let content) = blocks.first else { Issue.record("no paragraph"); return }
        if case .crossReference = content[1] {} else { Issue.record("expected a cross-reference: \(content)") }
        #expect(content.last == .text("."))
    }
}
