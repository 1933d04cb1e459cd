import Testing
@testable import DaftarHTML

/// The small lexers of other languages: exact HTML for each construct, and every character kept.
@Suite struct CodeHighlighterTests {
    private func html(_ code: String, _ language: String) -> String? {
        CodeHighlighter.html(code, fenceLanguage: language)
    }

    @Test(arguments: [
        ("def f(x: int) -> None:\n", #"<span class="kw">def</span> f(x: <span class="ty">int</span>) <span class="op">-&gt;</span> <span class="kw">None</span>:"# + "\n"),
        ("# note\nx = 0x1F + 1.5e-3j\n", #"<span class="co"># note</span>"# + "\n" + #"x <span class="op">=</span> <span class="nu">0x1F</span> <span class="op">+</span> <span class="nu">1.5e-3j</span>"# + "\n"),
        (#"s = "a\n" + r'\d' + b"\x41""#, #"s <span class="op">=</span> <span class="st">&quot;a</span><span class="es">\n</span><span class="st">&quot;</span> <span class="op">+</span> <span class="st">r'\d'</span> <span class="op">+</span> <span class="st">b&quot;</span><span class="es">\x41</span><span class="st">&quot;</span>"#),
        (#"f"{x!r:>{w}} {{ok}}""#, #"<span class="st">f&quot;</span><span class="si">{</span>x!r:&gt;{w}<span class="si">}</span><span class="st"> </span><span class="es">{{</span><span class="st">ok</span><span class="es">}}</span><span class="st">&quot;</span>"#),
        ("\"\"\"doc\nstring\"\"\"\n", #"<span class="st">&quot;&quot;&quot;doc"# + "\n" + #"string&quot;&quot;&quot;</span>"# + "\n"),
        ("@torch.no_grad()\ndef g(): pass\n", #"<span class="at">@torch.no_grad</span>()"# + "\n" + #"<span class="kw">def</span> g(): <span class="kw">pass</span>"# + "\n"),
        ("if (n := len(a)) > 10: print('عربي')", #"<span class="kw">if</span> (n <span class="op">:=</span> len(a)) <span class="op">&gt;</span> <span class="nu">10</span>: print(<span class="st">'عربي'</span>)"#),
        ("'unterminated\nx", #"<span class="st">'unterminated</span>"# + "\n" + "x"),
    ])
    func python(code: String, expected: String) {
        #expect(html(code, "python") == expected)
        #expect(html(code, "py") == expected)
    }

    @Test(arguments: [
        ("echo \"Hi $USER\" # greet\n", #"<span class="ty">echo</span> <span class="st">&quot;Hi </span><span class="si">$USER</span><span class="st">&quot;</span> <span class="co"># greet</span>"# + "\n"),
        ("for f in *.md; do wc -l \"$f\"; done", #"<span class="kw">for</span> f <span class="kw">in</span> *.md<span class="op">;</span> <span class="kw">do</span> wc -l <span class="st">&quot;</span><span class="si">$f</span><span class="st">&quot;</span><span class="op">;</span> <span class="kw">done</span>"#),
        ("X=$(git rev-parse HEAD) && cd '/tmp' || exit 1", #"X=<span class="si">$(</span>git rev-parse HEAD<span class="si">)</span> <span class="op">&amp;&amp;</span> <span class="ty">cd</span> <span class="st">'/tmp'</span> <span class="op">||</span> <span class="ty">exit</span> <span class="nu">1</span>"#),
        ("ls ${HOME:-/} 2>/dev/null | grep \\#x", ##"ls <span class="si">${HOME:-/}</span> <span class="nu">2</span><span class="op">&gt;</span>/dev/null <span class="op">|</span> grep <span class="es">\#</span>x"##),
    ])
    func shell(code: String, expected: String) {
        #expect(html(code, "bash") == expected)
        #expect(html(code, "sh") == expected)
        #expect(html(code, "shell") == expected)
    }

    @Test func consoleHighlightsCommandsAfterThePromptAndLeavesOutputPlain() {
        let session = "$ swift build \\\n  -c release\nBuilding for production...\n$ echo $?\n0\n"
        #expect(html(session, "console") == #"<span class="pp">$</span> swift build <span class="es">\</span>"#
            + "\n  -c release\nBuilding for production...\n"
            + #"<span class="pp">$</span> <span class="ty">echo</span> <span class="si">$?</span>"# + "\n0\n")
    }

    @Test(arguments: [
        (#"{"a": [1, -2.5e3, true, null], "b\u00e9": "x\"y"}"#,
         #"{<span class="at">&quot;a&quot;</span>: [<span class="nu">1</span>, <span class="nu">-2.5e3</span>, <span class="kw">true</span>, <span class="kw">null</span>], <span class="at">&quot;b</span><span class="es">\u00e9</span><span class="at">&quot;</span>: <span class="st">&quot;x</span><span class="es">\&quot;</span><span class="st">y&quot;</span>}"#),
        ("{\n  \"k\"\n    : \"v\" // c\n}", "{\n  " + #"<span class="at">&quot;k&quot;</span>"# + "\n    : " + #"<span class="st">&quot;v&quot;</span> <span class="co">// c</span>"# + "\n}"),
    ])
    func json(code: String, expected: String) {
        #expect(html(code, "json") == expected)
    }

    @Test(arguments: [
        ("---\ntitle: \"Hi\" # t\nlang: ar\n---\n", #"<span class="pp">---</span>"# + "\n" + #"<span class="at">title</span>: <span class="st">&quot;Hi&quot;</span> <span class="co"># t</span>"# + "\n" + #"<span class="at">lang</span>: ar"# + "\n" + #"<span class="pp">---</span>"# + "\n"),
        ("execute:\n  timeout: 300\n  eval: false\n  x: ~\n", #"<span class="at">execute</span>:"# + "\n  " + #"<span class="at">timeout</span>: <span class="nu">300</span>"# + "\n  " + #"<span class="at">eval</span>: <span class="kw">false</span>"# + "\n  " + #"<span class="at">x</span>: <span class="kw">~</span>"# + "\n"),
        ("- a: 1.5\n- [b, 2, 'it''s']\n- {c: &x d, e: *x}\n", #"<span class="op">-</span> <span class="at">a</span>: <span class="nu">1.5</span>"# + "\n" + #"<span class="op">-</span> [b, <span class="nu">2</span>, <span class="st">'it''s'</span>]"# + "\n" + #"<span class="op">-</span> {<span class="at">c</span>: <span class="pp">&amp;x</span> d, <span class="at">e</span>: <span class="pp">*x</span>}"# + "\n"),
        ("abstract: |-\n  Two\n  lines: not keys\nnext: v1.2\n", #"<span class="at">abstract</span>: <span class="op">|-</span>"# + "\n  " + #"<span class="st">Two</span>"# + "\n  " + #"<span class="st">lines: not keys</span>"# + "\n" + #"<span class="at">next</span>: v1.2"# + "\n"),
    ])
    func yaml(code: String, expected: String) {
        #expect(html(code, "yaml") == expected)
        #expect(html(code, "yml") == expected)
    }

    /// Any input: the text of the output is the input, tags balanced (seeded fuzz over the
    /// characters that change a lexer's state).
    @Test(arguments: ["python", "bash", "console", "json", "yaml"])
    func everyCharacterIsKeptWhateverTheInput(language: String) {
        let alphabet = Array("ab1 .:#'\"\\$`{}[]()-|>&*!@fr\nx=e\u{0627}")
        var state: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<400 {
            var code = ""
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                code.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            let output = html(code, language) ?? ""
            let text = output.replacing(/<span class="[a-z]+">/, with: "").replacingOccurrences(of: "</span>", with: "")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            #expect(text == code, "\(language): \(code.debugDescription)")
            #expect(output.components(separatedBy: "<span").count == output.components(separatedBy: "</span>").count)
        }
    }

    @Test func otherLanguagesAreNotHighlighted() {
        #expect(html("x = 1", "ruby") == nil)
        #expect(html("x = 1", "{r}") == nil)
    }
}
