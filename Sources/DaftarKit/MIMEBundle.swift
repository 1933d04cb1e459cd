/// One value in several representations, keyed by MIME type, as Jupyter's display data.
///
/// The report picks the richest it can show: `text/html`, `image/svg+xml`, `text/markdown`,
/// `application/json`, then `text/plain`.
public struct MIMEBundle: Sendable, Equatable {
    /// MIME type and content pairs, in the order given.
    public var representations: [(type: String, content: String)]

    public init(_ representations: [(type: String, content: String)]) {
        self.representations = representations
    }

    public static func == (lhs: MIMEBundle, rhs: MIMEBundle) -> Bool {
        lhs.representations.elementsEqual(rhs.representations) { $0.type == $1.type && $0.content == $1.content }
    }

    public static func plainText(_ text: String) -> MIMEBundle { MIMEBundle([("text/plain", text)]) }
    public static func html(_ html: String) -> MIMEBundle { MIMEBundle([("text/html", html)]) }
    public static func svg(_ svg: String) -> MIMEBundle { MIMEBundle([("image/svg+xml", svg)]) }
    public static func markdown(_ markdown: String) -> MIMEBundle { MIMEBundle([("text/markdown", markdown)]) }
    public static func json(_ json: String) -> MIMEBundle { MIMEBundle([("application/json", json)]) }
}

/// A value that knows how to show itself in a report (charts, tables).
public protocol Displayable {
    var mimeBundle: MIMEBundle { get }
}
