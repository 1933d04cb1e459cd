import DaftarCharts
@testable import DaftarHTML
import Testing

/// The report's series colours are the charts' palette, light and dark, defined once.
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
}
