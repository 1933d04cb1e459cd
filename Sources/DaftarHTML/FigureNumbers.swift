import DaftarNotebook

/// Figures are the code cells labelled `fig-…`, numbered in order, as in Quarto; prose refers
/// to them as `@fig-name`.
struct FigureNumbers {
    /// Each figure's number, by label.
    let numbers: [String: Int]

    init(_ notebook: Notebook) {
        var numbers: [String: Int] = [:]
        for case .code(let cell) in notebook.cells {
            if let label = cell.options.label, label.hasPrefix("fig-"), numbers[label] == nil {
                numbers[label] = numbers.count + 1
            }
        }
        self.numbers = numbers
    }
}
