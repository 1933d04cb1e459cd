import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DaftarMath
import DaftarTestSupport

/// The converter never crashes and never writes markup that is not well-formed, whatever it is
/// given: random TeX made of the pieces that break parsers, and every prefix of real formulas.
@Suite struct RobustnessTests {
    /// Pieces that open, close, nest and misplace things.
    static let pieces = [
        "{", "}", "\\left(", "\\right)", "\\left.", "\\middle|", "\\frac", "\\sqrt", "[", "]", "^", "_", "'", "&", "\\\\",
        "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{cases}", "\\end{aligned}", "\\begin{foo}", "\\text{", "$", "\\mathbb",
        "\\operatorname*", "\\sum", "\\max", "\\limits", "\\hat", "\\big", "\\not", "\\displaystyle", "\\foo", "\\", "%",
        "x", "2.5", "σ", "<", "&amp;", "\"", " ", "\n", "\\,", "\\alpha", "-", "\\binom", "\\end", "\\begin", "~", "]]>",
    ]

    @Test func randomTeXGivesWellFormedMathML() throws {
        var generator = SplitMix64(seed: 0x6461_6674_6172)
        for index in 0..<3_000 {
            let count = Int.random(in: 1...24, using: &generator)
            let tex = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let display = Bool.random(using: &generator)
            let conversion = MathML.convert(tex, display: display)
            #expect(WellFormedness.check(conversion.markup), "formula \(index): \(tex.debugDescription)")
            for warning in conversion.warnings {
                #expect((0...tex.utf8.count).contains(warning.offset), "formula \(index): \(tex.debugDescription)")
            }
        }
    }

    @Test func everyPrefixOfARealFormulaGivesWellFormedMathML() {
        let formulas = [
            #"\mathrm{GELU}(x) = \frac{x}{2}\left(1 + \operatorname{erf}\left(\frac{x}{\sqrt{2}}\right)\right)"#,
            #"\operatorname{ReLU}(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}"#,
            #"\frac{\partial L}{\partial w_1} = \prod_{l=2}^{n} \sigma'(z_l)\, w_l \cdot \hat{y}_{\max}"#,
        ]
        for formula in formulas {
            for end in formula.indices {
                let prefix = String(formula[..<end])
                #expect(WellFormedness.check(MathML.convert(prefix, display: true).markup), "\(prefix.debugDescription)")
            }
        }
    }

    /// Nesting deeper than the parser follows is an error, not a stack overflow.
    @Test func deepNestingIsAnError() {
        let tex = String(repeating: "{", count: 100_000) + "x"
        let conversion = MathML.convert(tex, display: false)
        #expect(MathMLTests.presentation(conversion.markup) == "<merror><mtext>\(tex)</mtext></merror>")
        #expect(conversion.warnings == [MathWarning("the formula is nested too deeply", offset: 64)])
        let arguments = String(repeating: "\\sqrt", count: 100_000)
        #expect(MathML.convert(arguments, display: true).warnings == [MathWarning("the formula is nested too deeply", offset: 320)])
    }

    /// A chain of double scripts is a flat row of errors, not one level of nesting per script:
    /// `x^a^a…` once overflowed the writer's stack.
    @Test(arguments: [5_000, 100_000])
    func chainsOfDoubleScriptsStayFlat(count: Int) {
        for script in ["^", "_"] {
            let tex = "x" + String(repeating: script + "a", count: count)
            let conversion = MathML.convert(tex, display: false)
            let element = script == "^" ? "msup" : "msub"
            let markup = MathMLTests.presentation(conversion.markup)
            #expect(markup.hasPrefix("<mrow><\(element)><mi>x</mi><mi>a</mi></\(element)><merror><mtext>\(script)</mtext></merror><\(element)><mrow></mrow><mi>a</mi></\(element)>"))
            #expect(conversion.warnings.count == count - 1)
            #expect(conversion.warnings.last == MathWarning(script == "^" ? "double superscript" : "double subscript", offset: 1 + 2 * (count - 1)))
        }
    }
}

/// Whether markup is well-formed XML, as Foundation's parser says.
enum WellFormedness {
    static func check(_ markup: String) -> Bool {
        XMLParser(data: Data(markup.utf8)).parse()
    }
}
