import DaftarNotebook
import Foundation

/// A notebook's frozen results, committed beside it as `_freeze/<name>.json` (Quarto's `_freeze`):
/// readable, keys sorted, text as lists of lines, so that it diffs and merges as source does.
public struct Freeze: Codable, Equatable, Sendable {
    /// The key the results were made under; a different key means they are stale.
    public var key: String
    /// Results with cells numbered among code cells (not among all cells), so that adding prose
    /// between cells keeps the freeze valid.
    public var cells: [CellResult]
    public var inlineValues: [String?]

    enum CodingKeys: String, CodingKey {
        case key, cells, inlineValues = "inline_values"
    }

    /// Freezes `results`, renumbering cells among the notebook's code cells.
    public init(key: String, results: NotebookResults, notebook: Notebook) {
        let ordinals = Dictionary(uniqueKeysWithValues: notebook.codeCellIndices.enumerated().map { ($1, $0) })
        self.key = key
        cells = results.cells.map { result in
            var frozen = result
            frozen.cell = ordinals[result.cell] ?? -1
            return frozen
        }
        inlineValues = results.inlineValues
    }

    /// The results for `notebook`, or nil when the freeze does not fit its cells.
    public func results(for notebook: Notebook) -> NotebookResults? {
        let indices = notebook.codeCellIndices
        guard cells.count == indices.count, inlineValues.count == notebook.inlineExpressions.count,
              cells.allSatisfy({ indices.indices.contains($0.cell) }) else { return nil }
        return NotebookResults(cells: cells.map { frozen in
            var result = frozen
            result.cell = indices[frozen.cell]
            return result
        }, inlineValues: inlineValues)
    }

    /// Where the freeze of the notebook at `notebookPath` lives.
    public static func path(forNotebookAt notebookPath: String) -> String {
        let folder = (notebookPath as NSString).deletingLastPathComponent
        var name = (notebookPath as NSString).lastPathComponent
        for suffix in [".md", ".qmd", ".markdown"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return (folder.isEmpty ? "" : folder + "/") + "_freeze/" + name + ".json"
    }

    /// Reads a freeze; nil when there is none or it cannot be read.
    public static func load(forNotebookAt notebookPath: String) -> Freeze? {
        guard let data = FileManager.default.contents(atPath: path(forNotebookAt: notebookPath)) else { return nil }
        return try? JSONDecoder().decode(Freeze.self, from: data)
    }

    /// The freeze as written to disk: pretty, keys sorted, ending with a newline.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

extension Notebook {
    /// The indexes in `cells` of the code cells, in order.
    public var codeCellIndices: [Int] {
        cells.indices.filter { if case .code = cells[$0] { true } else { false } }
    }
}
