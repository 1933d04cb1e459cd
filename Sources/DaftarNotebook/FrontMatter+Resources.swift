/// The front matter's `resources:` settings: whether remote images may load, and how large a
/// local image may be to be embedded.
public struct ResourceOptions: Hashable, Sendable {
    public var remoteImages: Bool
    public var maximumImageBytes: Int

    /// 5 MB: a report that embeds more is slow to open and to diff.
    public static let defaultMaximumImageBytes = 5_000_000

    public init(remoteImages: Bool = false, maximumImageBytes: Int = defaultMaximumImageBytes) {
        self.remoteImages = remoteImages
        self.maximumImageBytes = maximumImageBytes
    }

    /// Whether a report may show remote images: the front matter allows them and the notebook is
    /// trusted (a `confined`, `--safe`, one never loads them, whatever its front matter says).
    public func allowsRemoteImages(confined: Bool) -> Bool {
        remoteImages && !confined
    }
}

extension FrontMatter {
    /// `resources: {remote-images: true, max-image-bytes: 5000000}`.
    public var resources: ResourceOptions {
        var options = ResourceOptions()
        if case .bool(let allowed)? = self["resources"]?["remote-images"] { options.remoteImages = allowed }
        if case .int(let bytes)? = self["resources"]?["max-image-bytes"] { options.maximumImageBytes = bytes }
        return options
    }
}

extension FrontMatter {
    /// `from: gfm…`: GitHub's Markdown, whose strikethrough takes one tilde or two and has no scripts.
    public var isGFM: Bool {
        format.prefix { $0 != "+" && $0 != "-" } == "gfm"
    }
}
