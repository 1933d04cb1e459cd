@testable import DaftarKernel
import Foundation
import Testing

/// The output budget is one pair of numbers; its words and every limit come from them.
@Suite struct OutputBudgetTests {
    @Test func theWordsComeFromTheNumbers() {
        #expect(OutputBudget.description == "2,000 lines or 256 KB")
        #expect(BoundedText.lineLimit == OutputBudget.lines)
        #expect(BoundedText.byteLimit == OutputBudget.bytes)
    }

    /// The README states the budget as the code has it.
    @Test func theReadmeStatesTheBudget() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("more than \(OutputBudget.description)"), "README.md should say a cell may print up to \(OutputBudget.description)")
    }
}
