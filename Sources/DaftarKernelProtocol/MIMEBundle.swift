/// One value in several representations, keyed by MIME type, as Jupyter's display data: the one
/// shape a display has from the cell that makes it to the report that shows it.
public struct MIMEBundle: Hashable, Codable, Sendable {
    /// The representations in the order given; the report picks the richest it can show.
    public var representations: [MIMERepresentation]

    public init(_ representations: [MIMERepresentation]) {
        self.representations = representations
    }

    /// A bundle from `(type, content)` pairs.
    public init(_ pairs: [(type: MIMEType, content: String)]) {
        representations = pairs.map { MIMERepresentation(type: $0.type, content: $0.content) }
    }

    /// The content of the first representation of `type`.
    public func content(of type: MIMEType) -> String? {
        representations.first { $0.type == type }?.content
    }

    public static func plainText(_ text: String) -> MIMEBundle { MIMEBundle([(MIMEType.plainText, text)]) }
    public static func html(_ html: String) -> MIMEBundle { MIMEBundle([(MIMEType.html, html)]) }
    public static func svg(_ svg: String) -> MIMEBundle { MIMEBundle([(MIMEType.svg, svg)]) }
    public static func markdown(_ markdown: String) -> MIMEBundle { MIMEBundle([(MIMEType.markdown, markdown)]) }
    public static func json(_ json: String) -> MIMEBundle { MIMEBundle([(MIMEType.json, json)]) }
}

/// One representation of a displayed value.
public struct MIMERepresentation: Hashable, Codable, Sendable {
    public var type: MIMEType
    public var content: String
    /// The size to show an image at, in CSS pixels: a Jupyter output's `metadata` for its type
    /// (`{"image/png": {"width": 320}}`), which nbconvert writes as the image's `width` and
    /// `height`; nil for the image's own.
    public var width: Int?, height: Int?

    public init(type: MIMEType, content: String, width: Int? = nil, height: Int? = nil) {
        self.type = type
        self.content = content
        self.width = width
        self.height = height
    }
}
