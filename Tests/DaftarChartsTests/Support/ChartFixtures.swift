import DaftarCharts
import Foundation
import DaftarTestSupport

/// The charts the golden, rasterising and determinism tests draw: one of each kind, with fixed data.
enum ChartFixtures {
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// Three activations and σ′ with the bound y = ¼ marked and annotated.
    static var line: LineChart {
        LineChart(title: "Activations", series: [
            LineSeries("sigmoid", over: -6...6, samples: 241, sigmoid),
            LineSeries("tanh", over: -6...6, samples: 241) { tanh($0) },
            LineSeries("relu", over: -6...6, samples: 241) { max(0, $0) },
            LineSeries("sigmoid′", over: -6...6, samples: 241, dashed: true) { sigmoid($0) * (1 - sigmoid($0)) },
        ], x: Axis("x", domain: -6...6), y: Axis("f(x)", domain: -1...2),
        referenceLines: [.horizontal(0.25, label: "max σ′ = 0.25")],
        annotations: [Annotation(x: 0, y: 0.5, text: "σ(0) = 0.5")])
    }

    /// Loss curves over five seeds: mean ± std bands, with markers on a short series.
    static var bands: LineChart {
        var generator = SplitMix64(seed: 7)
        let steps = (0...100).map(Double.init)
        func runs(rate: Double) -> [[Double]] {
            (0..<5).map { _ in steps.map { 2 * Foundation.exp(-rate * $0) + 0.05 * generator.normal() + 0.1 } }
        }
        return LineChart(title: "Training loss over five seeds", series: [
            .meanAndDeviation("sigmoid", x: steps, runs: runs(rate: 0.02)),
            .meanAndDeviation("relu", x: steps, runs: runs(rate: 0.05)),
            LineSeries("checkpoints", x: [0, 25, 50, 75, 100], y: [2.1, 0.8, 0.4, 0.25, 0.2], markers: true, colour: 2),
        ], x: Axis("step"), y: Axis("loss"))
    }

    /// A logarithmic y axis over seven decades: gradient norms shrinking layer by layer.
    static var logarithmic: LineChart {
        let layers = (1...10).map(Double.init)
        return LineChart(title: "Gradient norm per layer", series: [
            LineSeries("sigmoid", x: layers, y: layers.map { Foundation.pow(0.25, $0) }, markers: true),
            LineSeries("relu", x: layers, y: layers.map { 0.9 * Foundation.pow(0.95, $0) }, markers: true),
        ], x: Axis("layer"), y: Axis("‖∇‖", scale: .logarithmic))
    }

    /// Two classes of points.
    static var scatter: ScatterChart {
        var generator = SplitMix64(seed: 11)
        var points: [Point] = [], classes: [Int] = []
        for label in 0..<2 {
            for _ in 0..<60 {
                points.append(Point(x: Double(label * 2 - 1) + 0.7 * generator.normal(), y: Double(label) + 0.7 * generator.normal()))
                classes.append(label)
            }
        }
        return ScatterChart(title: "Two classes", points: points, classes: classes, classNames: ["negative", "positive"],
                            x: Axis("x₁"), y: Axis("x₂"))
    }

    /// Accuracy per activation and depth, grouped.
    static var bar: BarChart {
        BarChart(title: "Accuracy by depth", categories: ["sigmoid", "tanh", "relu", "gelu"], series: [
            BarSeries("4 layers", values: [0.91, 0.93, 0.95, 0.96]),
            BarSeries("16 layers", values: [0.42, 0.71, 0.94, 0.95]),
        ], x: Axis("activation"), y: Axis("accuracy", domain: 0...1), referenceLines: [.horizontal(0.5, label: "chance")])
    }

    /// Pre-activations of two layers, overlaid.
    static var histogram: Histogram {
        var generator = SplitMix64(seed: 3)
        return Histogram(title: "Pre-activations", datasets: [
            HistogramData("layer 1", values: (0..<2000).map { _ in generator.normal() }),
            HistogramData("layer 8", values: (0..<2000).map { _ in 0.3 * generator.normal() + 1 }),
        ], x: Axis("z"))
    }

    /// A classifier's probability over the plane with the data over it.
    static var heatmap: Heatmap {
        let scatter = ChartFixtures.scatter
        return Heatmap(title: "Decision regions", xRange: -4...4, yRange: -3...4, columns: 48, rows: 36,
                       x: Axis("x₁"), y: Axis("x₂"), valueTitle: "p(positive)", overlay: scatter.groups) { x, y in
            sigmoid(1.6 * x + 1.1 * y - 0.5)
        }
    }

    /// Four histograms sharing their axes.
    static var smallMultiples: SmallMultiples {
        var generator = SplitMix64(seed: 5)
        let charts = (1...4).map { layer in
            Histogram(title: "layer \(layer)", values: (0..<500).map { _ in generator.normal() / Double(layer) }, x: Axis("activation"))
        }
        return SmallMultiples(title: "Activations per layer", charts: charts, columns: 2)
    }

    /// Arabic title, axis titles and legend, with numbers that must stay left to right.
    static var rightToLeft: LineChart {
        LineChart(title: "دوال التفعيل", series: [
            LineSeries("السيغمويد", over: -6...6, samples: 121, sigmoid),
            LineSeries("مشتقة السيغمويد", over: -6...6, samples: 121) { sigmoid($0) * (1 - sigmoid($0)) },
        ], x: Axis("المدخل x"), y: Axis("المخرج"), referenceLines: [.horizontal(0.25, label: "الحد الأقصى ٠٫٢٥")])
    }

    /// Every fixture with its golden file's name.
    static var all: [(name: String, chart: any Chart)] {
        [("line.svg", line), ("bands.svg", bands), ("logarithmic.svg", logarithmic), ("scatter.svg", scatter),
         ("bar.svg", bar), ("histogram.svg", histogram), ("heatmap.svg", heatmap), ("small-multiples.svg", smallMultiples),
         ("right-to-left.svg", rightToLeft)]
    }
}
