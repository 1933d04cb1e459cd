/// A `` `{swift} expr` `` code span: a Swift expression whose value is shown in the prose.
public struct InlineExpression: Hashable, Sendable {
    /// The expression, without the `{swift}` marker and surrounding spaces.
    public var code: String
    /// Where the opening backtick is.
    public var location: SourceLocation
}
