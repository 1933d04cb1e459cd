import Foundation
import Testing

/// The founding document's formulas as a real browser draws them: Debian's Chromium, headless,
/// at a phone's 390-pixel width. Every `<math>` must be drawn as MathML with a non-zero size, and
/// none may stick out of the line box that holds it or widen the page.
@Suite struct BrowserMathTests {
    struct Measurements: Decodable {
        struct Formula: Decodable {
            var tex: String
            var display: String
            var width: Double, height: Double
            var left: Double, right: Double
            var containerLeft: Double, containerRight: Double
        }
        var viewport: Double
        var pageWidth: Double
        var math: [Formula]
    }

    /// Measures each formula of the page and the line box (the nearest block) that holds it.
    static let measuringScript = """
        (() => {
          const number = (value) => parseFloat(value) || 0;
          const math = [...document.querySelectorAll("math")].map((element) => {
            let container = element.parentElement;
            while (getComputedStyle(container).display.startsWith("inline")) container = container.parentElement;
            const box = container.getBoundingClientRect(), style = getComputedStyle(container);
            const rect = element.getBoundingClientRect();
            return {
              tex: element.querySelector("annotation").textContent, display: getComputedStyle(element).display,
              width: rect.width, height: rect.height, left: rect.left, right: rect.right,
              containerLeft: box.left + number(style.borderLeftWidth) + number(style.paddingLeft),
              containerRight: box.right - number(style.borderRightWidth) - number(style.paddingRight),
            };
          });
          return { viewport: window.innerWidth, pageWidth: document.documentElement.scrollWidth, math };
        })()
        """

    @Test func everyFormulaOfTheFoundingDocumentHasASizeAndFitsAt390Pixels() throws {
        let folder = try TemporaryFolder(purpose: "browser")
        defer { folder.remove() }
        let render = try DaftarProcess.run(["render", "--quiet", FoundingDocumentTests.notebook, "-o", folder.path], in: Repository.root)
        #expect(render.status == 0, "\(render.stderr)")
        let chromium = try Chromium(profile: folder.url("profile"))
        try chromium.send("Emulation.setDeviceMetricsOverride", ["width": 390, "height": 900, "deviceScaleFactor": 1, "mobile": false])
        try chromium.send("Page.navigate", ["url": folder.url("why-sigmoid-is-avoided.ar.html").absoluteString])
        try chromium.wait(for: "Page.loadEventFired")
        let measurements = try JSONDecoder().decode(Measurements.self, from: chromium.evaluate(Self.measuringScript))
        #expect(measurements.viewport == 390)
        #expect(measurements.pageWidth <= 390, "the page is \(measurements.pageWidth) px wide")
        #expect(measurements.math.count == 8)
        for formula in measurements.math {
            // Chromium's computed value for `inline math` is `math`.
            #expect(formula.display == "math", "\(formula.tex) is not drawn as MathML: display \(formula.display)")
            #expect(formula.width > 0 && formula.height > 0, "\(formula.tex) has no size")
            #expect(formula.left >= formula.containerLeft - 0.5 && formula.right <= formula.containerRight + 0.5,
                    "\(formula.tex) sticks out of its line: \(formula.left)…\(formula.right) in \(formula.containerLeft)…\(formula.containerRight)")
        }
        // The fraction is taller than a lone letter: the formula was laid out as math, not as text.
        let heights = Dictionary(measurements.math.map { ($0.tex, $0.height) }, uniquingKeysWith: max)
        #expect(try #require(heights[#"\sigma(x) = \frac{1}{1 + e^{-x}}"#]) > 1.3 * (try #require(heights["x"])))
    }
}
