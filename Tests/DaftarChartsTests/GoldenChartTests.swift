import DaftarCharts
import Foundation
import Testing

/// Every kind of chart against its golden SVG, and every golden drawn by a real SVG renderer.
@Suite struct GoldenChartTests {
    @Test(arguments: ChartFixtures.all.map(\.name))
    func chartMatchesItsGolden(name: String) throws {
        let chart = try #require(ChartFixtures.all.first { $0.name == name }).chart
        try Golden.check(chart.svg + "\n", named: name)
    }

    /// `rsvg-convert` draws each golden at its viewBox's size, and the drawing is not empty: some
    /// pixels are painted, and some in the colours of the data (not only axes and text).
    @Test(arguments: ChartFixtures.all.map(\.name))
    func goldenRasterisesAtItsDeclaredSize(name: String) throws {
        let url = Golden.url(name)
        let svg = try String(contentsOf: url, encoding: .utf8)
        let viewBox = try #require(svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/))
        let image = try RSVG.rasterise(url)
        #expect(image.width == Int(Double(viewBox.1)!.rounded(.up)) && image.height == Int(Double(viewBox.2)!.rounded(.up)),
                "\(name): rendered \(image.width)×\(image.height), viewBox \(viewBox.1)×\(viewBox.2)")
        let painted = image.paintedCount
        #expect(painted > image.width * image.height / 50, "\(name): only \(painted) pixels painted")
        let dataColours = name == "heatmap.svg" ? ["#21908D", "#440154", "#FDE725"] : ["#E69F00", "#56B4E9"]
        let coloured = dataColours.map { image.count(near: $0) }.reduce(0, +)
        #expect(coloured > 100, "\(name): only \(coloured) pixels in the data's colours")
    }
}
