@testable import DaftarKernel
import DaftarNotebook
import Testing

/// Front matter `params:` as typed Swift constants, overridden by `--param name=value`.
@Suite struct NotebookParameterTests {
    static let notebookText = """
        ---
        params:
          n: 3
          rate: 0.5
          name: x
          flag: true
          sizes: [1, 2.5]
          words: [a, b]
          empty: []
          نسبة: .inf
        ---

        Text.

        """

    static func resolve(_ text: String = notebookText, _ overrides: [String: String] = [:])
        -> (parameters: [NotebookParameter], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let parameters = NotebookParameter.resolve(notebook(text), overrides: overrides, diagnostics: &diagnostics)
        return (parameters, diagnostics)
    }

    @Test func defaultsBecomeTypedConstantsInTheOrderWritten() {
        let (parameters, diagnostics) = Self.resolve()
        #expect(diagnostics.isEmpty)
        #expect(parameters.map { "\($0.name): \($0.swiftType) = \($0.swiftLiteral)" } == [
            "n: Int = 3",
            "rate: Double = 0.5",
            #"name: String = "x""#,
            "flag: Bool = true",
            "sizes: [Double] = [1.0, 2.5]",
            #"words: [String] = ["a", "b"]"#,
            "empty: [String] = []",
            "نسبة: Double = Double.infinity",
        ])
        // Type errors point at the default's value.
        #expect(parameters.first?.location == SourceLocation(file: "x.md", line: 3, column: 6))
        #expect(parameters.first?.value == .int(3))
    }

    @Test(arguments: [
        ("n", "5", "5"), ("n", "-12", "-12"),
        ("rate", "2", "2.0"), ("rate", "1e3", "1000.0"), ("rate", "-0.25", "-0.25"),
        ("name", "5", #""5""#), ("name", #"a "b" \c"#, #""a \"b\" \\c""#), ("name", "مرحبا بكم", #""مرحبا بكم""#),
        ("flag", "false", "false"),
        ("sizes", "[3, 4]", "[3.0, 4.0]"), ("sizes", "[]", "[]"),
        ("words", "[c, 'd e']", #"["c", "d e"]"#),
    ])
    func overridesAreReadAsYAMLAndKeepTheDefaultsType(name: String, value: String, literal: String) throws {
        let (parameters, diagnostics) = Self.resolve(Self.notebookText, [name: value])
        #expect(diagnostics.isEmpty)
        let parameter = try #require(parameters.first { $0.name == name })
        let original = try #require(Self.resolve().parameters.first { $0.name == name })
        #expect(parameter.swiftLiteral == literal)
        #expect(parameter.swiftType == original.swiftType)
        #expect(parameters.count == 8)
    }

    @Test(arguments: [
        ("n", "abc", "Int", 3, 6), ("n", "2.5", "Int", 3, 6), ("n", "", "Int", 3, 6),
        ("rate", "fast", "Double", 4, 9), ("flag", "yes", "Bool", 6, 9),
        ("sizes", "3", "[Double]", 7, 10), ("sizes", "[a]", "[Double]", 7, 10), ("empty", "[1]", "[String]", 9, 10),
    ])
    func overridesOfTheWrongTypeAreErrorsAtTheDefault(name: String, value: String, type: String, line: Int, column: Int) {
        let (parameters, diagnostics) = Self.resolve(Self.notebookText, [name: value])
        #expect(diagnostics == [Diagnostic(
            .error, "--param \(name)=\(value): expected a value of type \(type), as the default `\(name)` has",
            at: SourceLocation(file: "x.md", line: line, column: column))])
        #expect(!parameters.contains { $0.name == name })
    }

    @Test func unknownOverridesAreErrorsNamingTheParameters() {
        let (_, diagnostics) = Self.resolve(Self.notebookText, ["m": "1", "count": "2"])
        #expect(diagnostics == [
            Diagnostic(.error, "--param count: the notebook has no such parameter", at: nil,
                       notes: [.init("its parameters: `empty`, `flag`, `n`, `name`, `rate`, `sizes`, `words`, `نسبة`")]),
            Diagnostic(.error, "--param m: the notebook has no such parameter", at: nil,
                       notes: [.init("its parameters: `empty`, `flag`, `n`, `name`, `rate`, `sizes`, `words`, `نسبة`")]),
        ])
        let (parameters, none) = Self.resolve("# No params\n", ["n": "1"])
        #expect(parameters.isEmpty)
        #expect(none == [Diagnostic(.error, "--param n: the notebook has no such parameter", at: nil,
                                    notes: [.init("it declares no `params:`")])])
    }

    @Test func defaultsNoSwiftConstantCanHoldAreErrors() {
        let (parameters, diagnostics) = Self.resolve("""
            ---
            params:
              my-param: 1
              nested: {a: 1}
              mixed: [1, a]
              nothing:
              lists: [[1]]
              ok: 1
            ---

            """)
        let message = "must default to a number, a boolean, text or a list of one of them"
        #expect(diagnostics == [
            Diagnostic(.error, "parameter `my-param` is not a Swift identifier", at: SourceLocation(file: "x.md", line: 3, column: 3)),
            Diagnostic(.error, "parameter `nested` \(message)", at: SourceLocation(file: "x.md", line: 4, column: 11)),
            Diagnostic(.error, "parameter `mixed` \(message)", at: SourceLocation(file: "x.md", line: 5, column: 10)),
            Diagnostic(.error, "parameter `nothing` \(message)", at: SourceLocation(file: "x.md", line: 6, column: 11)),
            Diagnostic(.error, "parameter `lists` \(message)", at: SourceLocation(file: "x.md", line: 7, column: 10)),
        ])
        #expect(parameters.map(\.name) == ["ok"])
    }
}
