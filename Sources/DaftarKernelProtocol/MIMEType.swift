/// A media type a displayed value can be represented in, as Jupyter's MIME bundles name them.
///
/// An open enumeration (a struct with a constant per known type, as swift-http-types spells
/// methods): the report knows how to show the constants below, and a notebook read from
/// elsewhere may carry others, which are kept.
public struct MIMEType: RawRepresentable, Hashable, Codable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    public var description: String { rawValue }

    public static let html: MIMEType = "text/html"
    public static let svg: MIMEType = "image/svg+xml"
    public static let markdown: MIMEType = "text/markdown"
    public static let json: MIMEType = "application/json"
    public static let plainText: MIMEType = "text/plain"
    public static let png: MIMEType = "image/png"
    public static let jpeg: MIMEType = "image/jpeg"
    public static let latex: MIMEType = "text/latex"
}
