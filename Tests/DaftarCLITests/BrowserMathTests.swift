import Foundation
import Testing

/// The founding document's formulas as a real browser draws them: Debian's Chromium, headless,
/// at a phone's 390-pixel width. Every `<math>` must be drawn as MathML with a non-zero size, and
/// none may stick out of the line box that holds it or widen the page.
///
/// Headless Chromium measures only with script, and reports carry none: the test loads the report
/// into a frame of a page of its own whose script measures it, and reads the figures back from
/// the DOM that `--dump-dom` prints.
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

    /// A page holding the report in a frame `width` pixels wide, and a script that measures the
    /// report's formulas once it has loaded and writes the figures into the page.
    ///
    /// Headless Chromium's window is at least 500 pixels wide; a frame's viewport is its own
    /// width. The report goes in `srcdoc`, so that it shares the page's origin (the script can
    /// read it) while keeping its own content security policy.
    static func measuringPage(for report: String, width: Int) -> String {
        let attribute = report.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>measure</title></head><body style="margin: 0">
            <iframe id="report" style="border: 0; width: \(width)px; height: 3000px" srcdoc="\(attribute)"></iframe>
            <script>
            document.getElementById("report").addEventListener("load", function () {
              const page = this.contentDocument, view = this.contentWindow;
              const number = (value) => parseFloat(value) || 0;
              const math = [...page.querySelectorAll("math")].map((element) => {
                let container = element.parentElement;
                while (view.getComputedStyle(container).display.startsWith("inline")) container = container.parentElement;
                const box = container.getBoundingClientRect(), style = view.getComputedStyle(container);
                const rect = element.getBoundingClientRect();
                return {
                  tex: element.querySelector("annotation").textContent, display: view.getComputedStyle(element).display,
                  width: rect.width, height: rect.height, left: rect.left, right: rect.right,
                  containerLeft: box.left + number(style.borderLeftWidth) + number(style.paddingLeft),
                  containerRight: box.right - number(style.borderRightWidth) - number(style.paddingRight),
                };
              });
              const result = document.createElement("pre");
              result.id = "daftar-measurements";
              result.textContent = JSON.stringify({ viewport: view.innerWidth, pageWidth: page.documentElement.scrollWidth, math });
              document.body.append(result);
            });
            </script>
            </body></html>
            """
    }

    @Test func everyFormulaOfTheFoundingDocumentHasASizeAndFitsAt390Pixels() throws {
        let folder = try TemporaryFolder(purpose: "browser")
        defer { folder.remove() }
        let render = try DaftarProcess.run(["render", "--quiet", FoundingDocumentTests.notebook, "-o", folder.path], in: Repository.root)
        #expect(render.status == 0, "\(render.stderr)")
        let report = try folder.read("why-sigmoid-is-avoided.ar.html")
        try folder.write(Self.measuringPage(for: report, width: 390), to: "measure.html")

        let measurements = try Self.measure(folder.url("measure.html"), profile: folder.url("profile"))
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

    /// Loads `page` in headless Chromium and returns what its script measured.
    static func measure(_ page: URL, profile: URL) throws -> Measurements {
        let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(Self.executable(named:)).first
        let executable = try #require(chromium, "Chromium is not installed; install Debian's chromium (make test does)")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             "--user-data-dir=\(profile.path)", "--window-size=800,3000", "--dump-dom", page.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let match = try #require(dom.firstMatch(of: #/<pre id="daftar-measurements">(.*?)</pre>/#), "Chromium printed no measurements:\n\(dom.prefix(2000))")
        let json = match.1.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Measurements.self, from: Data(json.utf8))
    }

    private static func executable(named name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
