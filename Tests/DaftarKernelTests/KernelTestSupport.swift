@testable import DaftarKernel
import DaftarNotebook
import Testing

/// In these tests a source location is a notebook's; Swift Testing's is spelled in full.
typealias SourceLocation = DaftarNotebook.SourceLocation

/// Parses Markdown given inline as a notebook at `path`, failing the test on any diagnostic.
func notebook(_ text: String, path: String = "x.md", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Notebook {
    var diagnostics: [Diagnostic] = []
    let notebook = Notebook.parse(SourceFile(path: path, text: text), diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
    return notebook
}

extension BoundedText {
    /// The kept text, segments joined.
    var keptText: String { String(decoding: segments.joined(), as: UTF8.self) }
    /// Each kept segment as text.
    var segmentTexts: [String] { segments.map { String(decoding: $0, as: UTF8.self) } }
}

extension StreamDemultiplexer {
    /// Feeds `bytes` in chunks of `size`, then flushes.
    mutating func consumeAll(_ bytes: [UInt8], chunkSize size: Int) {
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            consume(bytes[start..<end])
            start = end
        }
        finish()
    }

    /// Each cell's kept text.
    var keptTexts: [String: String] { texts.mapValues(\.keptText) }
}
