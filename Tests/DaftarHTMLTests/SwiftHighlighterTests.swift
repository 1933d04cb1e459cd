import Testing
@testable import DaftarHTML
import DaftarTestSupport

@Suite struct SwiftHighlighterTests {
    /// A snippet of Swift and the exact HTML it must highlight to.
    struct Case: Sendable, CustomTestStringConvertible {
        let source: String
        let html: String
        init(_ source: String, _ html: String) {
            self.source = source
            self.html = html
        }
        var testDescription: String { source.debugDescription }
    }

    // MARK: Exact output

    static let words: [Case] = [
        Case("let x = 1", #"<span class="kw">let</span> x <span class="op">=</span> <span class="nu">1</span>"#),
        Case("guard let y else { return nil }", #"<span class="kw">guard</span> <span class="kw">let</span> y <span class="kw">else</span> { <span class="kw">return</span> <span class="kw">nil</span> }"#),
        Case("func f() async throws -> Self", #"<span class="kw">func</span> f() <span class="kw">async</span> <span class="kw">throws</span> <span class="op">-&gt;</span> <span class="kw">Self</span>"#),
        Case("x.self == .init() && .default != .some", #"x.<span class="kw">self</span> <span class="op">==</span> .<span class="kw">init</span>() <span class="op">&amp;&amp;</span> .default <span class="op">!=</span> .some"#),
        Case("var names: [String: Int] = [:]", #"<span class="kw">var</span> names: [<span class="ty">String</span>: <span class="ty">Int</span>] <span class="op">=</span> [:]"#),
        Case("let Ωmega = ÜberType()", #"<span class="kw">let</span> <span class="ty">Ωmega</span> <span class="op">=</span> <span class="ty">ÜberType</span>()"#),
        Case("let `class` = `default`", #"<span class="kw">let</span> `class` <span class="op">=</span> `default`"#),
        Case("let `two words` = 1", #"<span class="kw">let</span> `two words` <span class="op">=</span> <span class="nu">1</span>"#),
        Case("let عدد = كتاب.عنوان", #"<span class="kw">let</span> عدد <span class="op">=</span> كتاب.عنوان"#),
        Case("a+/*c*/b; x?.y!; f(&z) -> Int?", #"a<span class="op">+</span><span class="co">/*c*/</span>b; x<span class="op">?</span>.y<span class="op">!</span>; f(<span class="op">&amp;</span>z) <span class="op">-&gt;</span> <span class="ty">Int</span><span class="op">?</span>"#),
    ]

    static let strings: [Case] = [
        Case(#""hi""#, #"<span class="st">&quot;hi&quot;</span>"#),
        Case(#""<script>alert('&')</script>""#, #"<span class="st">&quot;&lt;script&gt;alert('&amp;')&lt;/script&gt;&quot;</span>"#),
        Case(#""a\tb\"c\\""#, #"<span class="st">&quot;a</span><span class="es">\t</span><span class="st">b</span><span class="es">\&quot;</span><span class="st">c</span><span class="es">\\</span><span class="st">&quot;</span>"#),
        Case(#""\u{1F600}\n""#, #"<span class="st">&quot;</span><span class="es">\u{1F600}\n</span><span class="st">&quot;</span>"#),
        Case(#""a \(b) c""#, #"<span class="st">&quot;a </span><span class="si">\(</span>b<span class="si">)</span><span class="st"> c&quot;</span>"#),
        Case(#""a \(f("b \(c)")) d""#, #"<span class="st">&quot;a </span><span class="si">\(</span>f(<span class="st">&quot;b </span><span class="si">\(</span>c<span class="si">)</span><span class="st">&quot;</span>)<span class="si">)</span><span class="st"> d&quot;</span>"#),
        Case(#""\(min(a, (b))) \(x)""#, #"<span class="st">&quot;</span><span class="si">\(</span>min(a, (b))<span class="si">)</span><span class="st"> </span><span class="si">\(</span>x<span class="si">)</span><span class="st">&quot;</span>"#),
        Case(##"#"a\nb"#"##, ##"<span class="st">#&quot;a\nb&quot;#</span>"##),
        Case(##"#"x \#(y) \#n"#"##, ##"<span class="st">#&quot;x </span><span class="si">\#(</span>y<span class="si">)</span><span class="st"> </span><span class="es">\#n</span><span class="st">&quot;#</span>"##),
        Case(###"##"a"#b "## c"###, ###"<span class="st">##&quot;a&quot;#b &quot;##</span> c"###),
        Case("\"\"\"\n  a \"q\" \\(x)\n  \"\"\"", "<span class=\"st\">&quot;&quot;&quot;\n  a &quot;q&quot; </span><span class=\"si\">\\(</span>x<span class=\"si\">)</span><span class=\"st\">\n  &quot;&quot;&quot;</span>"),
        Case("#\"\"\"\nline \\\nnext\\#\\\n\"\"\"#", "<span class=\"st\">#&quot;&quot;&quot;\nline \\\nnext</span><span class=\"es\">\\#\\</span><span class=\"st\">\n&quot;&quot;&quot;#</span>"),
    ]

    static let commentsAndNumbers: [Case] = [
        Case("// line <comment>", #"<span class="co">// line &lt;comment&gt;</span>"#),
        Case("/// doc comment\nx", "<span class=\"co\">/// doc comment</span>\nx"),
        Case("/* a /* b */ c */ d", #"<span class="co">/* a /* b */ c */</span> d"#),
        Case("a /* x */ b // y", #"a <span class="co">/* x */</span> b <span class="co">// y</span>"#),
        Case("1_000 + 0x1F - 0b1010 * 0o17", #"<span class="nu">1_000</span> <span class="op">+</span> <span class="nu">0x1F</span> <span class="op">-</span> <span class="nu">0b1010</span> <span class="op">*</span> <span class="nu">0o17</span>"#),
        Case("1.5e-3 + 2E10 + 0x1p-2 + 0x1.8P+1", #"<span class="nu">1.5e-3</span> <span class="op">+</span> <span class="nu">2E10</span> <span class="op">+</span> <span class="nu">0x1p-2</span> <span class="op">+</span> <span class="nu">0x1.8P+1</span>"#),
        Case("1...5", #"<span class="nu">1</span><span class="op">...</span><span class="nu">5</span>"#),
        Case("1..<n", #"<span class="nu">1</span><span class="op">..&lt;</span>n"#),
        Case("t.0 + t.0.1", #"t.<span class="nu">0</span> <span class="op">+</span> t.<span class="nu">0</span>.<span class="nu">1</span>"#),
        Case("0xff.description + 1.description", #"<span class="nu">0xff</span>.description <span class="op">+</span> <span class="nu">1</span>.description"#),
    ]

    static let attributesAndDirectives: [Case] = [
        Case("@MainActor final class Model {}", #"<span class="at">@MainActor</span> <span class="kw">final</span> <span class="kw">class</span> <span class="ty">Model</span> {}"#),
        Case("@Test(arguments: [1, 2])", #"<span class="at">@Test</span>(arguments: [<span class="nu">1</span>, <span class="nu">2</span>])"#),
        Case("@differentiable(reverse) func g()", #"<span class="at">@differentiable</span>(reverse) <span class="kw">func</span> g()"#),
        Case("#if os(Linux)\n#else\n#endif", "<span class=\"pp\">#if</span> os(<span class=\"ty\">Linux</span>)\n<span class=\"pp\">#else</span>\n<span class=\"pp\">#endif</span>"),
        Case("#expect(a == b)", #"<span class="pp">#expect</span>(a <span class="op">==</span> b)"#),
        Case(#"#warning("later")"#, #"<span class="pp">#warning</span>(<span class="st">&quot;later&quot;</span>)"#),
        Case(#"#sourceLocation(file: "a", line: 1)"#, #"<span class="pp">#sourceLocation</span>(file: <span class="st">&quot;a&quot;</span>, line: <span class="nu">1</span>)"#),
        Case("if #available(macOS 14, *) { f(#file) }", #"<span class="kw">if</span> <span class="pp">#available</span>(macOS <span class="nu">14</span>, <span class="op">*</span>) { f(<span class="pp">#file</span>) }"#),
        Case("#!/usr/bin/env swift\nf()", "<span class=\"co\">#!/usr/bin/env swift</span>\nf()"),
    ]

    /// Unterminated and odd input: strings run to the end of the input, or of the line if single-line.
    static let unterminated: [Case] = [
        Case(#""abc"#, #"<span class="st">&quot;abc</span>"#),
        Case("\"abc\nlet x", "<span class=\"st\">&quot;abc</span>\n<span class=\"kw\">let</span> x"),
        Case("/* a /* b */", #"<span class="co">/* a /* b */</span>"#),
        Case("\"\"\"\nabc", "<span class=\"st\">&quot;&quot;&quot;\nabc</span>"),
        Case(#""\("#, #"<span class="st">&quot;</span><span class="si">\(</span>"#),
        Case("\"\\(x\ny", "<span class=\"st\">&quot;</span><span class=\"si\">\\(</span>x\ny"),
        Case(#""a\(b"c"#, #"<span class="st">&quot;a</span><span class="si">\(</span>b<span class="st">&quot;c</span>"#),
        Case(##"#"abc""##, ##"<span class="st">#&quot;abc&quot;</span>"##),
        Case(#""\"#, #"<span class="st">&quot;</span><span class="es">\</span>"#),
        Case(#"\"#, #"\"#),
        Case("#######", "#######"),
        Case("`", "`"),
        Case("`abc\nx`", "`abc\nx`"),
        Case("😀 e\u{301} \u{301}", "😀 e\u{301} \u{301}"),
    ]

    @Test(arguments: words + strings)
    func highlightsWordsAndStrings(_ example: Case) {
        #expect(SwiftHighlighter.html(example.source) == example.html)
    }

    @Test(arguments: commentsAndNumbers + attributesAndDirectives)
    func highlightsCommentsNumbersAttributesAndDirectives(_ example: Case) {
        #expect(SwiftHighlighter.html(example.source) == example.html)
    }

    @Test(arguments: unterminated)
    func highlightsUnterminatedInputToItsEnd(_ example: Case) {
        #expect(SwiftHighlighter.html(example.source) == example.html)
    }

    // MARK: Round trip

    static let trickyInputs: [String] = [
        "", " ", "\n", "\r\n", "\"", "\"\"", "\"\"\"", "\"\"\"\"", "#", "#\"", "#\"\"\"", "\\", "\\(", "\"\\(",
        "\"\\(\"\\(\"\\(", "\"\\()", "))))", "((((", "\"\\(((\"", "/*", "*/", "/*/", "/* /* /* */", "//", "///",
        "@", "@@", "@1", "$", "$0", "`", "``", "` `", "0x", "0b", "0o", "0x1.", "0x1p", "1e", "1e+", "1.", "1..",
        "#\"\\#", "##\"\\##(", "#\"\\#u{", "\"\\u{", "\"\\u{12", "\"\\ é\"", "\"\\é\"", "\"\\😀\"", "\"\\\u{301}\"",
        "let\u{301}", "Ωmega", "é", "\u{301}", "👍🏽🇸🇦", "ب\u{64B}", "\0", "\u{00A0}", "\u{2028}", "&<>\"'",
        "\"\"\"\n\\(\n\"\n)\n\"\"\"", "\"\\(\n", "#\"\\#(#\"\\#(x)\"#)\"#",
    ] + (words + strings + commentsAndNumbers + attributesAndDirectives + unterminated).map(\.source)

    @Test(arguments: trickyInputs)
    func roundTripsTrickyInput(_ source: String) {
        let html = SwiftHighlighter.html(source)
        #expect(Self.textContent(of: html) == Array(source.utf8), "\(html.debugDescription)")
    }

    @Test func roundTripsSeededRandomInput() {
        var generator = SplitMix64(seed: 0x5EED_DAF7A2)
        for index in 0..<400 {
            let source = Self.randomSource(using: &generator)
            let html = SwiftHighlighter.html(source)
            #expect(Self.textContent(of: html) == Array(source.utf8), "input \(index): \(source.debugDescription)")
            #expect(SwiftHighlighter.html(source) == html, "input \(index) is not deterministic")
        }
    }

    /// A large input named by how it was made, so a failure does not print megabytes.
    struct LargeInput: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let source: String
        init(_ piece: String, times count: Int, after prefix: String = "") {
            testDescription = "\(prefix.debugDescription) + \(piece.debugDescription) × \(count)"
            source = prefix + String(repeating: piece, count: count)
        }
    }

    /// Inputs that a quadratic or recursive lexer would choke on; a regression shows as a slow or crashing test.
    @Test(arguments: [
        LargeInput("#", times: 100_000),
        LargeInput("\"\\(", times: 50_000),
        LargeInput("\"####", times: 20_000, after: "#####\""),
        LargeInput("/*", times: 50_000),
        LargeInput("`a", times: 50_000),
        LargeInput("let x = \"a \\(f(\"b\")) c\" // d\n", times: 5_000),
    ])
    func highlightsLargeInputInOnePass(_ input: LargeInput) {
        let html = SwiftHighlighter.html(input.source)
        #expect(Self.textContent(of: html) == Array(input.source.utf8))
    }
}

// MARK: Helpers

extension SwiftHighlighterTests {
    /// The UTF-8 text a browser would show, or `nil` unless `html` is flat, non-empty spans of known classes and the four entities.
    static func textContent(of html: String) -> [UInt8]? {
        let classes = ["kw", "ty", "st", "si", "es", "co", "nu", "at", "pp", "op"]
        let entities: [(String, UInt8)] = [("&amp;", 0x26), ("&lt;", 0x3C), ("&gt;", 0x3E), ("&quot;", 0x22)]
        let bytes = Array(html.utf8)
        func markup(_ piece: String, startsAt index: Int) -> Bool {
            bytes[index...].starts(with: piece.utf8)
        }
        var text: [UInt8] = []
        var spanStart: Int?
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                if spanStart == nil, let tag = classes.map({ #"<span class="\#($0)">"# }).first(where: { markup($0, startsAt: index) }) {
                    spanStart = text.count
                    index += tag.utf8.count
                } else if let start = spanStart, text.count > start, markup("</span>", startsAt: index) {
                    spanStart = nil
                    index += "</span>".utf8.count
                } else {
                    return nil
                }
            case UInt8(ascii: "&"):
                guard let (entity, byte) = entities.first(where: { markup($0.0, startsAt: index) }) else { return nil }
                text.append(byte)
                index += entity.utf8.count
            case UInt8(ascii: ">"), UInt8(ascii: "\""):
                return nil
            case let byte:
                text.append(byte)
                index += 1
            }
        }
        return spanStart == nil ? text : nil
    }

    /// Fragments of Swift-like text, chosen to hit every lexer state and multi-byte boundary.
    static let fragments: [String] = [
        "\"", "\"\"\"", "#", "##", "\\", "\\(", "\\#(", "(", ")", "/*", "*/", "//", "/", "*", "\n", "\r\n", " ",
        "\t", "let", "default", "Foo", "x", "_", "$0", "0", "0x1F", "0b", "1.5e-3", "0x1p", "e", "-", ".",
        "...", "..<", "@", "@Main", "#if", "`", "{", "}", "u{", "1F600", "é", "e\u{301}", "\u{301}", "😀",
        "👍🏽", "🇸🇦", "ب", "اسم", "&", "<", ">", "'", "\0", "\u{00A0}",
    ]

    static func randomSource(using generator: inout SplitMix64) -> String {
        let count = Int.random(in: 0...40, using: &generator)
        return (0..<count).map { _ in fragments.randomElement(using: &generator)! }.joined()
    }
}
