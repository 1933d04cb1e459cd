/// The YAML block at the top of a notebook: every key kept as metadata, the ones Daftar acts on
/// read into typed properties.
public struct FrontMatter: Hashable, Sendable {
    /// Every key in written order, known or not (`audio`, `model`, … of the founding document).
    public var metadata: [MetadataEntry] = []
    public var title: String?
    /// A BCP 47 language tag, such as `ar` or `en-GB`.
    public var lang: String?
    /// The `dir:` key, when the author overrides the direction implied by `lang`.
    public var explicitDirection: TextDirection?
    public var authors: [String] = []
    public var date: String?
    public var execute = ExecuteOptions()
    /// Notebook parameters with their defaults, in written order.
    public var params: [MetadataEntry] = []
    /// The lines the block occupies, delimiters included; nil when the notebook has none.
    public var lines: ClosedRange<Int>?
    /// `daftar render --from`: the format of a notebook whose front matter has no `from:`.
    public var defaultFormat: String?

    public init() {}

    /// The report's base direction: `dir:` if given, else the language's, else left to right.
    public var direction: TextDirection {
        explicitDirection ?? lang.map(TextDirection.init(languageTag:)) ?? .ltr
    }

    /// The value of any key, known or not.
    public subscript(key: String) -> MetadataValue? {
        metadata.first { $0.key == key }?.value
    }
}

/// The front matter's `execute:` settings.
public struct ExecuteOptions: Hashable, Sendable {
    /// Seconds allowed for the whole notebook.
    public var timeout: Double?
    /// Whether a failing cell is shown in the report instead of failing the render.
    public var allowErrors: Bool?
    /// `false` keeps the whole notebook from running: its code is shown without outputs.
    public var eval: Bool?
    /// What the notebook's program may use (`limits:`), the defaults where not given.
    public var limits = ExecutionLimits.defaults

    public init(timeout: Double? = nil, allowErrors: Bool? = nil, eval: Bool? = nil) {
        self.timeout = timeout
        self.allowErrors = allowErrors
        self.eval = eval
    }
}
