import Foundation
import Testing

/// The founding document, `Notebooks/why-sigmoid-is-avoided.ar.md`, rendered as the README says:
/// its report against a golden file, and the facts a reader relies on asserted one by one.
@Suite struct FoundingDocumentTests {
    static let notebook = "Notebooks/why-sigmoid-is-avoided.ar.md"
    static let golden = Repository.root.appendingPathComponent("Tests/DaftarCLITests/Goldens/why-sigmoid-is-avoided.ar.html")

    /// The notebook's Markdown, as committed.
    static func source() throws -> String {
        try String(contentsOf: Repository.root.appendingPathComponent(notebook), encoding: .utf8)
    }

    /// A fresh report, rendered from the repository root so that every path is relative.
    static func report() throws -> String {
        let folder = try TemporaryFolder(purpose: "founding")
        defer { folder.remove() }
        let result = try DaftarProcess.run(["render", notebook, "-o", folder.path], in: Repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.normalizedStderr(temporaryFolder: folder) == """
            rendered \(notebook) → $TMP/why-sigmoid-is-avoided.ar.html in N ms
            1 of 1 notebook rendered in N ms

            """)
        return try folder.read("why-sigmoid-is-avoided.ar.html")
    }

    /// The report equals the golden file; `DAFTAR_RECORD=1` rewrites the golden and fails, so a
    /// recorded golden is always looked at before it is committed.
    @Test func reportMatchesTheGoldenFile() throws {
        let report = try Self.report()
        if ProcessInfo.processInfo.environment["DAFTAR_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(report.utf8).write(to: Self.golden)
            Issue.record("recorded the golden file \(Self.golden.path); unset DAFTAR_RECORD and run the test again")
            return
        }
        let golden = try #require(try? String(contentsOf: Self.golden, encoding: .utf8),
                                  "no golden file at \(Self.golden.path); run with DAFTAR_RECORD=1 to record it")
        expectSameText(report, golden, "the report of \(Self.notebook)")
    }

    /// `Output/` holds the reports committed with the notebooks: rendering `Notebooks/` again must
    /// give the same files with the same bytes, so the committed reports cannot go stale. It
    /// renders from the committed freeze (`--no-execute`): a test must never refresh a stale
    /// freeze in the working tree, which would hide it from CI's `render --check`.
    @Test func committedOutputEqualsAFreshRender() throws {
        let folder = try TemporaryFolder(purpose: "committed")
        defer { folder.remove() }
        let result = try DaftarProcess.run(["render", "--quiet", "--no-execute", "-o", folder.path], in: Repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        let fresh = folder.snapshot()
        let committed = FileTree.snapshot(below: Repository.root.appendingPathComponent("Output"))
        #expect(committed.keys.sorted() == fresh.keys.sorted())
        for (name, bytes) in fresh.sorted(by: { $0.key < $1.key }) {
            expectSameText(String(decoding: committed[name] ?? [], as: UTF8.self), String(decoding: bytes, as: UTF8.self),
                           "the committed Output/\(name) (re-render with `daftar render` and commit it)")
        }
    }

    @Test func pageIsArabicAndRightToLeft() throws {
        let report = try Self.report()
        #expect(report.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"))
    }

    @Test func frontMatterTitleIsThePageTitleAndTheHeading() throws {
        let report = try Self.report()
        let title = "لماذا يتم تجنب الدالة السينية في النماذج اللغوية الكبيرة"
        #expect(try Self.source().contains("\ntitle: \(title)\n"))
        #expect(report.components(separatedBy: "<title>\(title)</title>\n").count == 2)
        #expect(report.components(separatedBy: "<h1 class=\"title\">\(title)</h1>\n").count == 2)
    }

    /// Every ATX heading of the source is in the report, in order, at its level, with a stable id
    /// that keeps its Arabic letters (pandoc's auto identifiers).
    @Test func everyHeadingHasItsId() throws {
        let report = try Self.report()
        let sourceHeadings = try Self.matches(of: #"(?m)^(#{1,6}) (.+)$"#, in: Self.source()).map { groups in
            Heading(level: groups[1].count, text: groups[2].replacingOccurrences(of: "**", with: ""), id: nil)
        }
        let main = try #require(report.range(of: "<main>").map { String(report[$0.upperBound...]) })
        let reportHeadings = Self.matches(of: #"<h([1-6]) id="([^"]+)">(.*?)</h\1>"#, in: main).map { groups in
            Heading(level: Int(groups[1])!, text: Self.stripTags(groups[3]), id: groups[2])
        }
        #expect(sourceHeadings.count == 7)
        #expect(reportHeadings.map(\.level) == sourceHeadings.map(\.level))
        #expect(reportHeadings.map(\.text) == sourceHeadings.map(\.text))
        #expect(reportHeadings.map(\.id) == [
            "لماذا-لا-تستخدم-الدالة-السيجمويد-في-نماذج-gptllm",
            "مشكلة-اختفاء-التدرجات",
            "مخرجات-غير-مركزة-عند-الصفر",
            "ضعف-الأداء-التجريبي",
            "اعتبارات-طبقة-المخرجات",
            "متى-لا-تزال-السيجمويد-تستخدم",
            "المراجع",
        ])
        for heading in reportHeadings {
            #expect(report.contains("<li><a href=\"#\(heading.id!)\">"), "the table of contents lacks \(heading.id!)")
        }
    }

    /// The four references of the last section, each a link with its text.
    @Test func referencesKeepTheirFourLinks() throws {
        let report = try Self.report()
        let references = try Self.matches(of: #"(?m)^- \[([^\]]+)\]\((https://[^)]+)\)$"#, in: Self.source())
        #expect(references.count == 4)
        for reference in references {
            #expect(report.contains("<li><a href=\"\(reference[2])\">\(reference[1])</a></li>\n"),
                    "missing the reference \(reference[1])")
        }
        #expect(report.components(separatedBy: "<a href=\"https://").count - 1 == 4)
    }

    /// Every `\\( … \\)` formula of the source is an inline `<math>` element, in order, with its
    /// TeX (HTML-escaped) as the annotation, and none could not be converted.
    @Test func everyFormulaIsInlineMathML() throws {
        let report = try Self.report()
        let formulas = try Self.matches(of: #"\\\\\((.+?)\\\\\)"#, in: Self.source()).map { $0[1] }
        #expect(formulas.count == 8)
        #expect(formulas.first == #"\sigma(x) = \frac{1}{1 + e^{-x}}"#)
        let elements = Self.matches(of: #"<math><semantics>.*?<annotation encoding="application/x-tex">(.*?)</annotation></semantics></math>"#, in: report)
        #expect(elements.map { $0[1] } == formulas.map(Self.escapeHTML))
        #expect(report.components(separatedBy: "<math").count - 1 == 8)
        #expect(!report.contains("<merror>"))
        #expect(report.contains("<mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup></mrow></mfrac>"))
    }

    /// A report loads nothing: no scripts, style sheets, remote images or fonts, and a content
    /// security policy that would block them anyway.
    @Test(arguments: ["<script", "<link", "src=\"http", "url(", "@import", "<iframe", "<object"])
    func reportLoadsNothingFromTheNetwork(_ forbidden: String) throws {
        let report = try Self.report()
        #expect(!report.lowercased().contains(forbidden), "the report contains \(forbidden)")
        #expect(report.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"))
    }

    // MARK: Helpers

    struct Heading: Equatable {
        var level: Int
        var text: String
        var id: String?
    }

    /// Every match of `pattern` in `text`, each as its capture groups (group 0 the whole match).
    static func matches(of pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    static func stripTags(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    /// `&`, `<`, `>` and `"` as entities, as cmark escapes text.
    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
