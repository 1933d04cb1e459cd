@_implementationOnly import RealModule

/// A text as a next-character prediction problem: every position's `context` preceding
/// characters (as vocabulary indices) and the character that follows.
///
/// Characters are Unicode scalars, so that Arabic letters and their diacritics are separate
/// symbols and the vocabulary stays small; the vocabulary is the text's distinct scalars in
/// scalar order, so the same text gives the same indices on every run. Positions before the
/// start of the text are filled with the index of `padding` (a space by default), which is
/// added to the vocabulary when the text lacks it.
public struct CharacterCorpus: Sendable {
    /// The text, as given.
    public let text: String
    /// The distinct characters, in Unicode scalar order: index i is character i.
    public let vocabulary: [Unicode.Scalar]
    /// The text as vocabulary indices.
    public let indices: [Int]
    /// Characters of context per example.
    public let context: Int
    /// Every position of the text as an example: inputs of `context` indices (as numbers, for an
    /// `Embedding`), the next index as the label.
    public let dataset: Dataset
    private let lookup: [Unicode.Scalar: Int]
    /// The index that fills positions before the text's start.
    public let paddingIndex: Int

    /// The corpus of `text` with `context` characters of context.
    public init(text: String, context: Int, padding: Unicode.Scalar = " ") {
        precondition(context > 0, "a context of at least one character")
        precondition(!text.unicodeScalars.isEmpty, "a corpus needs some text")
        self.text = text
        self.context = context
        let vocabulary = Array(Set(text.unicodeScalars).union([padding])).sorted { $0.value < $1.value }
        let lookup = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let indices = text.unicodeScalars.map { lookup[$0]! }
        let pad = lookup[padding]!
        var inputs: [Float] = []
        inputs.reserveCapacity(indices.count * context)
        for position in indices.indices {
            for offset in stride(from: context, to: 0, by: -1) {
                let source = position - offset
                inputs.append(Float(source >= 0 ? indices[source] : pad))
            }
        }
        self.vocabulary = vocabulary
        self.lookup = lookup
        paddingIndex = pad
        self.indices = indices
        dataset = Dataset(inputs: Matrix(rows: indices.count, columns: context, elements: inputs), labels: indices,
                          classCount: vocabulary.count)
    }

    /// The number of distinct characters.
    public var vocabularySize: Int { vocabulary.count }

    /// The loss of a model that knows nothing: ln(vocabulary size) nats per character.
    public var uniformLoss: Double { Double.log(Double(vocabularySize)) }

    /// The positions split in two, in text order: the first for training, the last
    /// `validationFraction` held out to measure what the model learnt rather than memorised.
    public func split(validationFraction: Double = 0.1) -> (training: Dataset, validation: Dataset) {
        let cut = Int((Double(dataset.count) * (1 - validationFraction)).rounded())
        precondition(cut > 0 && cut < dataset.count, "a split that leaves both parts some positions")
        return (dataset.subset(Array(0..<cut)), dataset.subset(Array(cut..<dataset.count)))
    }

    /// The vocabulary indices of `text`'s characters (characters outside the vocabulary are dropped).
    public func encode(_ text: String) -> [Int] { text.unicodeScalars.compactMap { lookup[$0] } }

    /// The text of some vocabulary indices.
    public func decode<S: Sequence<Int>>(_ indices: S) -> String {
        var result = String.UnicodeScalarView()
        for index in indices { result.append(vocabulary[index]) }
        return String(result)
    }

    /// The contexts of the last `context` characters of `text` (padded), as one input row.
    public func contextRow(for text: [Int]) -> Matrix {
        let pad = paddingIndex
        let tail = Array(text.suffix(context))
        let row = Array(repeating: pad, count: context - tail.count) + tail
        return Matrix(rows: 1, columns: context, elements: row.map(Float.init))
    }
}
