import Foundation
import Testing

/// What the browser tests check in one page at one width and theme: no network request, no console
/// error, right to left when the language is, a box for every `<math>` and `<svg>`, nothing wider
/// than the page (nor a caption of a scrolling table), and text contrast of at least 4.5:1 (WCAG's
/// AA level for body text).
struct ReportInspection {
    /// A viewport width and a colour scheme, as the failure messages name them.
    struct Configuration: CustomStringConvertible, Sendable {
        var width: Int
        var dark: Bool

        var description: String { "\(width) px, \(dark ? "dark" : "light")" }
        /// For file names: `390-dark`.
        var slug: String { "\(width)-\(dark ? "dark" : "light")" }

        /// A phone's width and a laptop's, each in light and dark mode.
        static let all: [Configuration] = [390, 1280].flatMap { width in [false, true].map { Configuration(width: width, dark: $0) } }
    }

    /// What the page's script measured, once every `<details>` was opened.
    struct Measurements: Decodable {
        struct LowContrast: Decodable {
            var element: String
            var ratio: Double
            var color: String
            var background: String
        }
        var lang: String
        var direction: String
        var viewport: Double
        var pageWidth: Double
        var boxless: [String]
        var wide: [String]
        var cutCaptions: [String]
        var lowContrast: [LowContrast]
        var unreadColours: [String]
    }

    /// Loads `page` in `chromium` as `configuration` says, saves a PNG of the whole page to
    /// `screenshot` when given, and returns every problem found, each naming the element.
    static func problems(in page: URL, with chromium: Chromium, as configuration: Configuration, screenshot: URL? = nil) throws -> [String] {
        try chromium.send("Emulation.setDeviceMetricsOverride",
                          ["width": configuration.width, "height": 900, "deviceScaleFactor": 1, "mobile": false])
        try chromium.send("Emulation.setEmulatedMedia",
                          ["features": [["name": "prefers-color-scheme", "value": configuration.dark ? "dark" : "light"]]])
        _ = chromium.takeEvents()
        let navigation = try chromium.send("Page.navigate", ["url": page.absoluteString])
        if let error = navigation["errorText"] as? String { throw Chromium.Failure(description: "\(page.lastPathComponent) did not load: \(error)") }
        try chromium.wait(for: "Page.loadEventFired")
        if let screenshot { try capture(chromium, width: configuration.width, to: screenshot) }
        let measurements = try JSONDecoder().decode(Measurements.self, from: chromium.evaluate(script))
        return problems(in: chromium.takeEvents(), loading: page) + problems(in: measurements)
    }

    /// Requests for anything but `page` itself and what it carries inline (a report is one file:
    /// a file beside it counts too), and console errors, among a load's events.
    static func problems(in events: [(method: String, parameters: [String: Any])], loading page: URL) -> [String] {
        events.compactMap { event in
            switch event.method {
            case "Network.requestWillBeSent":
                let url = (event.parameters["request"] as? [String: Any])?["url"] as? String ?? ""
                let scheme = url.prefix { $0 != ":" }
                return url == page.absoluteString || ["data", "about", "blob"].contains(scheme) ? nil : "a network request was attempted: \(url)"
            case "Runtime.consoleAPICalled" where ["error", "assert"].contains(event.parameters["type"] as? String):
                let arguments = event.parameters["args"] as? [[String: Any]] ?? []
                return "console error: " + arguments.map { "\($0["value"] ?? $0["description"] ?? "")" }.joined(separator: " ")
            case "Runtime.exceptionThrown":
                let details = event.parameters["exceptionDetails"] as? [String: Any] ?? [:]
                return "uncaught exception: \((details["exception"] as? [String: Any])?["description"] ?? details["text"] ?? "")"
            case "Log.entryAdded":
                let entry = event.parameters["entry"] as? [String: Any] ?? [:]
                return entry["level"] as? String == "error" ? "console error: \(entry["text"] ?? "") \(entry["url"] ?? "")" : nil
            default:
                return nil
            }
        }
    }

    /// Direction, boxes, widths and contrast as measured.
    static func problems(in measurements: Measurements) -> [String] {
        var problems: [String] = []
        if measurements.lang.range(of: #"^(ar|fa|he|iw|ur|ps|sd|ckb|yi|dv|ug)(-|$)"#, options: [.regularExpression, .caseInsensitive]) != nil,
           measurements.direction != "rtl" {
            problems.append("lang=\"\(measurements.lang)\" but the body's computed direction is \(measurements.direction)")
        }
        problems += measurements.boxless.map { "\($0) has an empty box" }
        if measurements.pageWidth > measurements.viewport + 0.5 {
            problems.append("the page is \(Int(measurements.pageWidth)) px wide in a \(Int(measurements.viewport)) px viewport")
        }
        problems += measurements.wide.map { "wider than the page: \($0)" }
        problems += measurements.cutCaptions.map { "a caption runs past the page's edge (it scrolls with its table): \($0)" }
        problems += measurements.lowContrast.map {
            "text contrast \(String(format: "%.2f", $0.ratio)):1 below 4.5:1 in \($0.element): \($0.color) on \($0.background)"
        }
        problems += measurements.unreadColours.map { "a colour the test cannot read: \($0)" }
        return problems
    }

    /// Writes a PNG of the whole page (at most 16,000 pixels tall) to `file`.
    private static func capture(_ chromium: Chromium, width: Int, to file: URL) throws {
        let metrics = try chromium.send("Page.getLayoutMetrics")
        let height = ((metrics["cssContentSize"] as? [String: Any])?["height"] as? Double) ?? 900
        let shot = try chromium.send("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true,
                                                                 "clip": ["x": 0, "y": 0, "width": width, "height": min(height, 16_000), "scale": 1]])
        let data = try #require(Data(base64Encoded: shot["data"] as? String ?? ""), "Chromium returned no PNG")
        try data.write(to: file)
    }

    /// The script run in the page: it opens every `<details>`, then measures. Colours are read as
    /// computed (`rgb()`, `rgba()` or `color(srgb …)`), backgrounds composited up to the canvas.
    static let script = #"""
        (async () => {
          await document.fonts.ready;
          document.querySelectorAll("details").forEach((details) => { details.open = true; });
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const root = document.documentElement, body = document.body, width = window.innerWidth;
          const describe = (element) => {
            let name = element.localName;
            if (element.id) name += "#" + element.id;
            else if (element.classList.length) name += "." + [...element.classList].join(".");
            const label = element.getAttribute("aria-label") || element.querySelector(":scope > title")?.textContent || element.textContent || "";
            const words = label.trim().replace(/\s+/g, " ");
            return words ? `${name} “${words.length > 50 ? words.slice(0, 50) + "…" : words}”` : name;
          };
          const boxless = [...document.querySelectorAll("math, svg")].filter((element) => {
            const box = element.getBoundingClientRect();
            return !(box.width > 0 && box.height > 0);
          }).map(describe);

          const clipped = (element) => {
            for (let ancestor = element.parentElement; ancestor && ancestor !== body; ancestor = ancestor.parentElement) {
              if (getComputedStyle(ancestor).overflowX !== "visible") return true;
            }
            return false;
          };
          const outside = [...body.querySelectorAll("*")].filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5) && !clipped(element);
          });
          const wide = outside.filter((element) => !outside.includes(element.parentElement)).slice(0, 8).map((element) => {
            const box = element.getBoundingClientRect();
            return `${describe(element)} spans ${Math.round(box.left)}…${Math.round(box.right)} px`;
          });

          const cutCaptions = [...body.querySelectorAll("caption, figcaption")].filter((caption) => {
            const box = caption.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
          }).map(describe);

          const unreadColours = new Set();
          const parse = (text) => {
            let match = text.match(/^rgba?\(([^)]*)\)$/);
            if (match) {
              const parts = match[1].split(/[\s,\/]+/).filter(Boolean).map(parseFloat);
              return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
            }
            match = text.match(/^color\(srgb ([^)]*)\)$/);
            if (match) {
              const parts = match[1].split(/[\s\/]+/).filter(Boolean).map(parseFloat);
              return [255 * parts[0], 255 * parts[1], 255 * parts[2], parts.length > 3 ? parts[3] : 1];
            }
            unreadColours.add(text);
            return null;
          };
          const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
          const probe = document.createElement("div");
          probe.style.background = "Canvas";
          body.append(probe);
          const canvas = parse(getComputedStyle(probe).backgroundColor) || [255, 255, 255, 1];
          probe.remove();
          const background = (element) => {
            const layers = [];
            for (let node = element; node; node = node.parentElement) {
              const colour = parse(getComputedStyle(node).backgroundColor);
              if (colour && colour[3] > 0) { layers.push(colour); if (colour[3] >= 1) break; }
            }
            return layers.reverse().reduce((below, layer) => over(layer, below), canvas);
          };
          const luminance = (colour) => {
            const [r, g, b] = colour.slice(0, 3).map((value) => {
              value /= 255;
              return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const contrast = (a, b) => {
            const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (light + 0.05) / (dark + 0.05);
          };
          const lowContrast = [], seen = new Set();
          for (const element of body.querySelectorAll("*")) {
            if (![...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim())) continue;
            // SVG text is painted with its fill, over the page behind the outermost <svg>.
            const drawing = element.closest("svg"), style = getComputedStyle(element), box = element.getBoundingClientRect();
            if (box.width === 0 || style.visibility !== "visible" || (drawing && !(element instanceof SVGTextContentElement))) continue;
            if (drawing && !style.fill.startsWith("rgb") && !style.fill.startsWith("color(")) continue;
            const behind = background(drawing ? drawing.ownerSVGElement || drawing : element), colour = parse(drawing ? style.fill : style.color);
            if (!colour) continue;
            const ratio = contrast(over(colour, behind), behind);
            const pair = style.color + " " + behind.join();
            if (ratio < 4.5 && !seen.has(pair)) {
              seen.add(pair);
              lowContrast.push({ element: describe(element), ratio, color: drawing ? style.fill : style.color,
                                 background: `rgb(${behind.slice(0, 3).map(Math.round).join(", ")})` });
            }
          }
          return { lang: root.lang, direction: getComputedStyle(body).direction, viewport: width, pageWidth: root.scrollWidth,
                   boxless, wide, cutCaptions, lowContrast, unreadColours: [...unreadColours] };
        })()
        """#

    /// What a page did that only script or a request could do: the messages its script wrote
    /// with `console.error("ran: …")`, the requests it made for anything but itself and what it
    /// carries inline (but those the policy stopped before they left: Chromium announces them,
    /// then fails them as `blockedReason: csp`), its title and address once loaded and clicked,
    /// and what the policy refused, as Chromium's log and those failures say.
    struct Effects {
        var ran: [String]
        var requests: [String]
        var title: String
        var address: String
        var refusals: [String]
    }

    /// Loads `page`, clicks each of `selectors` with the mouse, lets what a click started finish
    /// (half a second: a `javascript:` link runs in a task of its own), and says what the page did.
    static func effects(of page: URL, with chromium: Chromium, clicking selectors: [String]) throws -> Effects {
        _ = chromium.takeEvents()
        let navigation = try chromium.send("Page.navigate", ["url": page.absoluteString])
        if let error = navigation["errorText"] as? String { throw Chromium.Failure(description: "\(page.lastPathComponent) did not load: \(error)") }
        try chromium.wait(for: "Page.loadEventFired")
        for selector in selectors { try chromium.click(selector) }
        _ = try chromium.evaluate("new Promise((done) => setTimeout(done, 500))")
        let title = try JSONDecoder().decode(String.self, from: chromium.evaluate("document.title"))
        let address = try JSONDecoder().decode(String.self, from: chromium.evaluate("location.href"))
        let events = chromium.takeEvents()
        let blocked = Set(events.compactMap { event in
            event.method == "Network.loadingFailed" && event.parameters["blockedReason"] as? String == "csp" ? event.parameters["requestId"] as? String : nil
        })
        let sent = events.filter { $0.method != "Network.requestWillBeSent" || !blocked.contains($0.parameters["requestId"] as? String ?? "") }
        let problems = problems(in: sent, loading: page)
        let logged = events.compactMap { event -> String? in
            guard event.method == "Log.entryAdded", let entry = event.parameters["entry"] as? [String: Any],
                  let text = entry["text"] as? String, text.contains("Content Security Policy") else { return nil }
            return text
        }
        let failed = events.compactMap { event -> String? in
            guard event.method == "Network.requestWillBeSent", let id = event.parameters["requestId"] as? String, blocked.contains(id) else { return nil }
            return "blocked: \((event.parameters["request"] as? [String: Any])?["url"] as? String ?? id)"
        }
        return Effects(ran: problems.filter { $0.hasPrefix("console error: ran: ") }.map { String($0.dropFirst("console error: ".count)) },
                       requests: problems.filter { $0.hasPrefix("a network request") }, title: title, address: address, refusals: logged + failed)
    }
}
