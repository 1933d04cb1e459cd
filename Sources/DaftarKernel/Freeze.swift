import DaftarNotebook
import Foundation

/// A notebook's frozen results, committed beside it as `_freeze/<name>.json` (Quarto's `_freeze`):
/// readable, keys sorted, text as lists of lines, so that it diffs and merges as source does.
///
/// Results are kept by identity, and error lines relative to their cell's first line of code, so
/// that prose added above a cell — which leaves the key, and so the freeze, fresh — moves them
/// with the cell.
public struct Freeze: Codable, Equatable, Sendable {
    /// The key the results were made under; a different key means they are stale.
    public var key: String
    public var cells: [CellResult]
    /// Inline expressions' values, by identity.
    public var inlineValues: [String: String]

    enum CodingKeys: String, CodingKey {
        case key, cells, inlineValues = "inline_values"
    }

    /// Freezes `results`, making error lines relative to their cells.
    public init(key: String, results: NotebookResults, notebook: Notebook) {
        self.key = key
        cells = results.cells.map { result in
            Self.shiftingErrorLines(of: result, by: 1 - (notebook.codeCell(id: result.id)?.codeLine ?? 1))
        }
        inlineValues = Dictionary(uniqueKeysWithValues: results.inlineValues.map { ($0.key.rawValue, $0.value) })
    }

    /// The results for `notebook`, error lines rebased on where its cells are now; nil when the
    /// freeze does not hold a result for each of its code cells.
    public func results(for notebook: Notebook) -> NotebookResults? {
        let codeCells = notebook.codeCells
        guard cells.map(\.id) == codeCells.map(\.id) else { return nil }
        return NotebookResults(
            cells: zip(cells, codeCells).map { Self.shiftingErrorLines(of: $0, by: $1.codeLine - 1) },
            inlineValues: Dictionary(uniqueKeysWithValues: inlineValues.map { (NodeID($0.key), $0.value) }))
    }

    private static func shiftingErrorLines(of result: CellResult, by offset: Int) -> CellResult {
        var shifted = result
        shifted.outputs = result.outputs.map { output in
            guard case .error(let message, let line?, let column) = output else { return output }
            return .error(message: message, line: line + offset, column: column)
        }
        return shifted
    }

    /// Where the freeze of the notebook at `notebookPath` lives.
    public static func path(forNotebookAt notebookPath: String) -> String {
        let folder = (notebookPath as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + "_freeze/" + Notebook.baseName(ofPath: notebookPath) + ".json"
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
