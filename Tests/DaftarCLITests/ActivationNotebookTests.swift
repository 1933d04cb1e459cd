import Foundation
import Testing

/// The activation engine as a notebook sees it: through DaftarKit, with no include folder for
/// swift-numerics' C shim on the cells' compile line.
@Suite struct ActivationNotebookTests {
    @Test func aCellAndAnInlineExpressionSeeTheSigmoidsDerivative() throws {
        let folder = try TemporaryFolder(purpose: "activations")
        defer { folder.remove() }
        try folder.write("""
            ---
            title: Sigmoid at zero
            ---

            Inline: `{swift} Activation.sigmoid.derivative(0)`.

            ```swift
            print(Activation.sigmoid.derivative(0))
            print(Activation.allCases.count, logSoftmax([-1000.0, 0, 1000]))
            let cube = Activation.custom("cube") { x in x * x * x }
            print(cube.derivative(2.0), GatedUnit.swiglu([2.0, 0]))
            ```

            """, to: "x.md")
        let result = try folder.daftar("render", "--quiet", "x.md", "-o", "out")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try folder.read("out/x.html")
        #expect(report.contains("<p>Inline: <span class=\"swift-value\">0.25</span>.</p>"))
        #expect(report.contains("<pre><code>0.25\n19 [-2000.0, -1000.0, 0.0]\n12.0 [0.0]\n"), "\(report)")
    }
}
