import DaftarNotebook

/// The report's title block and the `<meta>` tags that carry the same front matter.
enum TitleBlock {
    /// `<header id="title-block-header">` with the title, authors and date, as pandoc writes it;
    /// nothing when the front matter has no `title:`, as in pandoc's and Quarto's templates (the
    /// file's name then goes only into `<title>`, and the document's own first heading leads).
    static func html(for notebook: Notebook) -> String {
        let frontMatter = notebook.frontMatter
        guard let title = frontMatter.title, !title.isEmpty else { return "" }
        var html = "<header id=\"title-block-header\">\n<h1 class=\"title\">\(HTMLEscaping.escape(title))</h1>\n"
        for author in frontMatter.authors {
            html += "<p class=\"author\">\(HTMLEscaping.escape(author))</p>\n"
        }
        if let date = frontMatter.date {
            html += "<p class=\"date\">\(HTMLEscaping.escape(date))</p>\n"
        }
        return html + "</header>\n"
    }

    static func metaTags(for frontMatter: FrontMatter) -> String {
        var html = ""
        for author in frontMatter.authors {
            html += "<meta name=\"author\" content=\"\(HTMLEscaping.escape(author))\">\n"
        }
        if let date = frontMatter.date {
            html += "<meta name=\"dcterms.date\" content=\"\(HTMLEscaping.escape(date))\">\n"
        }
        return html
    }
}
