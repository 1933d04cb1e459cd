/// How deep a text may nest, one budget for the text and every text parsed again inside it (a span,
/// an inline note, a table cell, a term, a caption, a callout title, a note's definition), so that
/// alternating kinds cannot stack each one's own limit on the others'.
///
/// The bound: at most `maximumLevels` texts re-parsed inside one another, and blocks, divs and
/// inlines nested at most `maximumDepth` deep in the top text and half as deep as the text around
/// it (at least 1) in each re-parsed one, so that each of the three nests fewer than
/// 2 × (`maximumDepth` + `maximumLevels`) deep in all (232), and no byte is parsed at more than
/// `maximumLevels` + 1 levels. Past the budget the rest is source text, with one warning per read.
struct NestingBudget {
    /// How many texts re-parsed inside one another are read as such.
    static let maximumLevels = 16
    /// How deep blocks, divs and inlines nest in the top text.
    static let maximumDepth = 100

    /// How many re-parsed texts this one is inside.
    let level: Int
    /// Whether the read has warned that the budget ran out, shared by every text of one read.
    private let warning: Warning

    /// The budget of a top text: level 0, no warning given.
    init() {
        self.init(level: 0, warning: Warning())
    }

    private init(level: Int, warning: Warning) {
        self.level = level
        self.warning = warning
    }

    /// How deep blocks, divs and inlines may nest in this text.
    var depth: Int { max(1, Self.maximumDepth >> level) }

    /// The budget of a text re-parsed inside this one, or nil when this one is as deep as re-parsing goes.
    var inner: NestingBudget? {
        level < Self.maximumLevels ? NestingBudget(level: level + 1, warning: warning) : nil
    }

    /// The warning that re-parsing stops here, the first time in a read; nil after.
    func exhaustedWarning(at location: SourceLocation) -> Diagnostic? {
        guard !warning.given else { return nil }
        warning.given = true
        return Diagnostic(.warning, "spans, notes, table cells, terms and captions nest more than \(Self.maximumLevels) deep here; "
                          + "the rest is shown as text", at: location)
    }

    /// Set once a read has warned, for every text of it.
    private final class Warning {
        var given = false
    }
}
