/// The passes between execution and writing, in order: results onto their cells and expressions,
/// attribute meanings, raw HTML omitted when untrusted, notes, one namespace of ids, figure and table numbers, cross-references,
/// citations, heading ids. Every writer gets the document they return.
extension Notebook {
    /// What resolution should do beyond what every writer needs.
    public struct ResolutionOptions: Sendable {
        /// Give headings ids (pandoc's `auto_identifiers`); off for a bare CommonMark fragment.
        public var headingIdentifiers: Bool
        /// Pandoc's Markdown beyond CommonMark that changes what CommonMark shows: images embedded
        /// from their files, images alone in a paragraph as figures; off for a bare CommonMark fragment.
        public var pandocResources: Bool
        /// Curly quotes, dashes and ellipses (pandoc's `smart`); off for a bare CommonMark fragment,
        /// as pandoc's `commonmark` reader has it off.
        public var smartPunctuation: Bool
        /// The notebook is not trusted (`--safe`): its raw HTML is omitted (`RawHTMLOmission`),
        /// images are embedded only from its own folder, and its front matter cannot allow remote images.
        public var safe: Bool

        public init(headingIdentifiers: Bool = true, pandocResources: Bool? = nil, smartPunctuation: Bool? = nil, safe: Bool = false) {
            self.headingIdentifiers = headingIdentifiers
            self.pandocResources = pandocResources ?? headingIdentifiers
            self.smartPunctuation = smartPunctuation ?? headingIdentifiers
            self.safe = safe
        }
    }

    /// The notebook with `results` attached, figures numbered and references resolved; warnings
    /// about what could not be resolved are appended to `diagnostics`.
    public func resolved(
        with results: NotebookResults?, options: ResolutionOptions = ResolutionOptions(), diagnostics: inout [Diagnostic]
    ) -> Notebook {
        var notebook = self
        if let results {
            var attachment = ResultAttachment(results)
            notebook = attachment.rewrite(notebook)
        }
        var meanings = AttributeMeanings(safe: options.safe)
        notebook = meanings.rewrite(notebook)
        if options.safe {
            var omission = RawHTMLOmission()
            notebook = omission.rewrite(notebook)
        }
        if frontMatter.isGFM {
            var filter = GFMTagFilter()
            notebook = filter.rewrite(notebook)
        }
        if options.pandocResources {
            var figures = ImplicitFigures()
            notebook = figures.rewrite(notebook)
            var images = ImageResources(notebookPath: path, options: frontMatter.resources, confined: options.safe)
            notebook = images.rewrite(notebook)
            diagnostics += images.diagnostics
        }
        if options.smartPunctuation {
            var punctuation = SmartPunctuation()
            notebook = punctuation.rewrite(notebook)
        }
        var footnotes = FootnoteNumbering()
        notebook = footnotes.resolve(notebook)
        diagnostics += footnotes.diagnostics
        let reserved = ReservedIdentifiers(for: notebook)
        var identifiers = IdentifierClaims(reserved: reserved)
        notebook = identifiers.rewrite(notebook)
        diagnostics += identifiers.diagnostics
        var examples = ExampleNumbering()
        notebook = examples.resolve(notebook)
        diagnostics += examples.diagnostics
        var figures = FigureNumbering()
        notebook = figures.rewrite(notebook)
        var tables = TableNumbering()
        notebook = tables.rewrite(notebook)
        var listings = ListingNumbering()
        notebook = listings.rewrite(notebook)
        var equations = EquationNumbering()
        notebook = equations.rewrite(notebook)
        var sections = SectionNumbering(for: notebook)
        notebook = sections.rewrite(notebook)
        let numbers = figures.numbers.merging(tables.numbers) { first, _ in first }.merging(listings.numbers) { first, _ in first }
        var references = CrossReferenceResolution(numbers: numbers)
        references.shownNumbers = equations.shown.merging(sections.numbers) { first, _ in first }
            .merging(figures.shownNumbers) { first, _ in first }
        references.sectionTitles = sections.titles
        references.renamedLabels = identifiers.renamed
        notebook = references.rewrite(notebook)
        diagnostics += references.diagnostics
        notebook = CitationResolution.resolve(notebook, diagnostics: &diagnostics)
        if options.headingIdentifiers {
            var headings = HeadingIdentifiers(taken: identifiers.claimed, reserved: reserved)
            notebook = headings.rewrite(notebook)
        }
        return notebook
    }
}
