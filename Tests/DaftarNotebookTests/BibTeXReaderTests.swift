import Testing
@testable import DaftarNotebook

/// The BibTeX reader: values in braces, quotes and bare, `#`, `@string`, accents and dashes,
/// names, and errors at their line and column.
@Suite struct BibTeXReaderTests {
    private func read(_ text: String) -> ([BibliographyEntry], [String]) {
        var reader = BibTeXReader(text: text, file: "refs.bib")
        let entries = reader.entries()
        return (entries, reader.diagnostics.map { "\($0.location!): \($0.message)" })
    }

    @Test func anArticleIsReadIntoCSLTerms() {
        let (entries, errors) = read("""
            % a comment
            @article{glorot2010understanding,
              author  = {Glorot, Xavier and Bengio, Yoshua},
              title   = {Understanding the difficulty of training deep feedforward neural networks},
              journal = "Proceedings of AISTATS",
              volume  = 9,
              pages   = {249--256},
              year    = 2010
            }
            """)
        #expect(errors.isEmpty)
        #expect(entries.count == 1)
        let entry = entries[0]
        #expect(entry.key == "glorot2010understanding")
        #expect(entry.type == "article-journal")
        #expect(entry.authors == [PersonName(family: "Glorot", given: "Xavier"), PersonName(family: "Bengio", given: "Yoshua")])
        #expect(entry.title == "Understanding the difficulty of training deep feedforward neural networks")
        #expect(entry.containerTitle == "Proceedings of AISTATS")
        #expect(entry.volume == "9")
        #expect(entry.pages == "249–256")
        #expect(entry.year == "2010")
        #expect(entry.location == SourceLocation(file: "refs.bib", line: 2, column: 1))
    }

    @Test func stringsConcatenationAccentsAndNames() {
        let (entries, errors) = read("""
            @string{tum = "Technische Universit{\\"a}t"}
            @mastersthesis{h91,
              author = {Sepp Hochreiter and Ludwig van Beethoven and {World Health Organization}},
              title = {Untersuchungen zu {\\"u}ber---{\\'E}cole \\c{c}a na\\"ive},
              school = tum # " M{\\"u}nchen",
              month = jan,
              year = {1991}
            }
            @comment{ignored @article{x, y}}
            """)
        #expect(errors.isEmpty)
        #expect(entries.map(\.key) == ["h91"])
        #expect(entries[0].publisher == "Technische Universität München")
        #expect(entries[0].title == "Untersuchungen zu über—École ça naïve")
        #expect(entries[0].genre == "Master's thesis")
        #expect(entries[0].type == "thesis")
        #expect(entries[0].authors == [
            PersonName(family: "Hochreiter", given: "Sepp"), PersonName(family: "Beethoven", given: "Ludwig", particle: "van"),
            PersonName(family: "World Health Organization"),
        ])
    }

    @Test func malformedEntriesAreErrorsAtTheirPlaceAndReadingGoesOn() {
        let (entries, errors) = read("""
            @article{a,
              title = {Never closed,
            }
            @book{b, title = {Fine}, year = 2000}
            @book{c, title = undefinedName}
            @book{d title = {x}}
            @{e}
            """)
        #expect(entries.map(\.key) == ["b"])
        #expect(errors == [
            "refs.bib:4:1: bibliography: expected `,` between fields or `}` after the last",
            "refs.bib:5:18: bibliography: unknown @string `undefinedName`",
            "refs.bib:6:9: bibliography: expected `,` between fields or `}` after the last",
            "refs.bib:7:1: bibliography: `@` must be followed by an entry type such as `article`",
        ])
    }

    @Test(arguments: ["", "@", "@article", "@article{", "@article{k", "@article{k,", "@article{k, a =", "@article{k, a = {", "@article{k, a = \"x",
                      "@string{", "{}}}@@@", "@article{k, author = { and and }, title={\\\"}}"])
    func truncatedInputNeverCrashes(_ text: String) {
        _ = read(text)
    }

    @Test func theProjectsBibliographyReadsWithoutErrors() throws {
        let (entries, errors) = read(try String(contentsOfFile: #filePath.replacingOccurrences(of: "Tests/DaftarNotebookTests/BibTeXReaderTests.swift", with: "Notebooks/references.bib"), encoding: .utf8))
        #expect(errors.isEmpty)
        #expect(entries.count == 30)
        #expect(entries.allSatisfy { !$0.authors.isEmpty && $0.year != nil && $0.title != nil })
    }
}
