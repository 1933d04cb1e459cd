import DaftarActivations
import DaftarTraining
import Foundation
import Testing

/// The character corpus and model: indices round-trip, the founding document is learnable.
@Suite struct CharacterModelTests {
    /// The founding document, read from the repository (the test runs from the package root).
    static let foundingDocument: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Notebooks/why-sigmoid-is-avoided.ar.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test func aCorpusEncodesContextsAndNextCharacters() {
        let corpus = CharacterCorpus(text: "abcab", context: 2)
        #expect(corpus.vocabulary.map { Character($0) } == [" ", "a", "b", "c"])
        #expect(corpus.indices == [1, 2, 3, 1, 2])
        #expect(corpus.dataset.inputs.row(0) == [0, 0] && corpus.dataset.inputs.row(3) == [2, 3])
        #expect(corpus.dataset.labels == corpus.indices && corpus.dataset.classCount == 4)
        #expect(corpus.decode(corpus.encode("cab")) == "cab")
        #expect(abs(corpus.uniformLoss - log(4)) < 1e-12)
    }

    @Test func theModelLearnsTheFoundingDocumentBelowTheUniformBaseline() {
        let corpus = CharacterCorpus(text: Self.foundingDocument, context: 6)
        #expect(corpus.vocabularySize > 60 && corpus.indices.count > 3_000)
        var model = CharacterModel(corpus: corpus, embedding: 12, hidden: 96, seed: 1)
        let before = model.loss
        let history = model.fit(steps: 600, batchSize: 64, seed: 2)
        let after = model.loss
        print("character model: vocabulary \(corpus.vocabularySize), ln V = \(corpus.uniformLoss), loss \(before) → \(after), \(history.totalSeconds) s")
        #expect(abs(before - corpus.uniformLoss) < 1)
        #expect(after < corpus.uniformLoss - 1.5)
        #expect(model.sample(20, after: "ال", seed: 3).unicodeScalars.count == 20)
        // Determinism: the same seeds give the same loss bit for bit.
        var again = CharacterModel(corpus: corpus, embedding: 12, hidden: 96, seed: 1)
        #expect(again.fit(steps: 600, batchSize: 64, seed: 2).loss == history.loss)
    }
}
