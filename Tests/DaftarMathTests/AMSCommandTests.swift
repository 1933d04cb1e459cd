import Testing
@testable import DaftarMath

/// The commands real notebooks (Quarto's documentation, d2l) use that the converter once showed
/// as errors: `\mathop`, `\choose`, the AMS relations, `\operatorname` names with digits, `:=`.
@Suite struct AMSCommandTests {
    @Test(arguments: [
        (#"\mathop{\mathrm{argmin}}_x f"#, true, #"<mrow><munder><mi>argmin</mi><mi>x</mi></munder><mo rspace="0.1667em">⁡</mo><mi>f</mi></mrow>"#),
        (#"\mathop{\mathrm{argmin}}_x f"#, false, #"<mrow><msub><mi>argmin</mi><mi>x</mi></msub><mo rspace="0.1667em">⁡</mo><mi>f</mi></mrow>"#),
        (#"\mathop{\sum}_i"#, true, #"<munder><mo>∑</mo><mi>i</mi></munder>"#),
        (#"{n \choose k}"#, false, #"<mrow><mo form="prefix" stretchy="true">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo form="postfix" stretchy="true">)</mo></mrow>"#),
        (#"{n+1 \choose 2} x"#, false, #"<mrow><mrow><mo form="prefix" stretchy="true">(</mo><mfrac linethickness="0"><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow><mn>2</mn></mfrac><mo form="postfix" stretchy="true">)</mo></mrow><mi>x</mi></mrow>"#),
        (#"{a \over b}"#, false, #"<mfrac><mi>a</mi><mi>b</mi></mfrac>"#),
        (#"{a \atop b}"#, false, #"<mfrac linethickness="0"><mi>a</mi><mi>b</mi></mfrac>"#),
        (#"a \lessapprox b \gtrapprox c"#, false, #"<mrow><mi>a</mi><mo>⪅</mo><mi>b</mi><mo>⪆</mo><mi>c</mi></mrow>"#),
        (#"\leqq \geqq \lneq \subsetneq \sqsubseteq \vDash \precsim \therefore \Longrightarrow \twoheadrightarrow"#, false,
         #"<mrow><mo>≦</mo><mo>≧</mo><mo>⪇</mo><mo>⊊</mo><mo>⊑</mo><mo>⊨</mo><mo>≾</mo><mo>∴</mo><mo>⟹</mo><mo>↠</mo></mrow>"#),
        (#"\operatorname{ReLU6}(x)"#, false, #"<mrow><mi>ReLU6</mi><mo>⁡</mo><mo form="prefix" stretchy="false">(</mo><mi>x</mi><mo form="postfix" stretchy="false">)</mo></mrow>"#),
        (#"\operatorname{log2} n"#, false, #"<mrow><mi>log2</mi><mo rspace="0.1667em">⁡</mo><mi>n</mi></mrow>"#),
        (#"x := y"#, false, #"<mrow><mi>x</mi><mo>:=</mo><mi>y</mi></mrow>"#),
        (#"a : b"#, false, #"<mrow><mi>a</mi><mo>:</mo><mi>b</mi></mrow>"#),
    ])
    func commandBecomesItsMathML(tex: String, display: Bool, expected: String) {
        let conversion = MathML.convert(tex, display: display)
        #expect(MathMLTests.presentation(conversion.markup) == expected, "\(tex)")
        #expect(conversion.warnings.isEmpty, "\(tex): \(conversion.warnings)")
    }

    /// Every command the d2l book and Quarto's documentation write in math is known (their
    /// non-math commands, such as `\url` or `\newcommand`, left out).
    @Test func theCommandsOfD2lAndQuartosDocumentationAreKnown() {
        let commands = #"""
        \mathbf \textrm \frac \times \partial \mathcal \in \epsilon \sum \mid \mathbb \top \theta \hat \ldots \sigma
        \boldsymbol \log \eta \cdot \lambda \alpha \mu \pi \int \exp \sim \infty \ell \beta \leq \phi \nabla \approx
        \mathrm \bar \gamma \mathsf \rightarrow \geq \cdots \vdots \delta \tau \mathit \dots \cos \xi \prod \leftarrow
        \quad \sin \max \Delta \to \Sigma \tilde \Lambda \odot \neq \textbf \rho \omega \Theta \lim \le \rangle \langle
        \rfloor \prime \lfloor \ge \cap \tanh \min \ddots \propto \pm \det \cup \ln \emptyset \qquad \longrightarrow
        \implies \subseteq \backslash \succeq \perp \equiv \circ \vec \uparrow \parallel \ni \kappa \gets \forall \chi
        \arccos \Phi \wedge \succ \subset \star \setminus \rceil \mapsto \ll \lessapprox \lceil \iff \cosh \bigcup \Pr
        \Gamma \overline \lambda \epsilon
        """#.split(whereSeparator: \.isWhitespace)
        for command in commands {
            let tex = ["\\frac", "\\binom"].contains(String(command)) ? "\(command){a}{b}"
                : ["\\mathbf", "\\textrm", "\\mathcal", "\\mathbb", "\\hat", "\\boldsymbol", "\\mathrm", "\\bar", "\\mathsf",
                   "\\mathit", "\\tilde", "\\textbf", "\\vec", "\\overline"].contains(String(command)) ? "\(command){x}" : String(command)
            #expect(MathML.convert(tex, display: false).warnings.isEmpty, "\(command)")
        }
    }
}
