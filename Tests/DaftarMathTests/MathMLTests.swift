import Testing
@testable import DaftarMath

/// Each construct's MathML, as a golden: the presentation markup inside `<semantics>`.
@Suite struct MathMLTests {
    /// TeX, whether it is display math, and the MathML it becomes (without the `<math>`,
    /// `<semantics>` and annotation around it).
    @Test(arguments: [
        (#"x"#, false, #"<mi>x</mi>"#),
        (#"xy2"#, false, #"<mrow><mi>x</mi><mi>y</mi><mn>2</mn></mrow>"#),
        (#"3.14 + 12"#, false, #"<mrow><mn>3.14</mn><mo>+</mo><mn>12</mn></mrow>"#),
        (#".5"#, false, #"<mn>.5</mn>"#),
        (#"٣٤ + ١"#, false, #"<mrow><mn>٣٤</mn><mo>+</mo><mn>١</mn></mrow>"#),
        (#"٣.١٤ ۱۲"#, false, #"<mrow><mn>٣.١٤</mn><mn>۱۲</mn></mrow>"#),
        (#"\frac٣٤"#, false, #"<mfrac><mn>٣</mn><mn>٤</mn></mfrac>"#),
        (#"1,000"#, false, #"<mrow><mn>1</mn><mo>,</mo><mn>000</mn></mrow>"#),
        (#"a-b"#, false, #"<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>"#),
        (#"x_i"#, false, #"<msub><mi>x</mi><mi>i</mi></msub>"#),
        (#"x^2"#, false, #"<msup><mi>x</mi><mn>2</mn></msup>"#),
        (#"x_i^2"#, false, #"<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"#),
        (#"x^{2}_{1}"#, false, #"<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup>"#),
        (#"e^{-x}"#, false, #"<msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup>"#),
        (#"^2"#, false, #"<msup><mrow></mrow><mn>2</mn></msup>"#),
        (#"f'(x)"#, false, #"<mrow><mi>f</mi><mi>′</mi><mo form="prefix" stretchy="false">(</mo><mi>x</mi><mo form="postfix" stretchy="false">)</mo></mrow>"#),
        (#"f''"#, false, #"<mrow><mi>f</mi><mi>″</mi></mrow>"#),
        (#"x''''''"#, false, #"<mrow><mi>x</mi><mi>⁗</mi><mi>″</mi></mrow>"#),
        (#"x''''^2"#, false, #"<msup><mi>x</mi><mrow><mi>⁗</mi><mn>2</mn></mrow></msup>"#),
        (#"x'''''_i"#, false, #"<msubsup><mi>x</mi><mi>i</mi><mrow><mi>⁗</mi><mi>′</mi></mrow></msubsup>"#),
        (#"f'_i"#, false, #"<msubsup><mi>f</mi><mi>i</mi><mi>′</mi></msubsup>"#),
        (#"f'^2"#, false, #"<msup><mi>f</mi><mrow><mi>′</mi><mn>2</mn></mrow></msup>"#),
        (#"\frac{1}{2}"#, false, #"<mfrac><mn>1</mn><mn>2</mn></mfrac>"#),
        (#"\frac12"#, false, #"<mfrac><mn>1</mn><mn>2</mn></mfrac>"#),
        (#"\dfrac{a}{b}"#, false, #"<mstyle displaystyle="true"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"#),
        (#"\tfrac14"#, false, #"<mstyle displaystyle="false"><mfrac><mn>1</mn><mn>4</mn></mfrac></mstyle>"#),
        (#"\binom{n}{k}"#, false, #"<mrow><mo form="prefix" stretchy="true">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo form="postfix" stretchy="true">)</mo></mrow>"#),
        (#"\sqrt{2}"#, false, #"<msqrt><mn>2</mn></msqrt>"#),
        (#"\sqrt[n]{x}"#, false, #"<mroot><mi>x</mi><mi>n</mi></mroot>"#),
        (#"\left( x \right)"#, false, #"<mrow><mo form="prefix" fence="true" stretchy="true">(</mo><mi>x</mi><mo form="postfix" fence="true" stretchy="true">)</mo></mrow>"#),
        (#"\left. x \right|"#, false, #"<mrow><mi>x</mi><mo form="postfix" fence="true" stretchy="true">|</mo></mrow>"#),
        (#"\left\{ x \middle| y \right\}"#, false, #"<mrow><mo form="prefix" fence="true" stretchy="true">{</mo><mi>x</mi><mo fence="true" stretchy="true">|</mo><mi>y</mi><mo form="postfix" fence="true" stretchy="true">}</mo></mrow>"#),
        (#"\big( \Bigr]"#, false, #"<mrow><mo stretchy="true" minsize="1.2em" maxsize="1.2em">(</mo><mo form="postfix" stretchy="true" minsize="1.623em" maxsize="1.623em">]</mo></mrow>"#),
        (#"\alpha \Gamma \varepsilon"#, false, #"<mrow><mi>α</mi><mi mathvariant="normal">Γ</mi><mi>ε</mi></mrow>"#),
        (#"\mathbb{R} \mathbf{x} \mathcal{L} \boldsymbol{\theta} \mathrm{d} \mathrm{ReLU} \operatorname{GELU}"#, false, #"<mrow><mi>ℝ</mi><mi>𝐱</mi><mi>ℒ</mi><mi>𝜽</mi><mi mathvariant="normal">d</mi><mi>ReLU</mi><mspace width="0.1667em"></mspace><mi>GELU</mi></mrow>"#),
        (#"\mathcal{\Gamma} \mathsf{\Delta} \mathbf{\Gamma} \mathit{\Gamma} \mathbf{\mathrm{d}}"#, false, #"<mrow><mi mathvariant="normal">Γ</mi><mi mathvariant="normal">Δ</mi><mi>𝚪</mi><mi>𝛤</mi><mi>𝐝</mi></mrow>"#),
        (#"\exp x"#, false, #"<mrow><mi>exp</mi><mo rspace="0.1667em">⁡</mo><mi>x</mi></mrow>"#),
        (#"\log(x)"#, false, #"<mrow><mi>log</mi><mo>⁡</mo><mo form="prefix" stretchy="false">(</mo><mi>x</mi><mo form="postfix" stretchy="false">)</mo></mrow>"#),
        (#"\exp(x)\max"#, false, #"<mrow><mi>exp</mi><mo>⁡</mo><mo form="prefix" stretchy="false">(</mo><mi>x</mi><mo form="postfix" stretchy="false">)</mo><mspace width="0.1667em"></mspace><mi>max</mi></mrow>"#),
        (#"2x \sin y + \cos y \, \log z"#, false, #"<mrow><mn>2</mn><mi>x</mi><mspace width="0.1667em"></mspace><mi>sin</mi><mo rspace="0.1667em">⁡</mo><mi>y</mi><mo>+</mo><mi>cos</mi><mo rspace="0.1667em">⁡</mo><mi>y</mi><mspace width="0.1667em"></mspace><mi>log</mi><mo rspace="0.1667em">⁡</mo><mi>z</mi></mrow>"#),
        (#"\tanh = 1"#, false, #"<mrow><mi>tanh</mi><mo>=</mo><mn>1</mn></mrow>"#),
        (#"\arg\max_x"#, true, #"<mrow><mi>arg</mi><mo rspace="0.1667em">⁡</mo><munder><mi>max</mi><mi>x</mi></munder></mrow>"#),
        (#"\max_x"#, false, #"<msub><mi>max</mi><mi>x</mi></msub>"#),
        (#"\lim_{n\to\infty}"#, true, #"<munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder>"#),
        (#"\sum_{i=1}^n"#, true, #"<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>"#),
        (#"\sum_{i=1}^n"#, false, #"<msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup>"#),
        (#"\prod_i"#, true, #"<munder><mo>∏</mo><mi>i</mi></munder>"#),
        (#"\int_0^1"#, true, #"<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>"#),
        (#"\sum\nolimits_i"#, true, #"<msub><mo>∑</mo><mi>i</mi></msub>"#),
        (#"\sum\limits_i"#, false, #"<munder><mo>∑</mo><mi>i</mi></munder>"#),
        (#"\underbrace{a+b}_{n}"#, false, #"<munder><munder accentunder="true"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏟</mo></munder><mi>n</mi></munder>"#),
        (#"\overbrace{a+b}^{n}"#, true, #"<mover><mover accent="true"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏞</mo></mover><mi>n</mi></mover>"#),
        (#"\underbrace{a}\nolimits_n"#, false, #"<msub><munder accentunder="true"><mi>a</mi><mo stretchy="true">⏟</mo></munder><mi>n</mi></msub>"#),
        (#"\operatorname*{arg\,max}_x"#, true, #"<munder><mrow><mi>arg</mi><mspace width="0.1667em"></mspace><mi>max</mi></mrow><mi>x</mi></munder>"#),
        (#"\hat{x} \bar x \tilde{x} \vec{v} \dot{x}"#, false, #"<mrow><mover accent="true"><mi>x</mi><mo stretchy="false">^</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">‾</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">~</mo></mover><mover accent="true"><mi>v</mi><mo>→</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">˙</mo></mover></mrow>"#),
        (#"\underbrace{x}"#, false, #"<munder accentunder="true"><mi>x</mi><mo stretchy="true">⏟</mo></munder>"#),
        (#"\text{if } x"#, false, #"<mrow><mrow><mtext>if</mtext><mspace width="0.3333em"></mspace></mrow><mi>x</mi></mrow>"#),
        (#"\textbf{a b}"#, false, #"<mtext>𝐚 𝐛</mtext>"#),
        (#"\text{for $x$}"#, false, #"<mrow><mtext>for</mtext><mspace width="0.3333em"></mspace><mi>x</mi></mrow>"#),
        (#"\, \; \: \! \quad \qquad"#, false, #"<mrow><mspace width="0.1667em"></mspace><mspace width="0.2778em"></mspace><mspace width="0.2222em"></mspace><mspace width="-0.1667em"></mspace><mspace width="1em"></mspace><mspace width="2em"></mspace></mrow>"#),
        (#"\approx \le \ge \ne \in \to \infty \partial \nabla \cdot \cdots \ldots \odot \sim"#, false, #"<mrow><mo>≈</mo><mo>≤</mo><mo>≥</mo><mo>≠</mo><mo>∈</mo><mo>→</mo><mi>∞</mi><mi>∂</mi><mi mathvariant="normal">∇</mi><mo>⋅</mo><mi>⋯</mi><mi>…</mi><mo>⊙</mo><mo>∼</mo></mrow>"#),
        (#"\not= \not\in"#, false, #"<mrow><mo>≠</mo><mo>∉</mo></mrow>"#),
        (#"\not{=} \not a \not\Gamma \not 2 \not\subset"#, false, #"<mrow><mo>≠</mo><mi>𝑎̸</mi><mi>Γ̸</mi><mn>2̸</mn><mo>⊄</mo></mrow>"#),
        (#"\not{ab} \not\frac12"#, false, #"<mrow><mrow><mi>𝑎̸</mi><mi>b</mi></mrow><mrow><mo≯</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow></mrow>"#),
        (#"\begin{matrix} a & b \\ c & d \end{matrix}"#, false, #"<mtable><mtr><mtd columnalign="center"><mi>a</mi></mtd><mtd columnalign="center"><mi>b</mi></mtd></mtr><mtr><mtd columnalign="center"><mi>c</mi></mtd><mtd columnalign="center"><mi>d</mi></mtd></mtr></mtable>"#),
        (#"\begin{pmatrix} 1 \\ 2 \end{pmatrix}"#, false, #"<mrow><mo form="prefix" fence="true" stretchy="true">(</mo><mtable><mtr><mtd columnalign="center"><mn>1</mn></mtd></mtr><mtr><mtd columnalign="center"><mn>2</mn></mtd></mtr></mtable><mo form="postfix" fence="true" stretchy="true">)</mo></mrow>"#),
        (#"\begin{bmatrix} a \end{bmatrix}"#, false, #"<mrow><mo form="prefix" fence="true" stretchy="true">[</mo><mtable><mtr><mtd columnalign="center"><mi>a</mi></mtd></mtr></mtable><mo form="postfix" fence="true" stretchy="true">]</mo></mrow>"#),
        (#"\begin{vmatrix} a \end{vmatrix}"#, false, #"<mrow><mo form="prefix" fence="true" stretchy="true">|</mo><mtable><mtr><mtd columnalign="center"><mi>a</mi></mtd></mtr></mtable><mo form="postfix" fence="true" stretchy="true">|</mo></mrow>"#),
        (#"\begin{cases} 0 & x < 0 \\ x & x \ge 0 \end{cases}"#, false, #"<mrow><mo form="prefix" fence="true" stretchy="true">{</mo><mtable><mtr><mtd columnalign="left"><mn>0</mn></mtd><mtd columnalign="left"><mrow><mi>x</mi><mo>&lt;</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd columnalign="left"><mi>x</mi></mtd><mtd columnalign="left"><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr></mtable></mrow>"#),
        (#"\begin{aligned} a &= b \\ &= c \\ \end{aligned}"#, true, #"<mtable displaystyle="true"><mtr><mtd columnalign="right"><mi>a</mi></mtd><mtd columnalign="left"><mrow><mo>=</mo><mi>b</mi></mrow></mtd></mtr><mtr><mtd columnalign="right"><mrow></mrow></mtd><mtd columnalign="left"><mrow><mo>=</mo><mi>c</mi></mrow></mtd></mtr></mtable>"#),
        (#"\begin{aligned} f &= \frac{a}{b}+\sum_i x_i \end{aligned}"#, false, #"<mtable displaystyle="true"><mtr><mtd columnalign="right"><mi>f</mi></mtd><mtd columnalign="left"><mrow><mo>=</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo>+</mo><munder><mo>∑</mo><mi>i</mi></munder><msub><mi>x</mi><mi>i</mi></msub></mrow></mtd></mtr></mtable>"#),
        (#"\begin{gather} \frac{a}{b} \end{gather}"#, true, #"<mtable displaystyle="true"><mtr><mtd columnalign="center"><mfrac><mi>a</mi><mi>b</mi></mfrac></mtd></mtr></mtable>"#),
        (#"\displaystyle \sum_i x"#, false, #"<mstyle displaystyle="true"><mrow><munder><mo>∑</mo><mi>i</mi></munder><mi>x</mi></mrow></mstyle>"#)
    ])
    func constructBecomesItsMathML(tex: String, display: Bool, expected: String) {
        let conversion = MathML.convert(tex, display: display)
        #expect(Self.presentation(conversion.markup) == expected, "\(tex)")
        #expect(conversion.warnings.isEmpty, "\(tex): \(conversion.warnings)")
    }

    /// TeX that cannot be converted: the part shown as `<merror>`, and the warnings with the byte
    /// offset of the offending TeX in the formula.
    @Test(arguments: [
        (#"a < b & c"#, false, #"<mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi><merror><mtext>&amp;</mtext></merror><mi>c</mi></mrow>"#, [MathWarning(#"& is only allowed inside an environment such as aligned or matrix"#, offset: 6)]),
        (#"\foo"#, false, #"<merror><mtext>\foo</mtext></merror>"#, [MathWarning(#"unknown TeX command \foo"#, offset: 0)]),
        (#"{a"#, false, #"<merror><mtext>{a</mtext></merror>"#, [MathWarning(#"unbalanced brace: this { is never closed"#, offset: 0)]),
        (#"a}"#, false, #"<mrow><mi>a</mi><merror><mtext>}</mtext></merror></mrow>"#, [MathWarning(#"unbalanced brace: this } closes nothing"#, offset: 1)]),
        (#"\right)"#, false, #"<merror><mtext>\right)</mtext></merror>"#, [MathWarning(#"\right without a matching \left"#, offset: 0)]),
        (#"\left( a"#, false, #"<merror><mtext>\left( a</mtext></merror>"#, [MathWarning(#"\left without a matching \right"#, offset: 0)]),
        (#"\begin{foo} a \end{foo} b"#, false, #"<mrow><merror><mtext>\begin{foo} a \end{foo}</mtext></merror><mi>b</mi></mrow>"#, [MathWarning(#"unknown environment {foo}"#, offset: 0)]),
        (#"\left( x+y \right b"#, false, #"<mrow><merror><mtext>\left( x+y \right</mtext></merror><mi>b</mi></mrow>"#, [MathWarning(#"\right needs a delimiter"#, offset: 11)]),
        (#"\begin{matrix} a \end{pmatrix} b"#, false, #"<mrow><merror><mtext>\begin{matrix} a \end{pmatrix}</mtext></merror><mi>b</mi></mrow>"#, [MathWarning(#"\begin{matrix} is closed by \end{pmatrix}"#, offset: 17)]),
        (#"\begin{matrix} a \end b"#, false, #"<mrow><merror><mtext>\begin{matrix} a \end</mtext></merror><mi>b</mi></mrow>"#, [MathWarning(#"\begin{matrix} is closed by \end{}"#, offset: 17)]),
        (#"\begin{array} a \\ b"#, false, #"<mrow><merror><mtext>\begin{array}</mtext></merror><mi>a</mi><merror><mtext>\\</mtext></merror><mi>b</mi></mrow>"#, [MathWarning(#"\begin{array} needs its column alignments, as {cc}"#, offset: 0), MathWarning(#"\\ only breaks lines inside an environment such as aligned"#, offset: 16)]),
        (#"\begin{matrix} a"#, false, #"<merror><mtext>\begin{matrix} a</mtext></merror>"#, [MathWarning(#"\begin{matrix} is never closed by \end{matrix}"#, offset: 0)]),
        (#"a \end{matrix} b"#, false, #"<mrow><mi>a</mi><merror><mtext>\end{matrix}</mtext></merror><mi>b</mi></mrow>"#, [MathWarning(#"\end{matrix} without a matching \begin"#, offset: 2)]),
        (#"\end"#, false, #"<merror><mtext>\end</mtext></merror>"#, [MathWarning(#"\end without a matching \begin"#, offset: 0)]),
        (#"\frac{a}"#, false, #"<mfrac><mi>a</mi><merror><mtext>\frac</mtext></merror></mfrac>"#, [MathWarning(#"missing argument after \frac"#, offset: 0)]),
        (#"x^"#, false, #"<msup><mi>x</mi><merror><mtext>^</mtext></merror></msup>"#, [MathWarning(#"missing argument after ^"#, offset: 1)]),
        (#"x^a^b"#, false, #"<mrow><msup><mi>x</mi><mi>a</mi></msup><merror><mtext>^</mtext></merror><msup><mrow></mrow><mi>b</mi></msup></mrow>"#, [MathWarning(#"double superscript"#, offset: 3)]),
        (#"\text{a \foo b}"#, false, #"<mrow><mtext>a</mtext><mspace width="0.3333em"></mspace><merror><mtext>\foo</mtext></merror><mtext>b</mtext></mrow>"#, [MathWarning(#"\foo cannot be used inside \text"#, offset: 8)])
    ])
    func malformedTeXIsAnErrorWithAWarning(tex: String, display: Bool, expected: String, warnings: [MathWarning]) {
        let conversion = MathML.convert(tex, display: display)
        #expect(Self.presentation(conversion.markup) == expected, "\(tex)")
        #expect(conversion.warnings == warnings, "\(tex)")
    }

    @Test func displayMathIsABlockAndKeepsItsTeXAsAnEscapedAnnotation() {
        #expect(MathML.convert("a<b", display: false).markup.hasPrefix("<math><semantics>"))
        #expect(MathML.convert("x", display: true).markup
            == #"<math display="block"><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math>"#)
        #expect(MathML.convert(#" \text{"a" < b} "#, display: false).markup
            == #"<math><semantics><mtext>&quot;a&quot; &lt; b</mtext><annotation encoding="application/x-tex">\text{&quot;a&quot; &lt; b}</annotation></semantics></math>"#)
    }

    /// An offset after Arabic text counts UTF-8 bytes, as notebook columns do.
    @Test func warningOffsetsAreUTF8Bytes() {
        #expect(MathML.convert("\\text{σσ} \\foo", display: false).warnings == [MathWarning("unknown TeX command \\foo", offset: 12)])
    }

    /// The presentation element inside `<semantics>`.
    static func presentation(_ markup: String) -> String {
        guard let start = markup.firstRange(of: "<semantics>"), let end = markup.firstRange(of: "<annotation") else { return markup }
        return String(markup[start.upperBound..<end.lowerBound])
    }
}
