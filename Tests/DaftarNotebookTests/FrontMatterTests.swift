import Testing
@testable import DaftarNotebook

@Suite struct FrontMatterTests {
    @Test func foundingDocumentKeysAreTypedAndUnknownOnesKept() {
        let (notebook, diagnostics) = parse("""
        ---
        audio: false
        lang: ar
        model: x-ai/grok-4-fast
        title: لماذا يتم تجنب الدالة السينية
        translated: true
        ---

        نص
        """)
        #expect(diagnostics.isEmpty)
        let frontMatter = notebook.frontMatter
        #expect(frontMatter.title == "لماذا يتم تجنب الدالة السينية")
        #expect(frontMatter.lang == "ar")
        #expect(frontMatter.direction == .rtl)
        #expect(frontMatter.metadata.map(\.key) == ["audio", "lang", "model", "title", "translated"])
        #expect(frontMatter["audio"] == .bool(false))
        #expect(frontMatter["model"] == .string("x-ai/grok-4-fast"))
        #expect(frontMatter.lines == 1...7)
    }

    @Test func knownKeysAreRead() {
        let (notebook, diagnostics) = parse("""
        ---
        title: Curves
        author: [Ada, {name: Grace}]
        date: 2026-11-29
        dir: ltr
        lang: fa
        execute:
          timeout: 300
          allow-errors: true
        params:
          seed: 42
          rate: 0.5
        ---
        """)
        #expect(diagnostics.isEmpty)
        let frontMatter = notebook.frontMatter
        #expect(frontMatter.authors == ["Ada", "Grace"])
        #expect(frontMatter.date == "2026-11-29")
        #expect(frontMatter.direction == .ltr, "dir overrides the language's direction")
        #expect(frontMatter.execute == ExecuteOptions(timeout: 300, allowErrors: true))
        #expect(frontMatter.params.map(\.key) == ["seed", "rate"])
        #expect(frontMatter.params.map(\.value) == [.int(42), .double(0.5)])
        #expect(frontMatter.params[0].location == SourceLocation(file: "x.md", line: 11, column: 3))
    }

    @Test func invalidYAMLIsAnErrorAtItsLineAndColumn() throws {
        let text = "---\ntitle: ok\nlang: [ar\n---\nBody\n"
        let (_, diagnostics) = parse(text)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "x.md", line: 4, column: 1))
        #expect(diagnostic.formatted(in: SourceFile(path: "x.md", text: text)) == """
        x.md:4:1: error: invalid YAML in front matter: did not find expected ',' or ']'
        ---
        ^
        x.md:3:7: note: while parsing a flow sequence
        lang: [ar
              ^

        """)
    }

    @Test func columnsAfterArabicTextCountBytes() throws {
        // "عنوان" is five letters of two bytes each; the bad value `[` sits after it.
        let (_, diagnostics) = parse("---\ntitle: عنوان\ndir: عمودي\n---\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "`dir` must be `ltr`, `rtl` or `auto`")
        #expect(diagnostic.location == SourceLocation(file: "x.md", line: 3, column: 6))
        let (_, nested) = parse("---\ntitle: عنوان: ثان\n---\n")
        #expect(nested.first?.location == SourceLocation(file: "x.md", line: 2, column: 18))
    }

    @Test func unclosedFrontMatterIsAnError() throws {
        let (notebook, diagnostics) = parse("---\ntitle: Never closed\n\nText\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "front matter is never closed")
        #expect(diagnostic.location == SourceLocation(file: "x.md", line: 1, column: 1))
        #expect(notebook.cells.isEmpty)
    }

    @Test(arguments: [
        "---\nFoo\n---\nBar\n",   // a setext heading and a thematic break (CommonMark example 96)
        "---\n---\n",             // two thematic breaks (example 98)
        "---\n\ntitle: x\n---\n", // a blank line after the opening `---`, as pandoc requires none
    ])
    func leadingDashesThatAreNotFrontMatterStayMarkdown(text: String) {
        let (notebook, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        #expect(notebook.frontMatter.lines == nil)
        #expect(!notebook.cells.isEmpty)
    }

    @Test(arguments: [
        ("title: [a, b]", "`title` must be text", 2, 8),
        ("lang: '12'", "`lang` must be a BCP 47 language tag such as `ar` or `en-GB`", 2, 7),
        ("execute: {timeout: -1}", "`execute.timeout` must be a positive number of seconds", 2, 20),
        ("params: 3", "`params` must be a mapping of names to default values", 2, 9),
        ("execute: {limits: 3}", "`execute.limits` must be a mapping such as `memory: 4 GiB`", 2, 19),
        ("execute: {limits: {memory: lots}}", "`execute.limits.memory` must be a size such as `512 MB` or `4 GiB`", 2, 28),
        ("execute: {limits: {cpu-time: 1.5}}", "`execute.limits.cpu-time` must be a positive whole number of seconds", 2, 30),
        ("execute: {limits: {processes: 0}}", "`execute.limits.processes` must be a positive whole number", 2, 31),
        ("execute: {limits: {disk: 1}}",
         "unknown limit `disk`; the limits are `memory`, `cpu-time`, `output`, `displays`, `processes`", 2, 20),
    ])
    func illTypedKnownKeysAreErrorsAtTheirValue(line: String, message: String, row: Int, column: Int) throws {
        let (_, diagnostics) = parse("---\n\(line)\n---\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == message)
        #expect(diagnostic.location == SourceLocation(file: "x.md", line: row, column: column))
    }

    /// Each limit overrides its default; the others keep theirs.
    @Test func executionLimitsOverrideTheirDefaults() {
        let (notebook, diagnostics) = parse("""
        ---
        execute:
          limits: {memory: 512 MB, output: 2 KiB, cpu-time: 30, displays: 7, processes: 3}
        ---
        """)
        #expect(diagnostics.isEmpty)
        #expect(notebook.frontMatter.execute.limits == ExecutionLimits(
            memoryBytes: 512_000_000, cpuSeconds: 30, outputBytes: 2048, displays: 7, processes: 3))
        let (defaults, _) = parse("---\nexecute: {limits: {memory: 1073741824}}\n---\n")
        #expect(defaults.frontMatter.execute.limits.memoryBytes == 1 << 30)
        #expect(defaults.frontMatter.execute.limits.processes == ExecutionLimits.defaults.processes)
    }

    @Test(arguments: [("8GiB", 8 << 30), (" 1.5 KiB", 1536), ("3 kb", 3000), ("12", 12), ("7 TB", 7_000_000_000_000)])
    func sizesReadInDecimalAndBinaryUnits(text: String, bytes: Int) {
        #expect(ExecutionLimits.parseBytes(text) == bytes)
    }

    @Test(arguments: ["", "GiB", "-1 MB", "0", "1 parsec", "1e9", "٣ MB"])
    func malformedSizesAreRefused(text: String) {
        #expect(ExecutionLimits.parseBytes(text) == nil)
    }

    @Test func sizesAreDescribedInBinaryUnits() {
        #expect(ExecutionLimits.describe(bytes: 8 << 30) == "8 GiB")
        #expect(ExecutionLimits.describe(bytes: 1536) == "1.5 KiB")
        #expect(ExecutionLimits.describe(bytes: 1000) == "1000 bytes")
    }

    @Test(arguments: [("ar", TextDirection.rtl), ("he-IL", .rtl), ("fa", .rtl), ("ur", .rtl), ("en", .ltr),
                      ("az-Arab", .rtl), ("ku-Latn", .ltr), ("zh-Hant", .ltr), ("ar-Latn", .ltr)])
    func languageTagsImplyADirection(tag: String, direction: TextDirection) {
        #expect(TextDirection(languageTag: tag) == direction)
    }
}
