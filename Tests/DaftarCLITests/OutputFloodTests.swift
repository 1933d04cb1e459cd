import DaftarKernel
import Foundation
import Testing

/// A cell printing 200 MB: the report keeps the first lines and counts the rest, daftar's memory
/// stays small, and the notebook carries on.
@Suite struct OutputFloodTests {
    @Test func aFloodIsCutToItsFirstLinesWithACountOfTheRest() throws {
        let folder = try TemporaryFolder(purpose: "flood")
        defer { folder.remove() }
        // 3,000,000 lines of 63 to 69 bytes (about 200 MB), written a thousand lines at a time,
        // then one more; and 5,000 lines on standard error.
        try folder.write("""
            # Flood

            ```swift
            //| echo: false
            import Foundation
            let line = String(repeating: "x", count: 60)
            var batch = ""
            for i in 0..<3_000_000 {
                batch += "\\(i) \\(line)\\n"
                if i % 1000 == 999 { print(batch, terminator: ""); batch = "" }
            }
            print("done")
            for i in 0..<5_000 { fputs("warning \\(i)\\n", stderr) }
            ```

            ```swift
            //| echo: false
            print("after the flood")
            ```

            """, to: "f.md")
        var peakKilobytes = 0
        let result = try folder.daftar(["render", "f.md", "-o", "out"], environment: [:]) { id in
            peakKilobytes = max(peakKilobytes, Processes.peakResidentKilobytes(of: id) ?? 0)
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(peakKilobytes > 0 && peakKilobytes < 300 * 1024, "daftar's peak resident memory: \(peakKilobytes) kB")

        let line = String(repeating: "x", count: 60)
        let kept = (0..<OutputBudget.lines).map { "\($0) \(line)\n" }.joined()
        let keptErrors = (0..<OutputBudget.lines).map { "warning \($0)\n" }.joined()
        expectSameText(mainContent(of: try folder.read("out/f.html")), """
            <h1 id="flood">Flood</h1>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>\(kept)</code></pre>
            <p class="cell-output-truncated">\(3_000_001 - OutputBudget.lines) lines hidden</p>
            </div>
            <div class="cell-output cell-output-stderr">
            <pre><code>\(keptErrors)</code></pre>
            <p class="cell-output-truncated">\(5_000 - OutputBudget.lines) lines hidden</p>
            </div>
            </div>
            <div class="cell">
            <div class="cell-output cell-output-stdout">
            <pre><code>after the flood
            </code></pre>
            </div>
            </div>

            """, "the report's body")
        // The freeze holds the kept lines and the counts, not the flood.
        let freeze = try folder.read("_freeze/f.json")
        #expect(freeze.contains("\"hidden_lines\" : 2998001"))
        #expect(freeze.contains("\"hidden_lines\" : 3000"))
        #expect(freeze.utf8.count < 400_000, "\(freeze.utf8.count) bytes")
    }
}
