/// A `` `{swift} expr` `` code span: a Swift expression whose value is shown in the prose.
public struct InlineExpression: Hashable, Sendable {
    /// The expression, without the `{swift}` marker and surrounding spaces.
    public var code: String
    /// Where the code starts, after `{swift}` and its spaces: the column swiftc counts from, since
    /// the kernel program puts the code there.
    public var location: SourceLocation
}
