import Foundation
import Testing

/// The same notebook gives the same report, byte for byte, wherever and however often it runs;
/// its freeze differs at most in the cells' times.
@Suite struct DeterminismTests {
    static let notebook = """
        ---
        title: Twice
        lang: ar
        params:
          n: 4
        ---

        # مرتين

        ```swift
        //| label: fig-squares
        //| caption: Squares
        var squares: [Int: Int] = [:]
        for i in 1...n { squares[i] = i * i }
        for key in squares.keys.sorted() { print(key, squares[key]!) }
        display(svg: "<svg width=\\"\\(n)\\" height=\\"1\\"></svg>")
        ```

        The last is `{swift} squares[n]!`, the ratio `{swift} 1.0 / 3`; see @fig-squares.

        ```swift
        //| error: true
        print("before")
        fatalError("stop")
        ```

        """

    /// The freeze with each cell's time replaced: the only thing that may differ between runs.
    static func withoutTimes(_ freeze: String) -> String {
        freeze.replacingOccurrences(of: #""seconds" : [0-9.e-]+"#, with: "\"seconds\" : T", options: .regularExpression)
    }

    @Test func twoRendersFromScratchGiveTheSameBytes() throws {
        let first = try TemporaryFolder(purpose: "determinism-1")
        let second = try TemporaryFolder(purpose: "determinism-2")
        defer {
            first.remove()
            second.remove()
        }
        for folder in [first, second] {
            try folder.write(Self.notebook, to: "Notebooks/t.md")
            let result = try folder.daftar("render", "Notebooks", "-o", "Output")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.normalizedStderr() == """
                rendered Notebooks/t.md → Output/t.html (executed) in N ms
                1 of 1 notebook rendered in N ms

                """)
        }
        // Two folders, two absolute paths, two runs: the same report, index and freeze.
        #expect(try first.bytes("Output/t.html") == second.bytes("Output/t.html"))
        #expect(try first.bytes("Output/index.html") == second.bytes("Output/index.html"))
        #expect(Self.withoutTimes(try first.read("Notebooks/_freeze/t.json")) == Self.withoutTimes(try second.read("Notebooks/_freeze/t.json")))

        // Once more in the first folder, from scratch.
        let report = try first.bytes("Output/t.html")
        let freeze = try first.read("Notebooks/_freeze/t.json")
        try FileManager.default.removeItem(at: first.url("Output"))
        try FileManager.default.removeItem(at: first.url("Notebooks/_freeze"))
        #expect(try first.daftar("render", "Notebooks", "-o", "Output").status == 0)
        #expect(try first.bytes("Output/t.html") == report)
        #expect(Self.withoutTimes(try first.read("Notebooks/_freeze/t.json")) == Self.withoutTimes(freeze))

        let html = try first.read("Output/t.html")
        #expect(html.contains("<figcaption>الشكل 1: Squares</figcaption>"))
        #expect(html.contains("<pre><code>1 1\n2 4\n3 9\n4 16\n</code></pre>"))
        for path in first.spellings + second.spellings + ["/tmp/"] {
            #expect(!html.contains(path), "the report holds \(path)")
        }
    }
}
