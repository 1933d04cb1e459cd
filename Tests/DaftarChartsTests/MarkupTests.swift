@testable import DaftarCharts
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Escaping text for SVG and HTML: by Unicode scalar, with characters XML forbids replaced.
@Suite struct MarkupTests {
    /// `<` followed by a combining mark is one Character, and it passed through unescaped.
    @Test(arguments: [
        ("<\u{338}", "&lt;\u{338}"), ("&\u{301}", "&amp;\u{301}"), ("\"\u{301}", "&quot;\u{301}"), (">\u{20D2}", "&gt;\u{20D2}"),
        ("a < b & \"c\"", "a &lt; b &amp; &quot;c&quot;"), ("tab\tnew\nline", "tab\tnew\nline"),
        ("bell\u{7}", "bell\u{FFFD}"), ("id\u{1}", "id\u{FFFD}"), ("nul\u{0}", "nul\u{FFFD}"), ("del\u{7F}c1\u{85}", "del\u{FFFD}c1\u{FFFD}"),
        ("\u{FFFE}", "\u{FFFD}"), ("سيغمويد", "سيغمويد"),
    ])
    func escapesEveryScalar(text: String, escaped: String) {
        #expect(Markup.escape(text).unicodeScalars.elementsEqual(escaped.unicodeScalars), "\(Markup.escape(text).unicodeScalars.map { String($0.value, radix: 16) })")
    }

    /// A label holding the id placeholder U+0001 got the chart's id spliced into it.
    @Test func userTextCannotInjectTheChartID() {
        let chart = LineChart(title: "t\u{1}", series: [LineSeries("a\u{1}b", x: [0, 1], y: [0, 1]), LineSeries("c", x: [0, 1], y: [1, 0])],
                              x: Axis("x\u{1}"), annotations: [Annotation(x: 0.5, y: 0.5, text: "\u{1}-clip")])
        let svg = chart.svg(id: "fig")
        #expect(!svg.contains("afigb") && !svg.contains(">fig-clip<") && !svg.contains("xfig"))
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
    }

    /// Charts with hostile text are well-formed XML.
    @Test func chartsWithHostileTextAreWellFormedXML() throws {
        let hostile = "<\u{338}&\u{301}\"\u{301}\u{1}\u{8}]]>"
        let charts: [any Chart] = [
            LineChart(title: hostile, series: [LineSeries(hostile, x: [0, 1], y: [0, 1]), LineSeries("b", x: [0, 1], y: [1, 0])],
                      x: Axis(hostile), y: Axis(hostile), referenceLines: [.horizontal(0.5, label: hostile)]),
            BarChart(categories: [hostile, "b"], series: [BarSeries(hostile, values: [1, 2])]),
        ]
        for chart in charts {
            let parser = XMLParser(data: Data(chart.svg.utf8))
            #expect(parser.parse(), "\(String(describing: parser.parserError))")
        }
    }
}
