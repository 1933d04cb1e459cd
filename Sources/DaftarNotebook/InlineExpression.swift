/// A `` `{swift} expr` `` code span: a Swift expression whose value is shown in the prose.
public struct InlineExpression: Hashable, Sendable {
    /// The expression's identity, made from its code (see `NodeID`).
    public var id: NodeID
    /// The expression, without the `{swift}` marker and surrounding spaces.
    public var code: String
    /// Where the code starts, after `{swift}` and its spaces: the column swiftc counts from, since
    /// the kernel program puts the code there.
    public var location: SourceLocation
    /// The value as prose shows it; set by `ResultAttachment`, nil where it was not evaluated.
    public var value: String?

    public init(id: NodeID, code: String, location: SourceLocation, value: String? = nil) {
        self.id = id
        self.code = code
        self.location = location
        self.value = value
    }
}
