import Foundation
import Testing

/// Every report in a real browser: headless Chromium opens each rendered report from disk at
/// 390 and 1,280 pixels, in light and dark mode, checks it (`ReportInspection`) and saves a PNG
/// of each view in `.build/browser-screenshots/` for a person to look at.
@Suite(.serialized) struct BrowserReportTests {
    static let screenshots = Repository.root.appendingPathComponent(".build/browser-screenshots")

    @Test func everyReportPassesInEveryWidthAndTheme() throws {
        let output = try RenderedNotebooks.output.get()
        let reports = try RenderedNotebooks.reports()
        // The same reports as the committed Output/ (new notebooks may add more).
        let committed = try RenderedNotebooks.htmlFiles(in: Repository.root.appendingPathComponent("Output"))
        #expect(Set(committed).isSubset(of: reports), "Output/ holds reports Notebooks/ does not render: \(Set(committed).subtracting(reports))")
        #expect(reports.count > 1)

        try? FileManager.default.removeItem(at: Self.screenshots)
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        print("Screenshots of every report: \(Self.screenshots.path)")
        let profile = try TemporaryFolder(purpose: "chromium")
        defer { profile.remove() }
        let chromium = try Chromium(profile: profile.url)
        for report in reports {
            for configuration in ReportInspection.Configuration.all {
                let name = (report as NSString).deletingPathExtension
                let screenshot = Self.screenshots.appendingPathComponent("\(name)-\(configuration.slug).png")
                let problems = try ReportInspection.problems(in: output.appendingPathComponent(report), with: chromium,
                                                             as: configuration, screenshot: screenshot)
                for problem in problems {
                    Issue.record("\(report) at \(configuration): \(problem)")
                }
                #expect(FileManager.default.fileExists(atPath: screenshot.path))
            }
        }
    }

    /// The index's titles start where their column's heading does: the right alignment of the
    /// numbers in right-to-left tables (`td[dir="ltr"]`) must not reach a title's cell.
    @Test func theIndexTitlesStartAtTheLineStart() throws {
        let output = try RenderedNotebooks.output.get()
        let profile = try TemporaryFolder(purpose: "chromium")
        defer { profile.remove() }
        let chromium = try Chromium(profile: profile.url)
        try chromium.send("Page.navigate", ["url": output.appendingPathComponent("index.html").absoluteString])
        try chromium.wait(for: "Page.loadEventFired")
        let script = #"[...document.querySelectorAll("tbody td:first-child")].map((cell) => getComputedStyle(cell).textAlign)"#
        let alignments = try JSONDecoder().decode([String].self, from: chromium.evaluate(script))
        #expect(!alignments.isEmpty)
        #expect(alignments.allSatisfy { $0 == "start" }, "\(alignments)")
    }

    /// A page with one defect, the words its problem must contain, and the views that must show it.
    struct BrokenPage: Sendable {
        var name: String
        var html: String
        var expected: String
        var failsIn: @Sendable (ReportInspection.Configuration) -> Bool = { _ in true }

        static func page(_ body: String, head: String = "", lang: String = "en") -> String {
            """
            <!DOCTYPE html><html lang="\(lang)"><head><meta charset="utf-8"><title>t</title>
            <style>:root { color-scheme: light dark; }</style>\(head)</head><body><p>Text.</p>\(body)</body></html>
            """
        }

        static let all: [BrokenPage] = [
            BrokenPage(name: "network", html: page(#"<img alt="x" src="http://example.invalid/x.png">"#), expected: "network request"),
            BrokenPage(name: "file beside the page", html: page(#"<img alt="x" src="beside.png">"#), expected: "network request was attempted: file:"),
            BrokenPage(name: "console", html: page(#"<script>console.error("broken")</script>"#), expected: "console error: broken"),
            BrokenPage(name: "exception", html: page(#"<script>null.x</script>"#), expected: "uncaught exception"),
            BrokenPage(name: "direction", html: page("<p>نص</p>", lang: "ar"), expected: "computed direction is ltr"),
            BrokenPage(name: "math", html: page(#"<p><math style="display: none"><mi>x</mi></math></p>"#), expected: "math “x” has an empty box"),
            BrokenPage(name: "svg", html: page(#"<svg width="0" height="0" aria-label="empty chart"></svg>"#),
                       expected: "svg “empty chart” has an empty box"),
            BrokenPage(name: "wide", html: page(#"<div id="wide" style="width: 800px">wide</div>"#), expected: "wider than the page: div#wide",
                       failsIn: { $0.width < 800 }),
            BrokenPage(name: "caption", html: page(#"<div style="overflow-x: auto"><table><caption>A caption as long as a sentence that goes on</caption>"#
                                                   + #"<tr><td style="min-width: 500px">wide</td></tr></table></div>"#),
                       expected: "a caption runs past the page's edge", failsIn: { $0.width < 500 }),
            BrokenPage(name: "light contrast", html: page(#"<p id="faint" style="color: #aaaaaa">faint</p>"#),
                       expected: "below 4.5:1 in p#faint", failsIn: { !$0.dark }),
            BrokenPage(name: "SVG text contrast", html: page(##"<svg width="120" height="40"><text id="pale" x="0" y="20" fill="#dddddd">pale</text></svg>"##),
                       expected: "below 4.5:1 in text#pale", failsIn: { !$0.dark }),
            BrokenPage(name: "dark contrast", html: page(#"<p id="dim">dim</p>"#, head: "<style>@media (prefers-color-scheme: dark) { #dim { color: #444 } }</style>"),
                       expected: "below 4.5:1 in p#dim", failsIn: { $0.dark }),
        ]
    }

    /// Each check finds its defect, in the views where it is one and only there, and a clean page
    /// has no problem. One browser serves every page (starting one takes about three seconds).
    @Test func eachCheckFindsItsDefect() throws {
        let folder = try TemporaryFolder(purpose: "broken-page")
        defer { folder.remove() }
        try folder.write(BrokenPage.page(""), to: "clean.html")
        let chromium = try Chromium(profile: folder.url("profile"))
        for configuration in ReportInspection.Configuration.all {
            let clean = try ReportInspection.problems(in: folder.url("clean.html"), with: chromium, as: configuration)
            #expect(clean.isEmpty, "the clean page at \(configuration): \(clean)")
        }
        for broken in BrokenPage.all {
            try folder.write(broken.html, to: "\(broken.name).html")
            for configuration in ReportInspection.Configuration.all {
                let problems = try ReportInspection.problems(in: folder.url("\(broken.name).html"), with: chromium, as: configuration)
                let found = problems.contains { $0.contains(broken.expected) }
                #expect(found == broken.failsIn(configuration), "\(broken.name) at \(configuration): \(problems)")
            }
        }
    }

    /// A trusted notebook (rendered without `--safe`) whose author's raw HTML, links and style
    /// would run script or fetch from the network: each vector writes `ran: …` to the console.
    static let hostileNotebook = """
        ---
        title: Hostile
        ---

        <script>document.title = "ran"; console.error("ran: script")</script>

        <img src="x.png" alt="x" onerror="console.error('ran: onerror')">

        [a javascript: link](javascript:console.error('ran:%20javascript%20link')){#js-link}

        [a data: link](data:text/html;base64,PHNjcmlwdD5jb25zb2xlLmVycm9yKCJyYW46IGRhdGEgbGluayIpPC9zY3JpcHQ+){#data-link}

        <iframe title="frame" srcdoc="<script>console.error('ran: srcdoc')</script>"></iframe>

        [styled]{style="background-image: url(http://example.invalid/bg.png)"}

        """

    /// A trusted report keeps its author's raw HTML and `javascript:` links, as pandoc and Quarto
    /// do; only the page's Content-Security-Policy stops them. In Chromium none of them runs or
    /// fetches anything, links clicked with the mouse included — and the same page without the
    /// policy does run them, so that the check is shown to see script when it runs.
    @Test func aTrustedReportsPolicyRunsNoScriptAndFetchesNothing() throws {
        let folder = try TemporaryFolder(purpose: "policy")
        defer { folder.remove() }
        try folder.write(Self.hostileNotebook, to: "hostile.md")
        let render = try folder.daftar("render", "--quiet", "hostile.md", "-o", "out")
        #expect(render.status == 0, "\(render.stderr)")
        let report = try folder.read("out/hostile.html")
        #expect(report.contains("<script>document.title") && report.contains("href=\"javascript:") && report.contains("srcdoc="),
                "a trusted report keeps what its author wrote")
        let policy = #"<meta http-equiv="Content-Security-Policy" content="[^"]*">"#
        #expect(report.range(of: policy, options: .regularExpression) != nil)
        try folder.write(report.replacingOccurrences(of: policy, with: "", options: .regularExpression), to: "out/unprotected.html")

        let chromium = try Chromium(profile: folder.url("profile"))
        let clicked = ["#js-link", "#data-link"]
        let unprotected = try ReportInspection.effects(of: folder.url("out/unprotected.html"), with: chromium, clicking: clicked)
        #expect(Set(unprotected.ran) == ["ran: script", "ran: onerror", "ran: javascript link", "ran: srcdoc"], "\(unprotected)")
        #expect(unprotected.requests.contains { $0.hasSuffix("http://example.invalid/bg.png") }, "\(unprotected.requests)")
        #expect(unprotected.title == "ran")

        let protected = try ReportInspection.effects(of: folder.url("out/hostile.html"), with: chromium, clicking: clicked)
        #expect(protected.ran.isEmpty, "\(protected.ran)")
        #expect(protected.requests.isEmpty, "\(protected.requests)")
        #expect(protected.title == "Hostile")
        // Chromium's own words for each refusal: the page's script and the frame's, the handler, the link.
        #expect(protected.refusals.filter { $0.hasPrefix("Executing inline script violates") }.count == 2, "\(protected.refusals)")
        #expect(protected.refusals.contains { $0.hasPrefix("Executing inline event handler violates") })
        #expect(protected.refusals.contains { $0.hasPrefix("Running the JavaScript URL violates") })
        #expect(protected.refusals.contains("blocked: http://example.invalid/bg.png"), "\(protected.refusals)")
        // Chromium itself never lets a page navigate its tab to a `data:` URL, policy or none.
        #expect(unprotected.address == folder.url("out/unprotected.html").absoluteString)
        #expect(protected.address == folder.url("out/hostile.html").absoluteString)
    }
}
