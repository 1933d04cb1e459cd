/// A problem found while converting a formula: the part shown as `<merror>` and why.
public struct MathWarning: Hashable, Sendable {
    public var message: String
    /// Where the offending TeX starts, in UTF-8 bytes from the formula's first byte, so that the
    /// caller can turn it into a line and column of the file the formula came from.
    public var offset: Int

    public init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}
