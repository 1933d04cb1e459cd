import Foundation
import Testing
@testable import DaftarMath

/// The corpus's formulas converted by Daftar and by pandoc (`--mathml`, Debian's 2.17) have the
/// same element tree, up to attributes, whitespace and grouping (see `MathMLTree`), or differ
/// exactly as listed below, each difference with its reason. An unlisted difference fails, and
/// so does a listed one that no longer occurs.
@Suite struct PandocComparisonTests {
    struct Formula {
        var name: String
        var display: Bool
        var tex: String
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func corpus() throws -> [Formula] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("corpus.txt"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: " ", maxSplits: 2)
            return Formula(name: String(fields[0]), display: fields[1] == "display", tex: String(fields[2]))
        }
    }

    @Test func corpusHasEveryFormulaOfTheFoundingDocumentAndForty() throws {
        let corpus = try Self.corpus()
        #expect(corpus.count >= 40)
        #expect(Set(corpus.map(\.name)).count == corpus.count, "formula names must be unique")
        let notebook = Self.fixtures.appendingPathComponent("../../../Notebooks/why-sigmoid-is-avoided.ar.md").standardizedFileURL
        let source = try String(contentsOf: notebook, encoding: .utf8)
        let expression = try NSRegularExpression(pattern: #"\\\\\((.+?)\\\\\)"#)
        let formulas = expression.matches(in: source, range: NSRange(source.startIndex..., in: source)).map {
            String(source[Range($0.range(at: 1), in: source)!])
        }
        #expect(formulas.count == 8)
        for formula in formulas {
            #expect(corpus.contains { $0.tex == formula && !$0.display }, "the corpus lacks \(formula)")
        }
    }

    @Test func elementTreesMatchPandocsOrDifferAsListed() throws {
        let corpus = try Self.corpus()
        let pandoc = try Self.pandocMathML(corpus)
        try #require(pandoc.count == corpus.count, "pandoc converted \(pandoc.count) of \(corpus.count) formulas")
        var exactMatches = 0
        for (formula, theirs) in zip(corpus, pandoc) {
            let ours = try #require(MathMLTree.parse(MathML.convert(formula.tex, display: formula.display).markup), "\(formula.name)")
            let reference = try #require(MathMLTree.parse(theirs), "pandoc's \(formula.name)")
            var expected = reference.canonical
            for difference in Self.differences[formula.name] ?? [] {
                #expect(expected.contains(difference.pandoc), "\(formula.name): the listed difference \(difference.pandoc) no longer occurs")
                expected = expected.replacingOccurrences(of: difference.pandoc, with: difference.daftar)
            }
            #expect(ours.canonical == expected, "\(formula.name): \(formula.tex)\n  pandoc: \(reference.canonical)\n  daftar: \(ours.canonical)")
            if ours == reference { exactMatches += 1 }
        }
        let listed = Self.differences.keys.filter { name in corpus.contains { $0.name == name } }.count
        #expect(exactMatches + listed == corpus.count, "\(exactMatches) formulas match pandoc's exactly, \(listed) differ as listed")
    }

    /// Each formula's `<math>` element as pandoc writes it, in corpus order.
    static func pandocMathML(_ corpus: [Formula]) throws -> [String] {
        let markdown = corpus.map { $0.display ? "$$\($0.tex)$$" : "$\($0.tex)$" }.joined(separator: "\n\n") + "\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc", "--from", "markdown", "--to", "html", "--mathml"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            Issue.record("pandoc could not be run (\(error)); install Debian's pandoc (make test does)")
            throw error
        }
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "pandoc failed (install Debian's pandoc; make test does): \(stderr)")
        let expression = try NSRegularExpression(pattern: "<math[ >].*?</math>", options: .dotMatchesLineSeparators)
        return expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range, in: html)!]) }
    }
}
