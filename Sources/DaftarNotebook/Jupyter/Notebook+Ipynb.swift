import DaftarKernelProtocol
import Foundation

/// Reading a Jupyter notebook into the same `Notebook` a Markdown notebook becomes: Markdown
/// cells through Daftar's Markdown reader, code cells of any language with the outputs the file
/// holds (`heldResults`), and front matter from a first raw cell of YAML, as Quarto reads it.
extension Notebook {
    /// Parses the Jupyter notebook in `source`, appending problems to `diagnostics`; every
    /// location is a line and column of the `.ipynb` file itself. `confined`: as `parse`'s.
    public static func parseIpynb(_ source: SourceFile, confined: Bool = false, diagnostics: inout [Diagnostic]) -> Notebook {
        let path = source.path
        guard let jupyter = JupyterNotebook.read(source, diagnostics: &diagnostics) else {
            return Notebook(path: path, frontMatter: FrontMatter(), cells: [])
        }
        var jupyterCells = jupyter.cells[...]
        var frontMatter = FrontMatter.fromJupyterMetadata(jupyter.metadata)
        if let first = jupyterCells.first, let yaml = first.frontMatterText {
            var found: [Diagnostic] = []
            frontMatter = FrontMatter.parse(SourceFile(path: path, text: yaml), diagnostics: &found)
            frontMatter.lines = nil
            diagnostics += found.map { first.source.relocated($0, in: source) }
            jupyterCells = jupyterCells.dropFirst()
        }
        var cells: [Cell] = []
        var outputs: [(outputs: [CellOutput], executed: Bool)] = []
        for cell in jupyterCells {
            switch cell.kind {
            case .markdown:
                let blocks = BlockReader.parse(cell.source.text, path: path, locate: cell.source.locator(in: source),
                                               bareURIs: frontMatter.readerExtensions.contains("autolink_bare_uris"),
                                               gfmStrikethrough: frontMatter.isGFM, diagnostics: &diagnostics)
                var attachments = Attachments(bundles: cell.attachments)
                cells.append(.prose(attachments.rewrite(blocks: blocks)))
            case .raw:
                // Raw cells reach only the writer of their format, as nbconvert's HTML exporter keeps text/html ones.
                if cell.rawFormat == "html" { cells.append(.prose([.rawBlock(format: "html", text: cell.source.text)])) }
            case .code:
                cells.append(.code(codeCell(cell, language: jupyter.language, in: source, diagnostics: &diagnostics)))
                outputs.append((cell.outputs, cell.executionCount != nil || !cell.outputs.isEmpty))
            }
        }
        var notebook = Identities.assign(Notebook(path: path, frontMatter: frontMatter, cells: cells), diagnostics: &diagnostics)
        let inlineValues = jupyter.metadata[JupyterNotebook.daftarKey]?[JupyterNotebook.inlineValuesKey]?.members ?? []
        notebook.heldResults = NotebookResults(cells: zip(notebook.codeCells, outputs).map { cell, held in
            let failed = held.outputs.contains { if case .error = $0 { true } else { false } }
            return CellResult(id: cell.id, status: failed ? .failed : held.executed ? .ok : .skipped, outputs: held.outputs)
        }, inlineValues: Dictionary(inlineValues.compactMap { member in member.value.string.map { (NodeID(member.key), $0) } },
                                    uniquingKeysWith: { first, _ in first }))
        notebook.readBibliography(confined: confined, diagnostics: &diagnostics)
        return notebook
    }

    /// A Jupyter code cell as a `CodeCell`: its leading option lines (`//|` in Swift, or `#|` as
    /// tools that know only Python's comment write them; the language's comment and `|`
    /// elsewhere, as Quarto reads them) as cell options.
    private static func codeCell(_ cell: JupyterCell, language: String, in source: SourceFile, diagnostics: inout [Diagnostic]) -> CodeCell {
        let locate = cell.source.locator(in: source)
        let (options, code) = cell.optionsAndCode(language: language, diagnostics: &diagnostics) { index, column in
            locate(index + 1, column)
        }
        let location = cell.source.location(ofOffset: 0, in: source)
        var codeCell = CodeCell(id: "", code: code, options: options, location: location, codeLine: location.line, info: language)
        codeCell.language = language
        codeCell.jupyterID = cell.id ?? options.id
        return codeCell
    }
}

extension JupyterCell {
    /// A code cell's options and code as Daftar reads them: the leading option lines (`//|` or
    /// `#|` in Swift, the language's comment and `|` elsewhere), and the code after them, ended by
    /// a line break as a fence's code is, so that both kinds of notebook show it alike.
    func optionsAndCode(language: String, diagnostics: inout [Diagnostic],
                        locate: @escaping (_ index: Int, _ column: Int) -> SourceLocation) -> (CellOptions, code: String) {
        let prefix = language == "swift"
            ? (source.text.hasPrefix("#|") ? "#|" : CellOptions.prefix)
            : MarkdownCodeBlock.commentDelimiters(of: language).open + "|"
        let (options, code, _) = CellOptions.split(source.text, prefix: prefix, diagnostics: &diagnostics, locate: locate)
        return (options, code.isEmpty || code.hasSuffix("\n") ? code : code + "\n")
    }

    /// The YAML between `---` lines of a raw cell that is nothing else: Quarto's front matter
    /// for a Jupyter notebook.
    var frontMatterText: String? {
        guard kind == .raw else { return nil }
        let trimmed = source.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard source.text.hasPrefix("---\n"), trimmed.hasSuffix("\n---") || trimmed.hasSuffix("\n...") else { return nil }
        return source.text
    }
}

extension FrontMatter {
    /// What a Jupyter notebook's metadata says of the front matter's keys: `title`, `authors`
    /// (`[{"name": …}]`), and `lang`/`dir` where a tool has written them.
    static func fromJupyterMetadata(_ metadata: JSONNode) -> FrontMatter {
        var frontMatter = FrontMatter()
        frontMatter.title = metadata["title"]?.string
        frontMatter.authors = metadata["authors"]?.array?.compactMap { $0["name"]?.string ?? $0.string } ?? []
        frontMatter.lang = metadata["lang"]?.string
        frontMatter.explicitDirection = metadata["dir"]?.string.flatMap(TextDirection.init(rawValue:))
        return frontMatter
    }
}

/// Puts a Markdown cell's attachments in its images: `![](attachment:plot.png)` becomes the
/// attachment's `data:` URI, so the report stays one file.
private struct Attachments: NotebookRewriter {
    let bundles: [String: MIMEBundle]

    mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        let rewritten = rewritingChildren(of: inline)
        guard case .attributedImage(var image) = rewritten, let uri = dataURI(image.source) else { return [rewritten] }
        image.embedded = uri
        return [.attributedImage(image)]
    }

    mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        let rewritten = rewritingChildren(of: block)
        guard case .figure(var figure) = rewritten, let uri = dataURI(figure.image.source) else { return [rewritten] }
        figure.image.embedded = uri
        return [.figure(figure)]
    }

    private func dataURI(_ source: String) -> String? {
        guard source.hasPrefix("attachment:"), let bundle = bundles[String(source.dropFirst("attachment:".count))],
              let image = bundle.representations.first(where: { $0.type.rawValue.hasPrefix("image/") }) else { return nil }
        let base64 = image.type == .svg ? Data(image.content.utf8).base64EncodedString() : image.content.filter { !$0.isWhitespace }
        return "data:\(image.type.rawValue);base64,\(base64)"
    }
}
