import DaftarNotebook

/// Definition lists as pandoc writes them, and task list checkboxes as GitHub writes them.
extension ProseRenderer {
    mutating func renderDefinitionList(_ list: MarkdownDefinitionList) {
        cr()
        html += "<dl>\n"
        for item in list.items {
            html += "<dt>"
            renderInlines(item.term)
            html += "</dt>\n"
            for definition in item.definitions {
                html += "<dd>\n"
                for block in definition { render(block, tight: item.isTight) }
                cr()
                html += "</dd>\n"
            }
        }
        html += "</dl>\n"
    }

    /// The first block of a task item, with its disabled checkbox before the text.
    mutating func renderTask(_ block: MarkdownBlock, checked: Bool, tight: Bool) {
        let box = checked ? "<input checked=\"\" disabled=\"\" type=\"checkbox\">" : "<input disabled=\"\" type=\"checkbox\">"
        guard case .paragraph(let content) = block else {
            html += box
            render(block, tight: tight)
            return
        }
        if tight {
            html += box
            renderInlines(content)
        } else {
            cr()
            html += "<p>" + box
            renderInlines(content)
            html += "</p>\n"
        }
    }
}
