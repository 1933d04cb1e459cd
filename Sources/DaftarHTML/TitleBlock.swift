import DaftarNotebook

/// The report's title block and the `<meta>` tags that carry the same front matter.
enum TitleBlock {
    /// `<header id="title-block-header">` with the title, authors and date, as pandoc writes it.
    static func html(for notebook: Notebook) -> String {
        let frontMatter = notebook.frontMatter
        var html = "<header id=\"title-block-header\">\n<h1 class=\"title\">\(HTMLEscaping.escape(notebook.title))</h1>\n"
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
