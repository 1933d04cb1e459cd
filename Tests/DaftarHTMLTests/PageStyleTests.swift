import DaftarCharts
import Foundation
@testable import DaftarHTML
import Testing

/// The report's series colours are the charts' palette, light and dark, defined once; its text
/// colours are readable on its backgrounds in both themes.
@Suite struct PageStyleTests {
    @Test func theStylesheetSetsEverySeriesColourOfThePalette() throws {
        let dark = try #require(PageStyle.css.range(of: "@media (prefers-color-scheme: dark)"))
        let light = PageStyle.css[..<dark.lowerBound]
        for (index, colour) in Palette.okabeIto.enumerated() {
            #expect(light.contains("\(Palette.variable(index)): \(colour);"))
        }
        let darkRules = PageStyle.css[dark.upperBound...].prefix { $0 != "}" }
        for (index, colour) in Palette.darkOkabeIto.enumerated() where colour != Palette.okabeIto[index] {
            #expect(darkRules.contains("\(Palette.variable(index)): \(colour);"))
        }
        #expect(Palette.customProperties(dark: true) == ["--daftar-series-5: #F07A2E", "--daftar-series-8: #E6E6E6"])
    }

    /// Every colour text is drawn in has a contrast of at least 4.5:1 (WCAG AA for body text) on
    /// the page's background and on the surface of code blocks, callouts and the contents, in
    /// light and in dark mode. The browser tests measure the same in the rendered reports.
    @Test(arguments: [false, true]) func everyTextColourIsReadableOnEveryBackground(dark: Bool) throws {
        let darkStart = try #require(PageStyle.css.range(of: "@media (prefers-color-scheme: dark)"))
        let block = dark ? PageStyle.css[darkStart.upperBound...].prefix { $0 != "}" } : PageStyle.css[..<darkStart.lowerBound]
        let colours = Dictionary(block.matches(of: /--([a-z-]+): #([0-9a-fA-F]{6});/).map { (String($0.1), String($0.2)) },
                                 uniquingKeysWith: { first, _ in first })
        for text in ["text", "muted", "link", "alert", "keyword", "type", "string", "escape", "comment", "number",
                     "attribute", "directive", "operator"] {
            for background in ["background", "surface"] {
                let ratio = try Self.contrast(#require(colours[text], "--\(text)"), #require(colours[background], "--\(background)"))
                #expect(ratio >= 4.5, "--\(text) on --\(background) in \(dark ? "dark" : "light") mode: \(ratio):1")
            }
        }
    }

    /// WCAG 2's contrast ratio of two `RRGGBB` colours.
    static func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex, radix: 16) ?? 0
            let channels = [16, 8, 0].map { (shift: Int) -> Double in
                let channel = Double((value >> shift) & 0xFF) / 255
                return channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
