import Testing
@testable import DaftarMath

@Test func scratch() {
    for tex in [#"\sigma(x) = \frac{1}{1 + e^{-x}}"#, #"\sigma'(x) = \sigma(x)(1 - \sigma(x))"#, #"f(x) = \max(0, x)"#,
                #"\sum_{i=1}^n x_i \quad \mathbb{R} \mathbf{x} \mathcal{L} \operatorname{GELU}(x) \arg\max_x \lim_{n\to\infty}"#,
                #"\text{if } x > 0 \binom{n}{k} \sqrt[3]{x} \hat{x} \left( \frac{a}{b} \right) \big( \tfrac14 \dfrac{1}{2}"#,
                #"\begin{cases} 0 & x<0 \\ x & x \ge 0\end{cases}"#, #"\foo{x} + {a"#, #"\sin x \exp(x) 3.14 .5 1,000"#] {
        let c = MathML.convert(tex, display: tex.contains("sum"))
        print(c.markup)
        print(c.warnings)
    }
}
