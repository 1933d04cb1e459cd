import Foundation

/// Embeds each local image in the document as a `data:` URI, so that a report stays one file:
/// the file is read relative to the notebook's folder. A missing or too large file, a type that
/// is not an image, and a remote image the front matter does not allow are warnings at the image.
/// Only regular files are read; a confined (`--safe`) notebook's only from inside its own folder,
/// symbolic links resolved, and never remote ones.
public struct ImageResources: NotebookRewriter {
    /// The folder image paths are relative to.
    let folder: String
    let limits: ResourceOptions
    /// Whether files must lie inside `folder` once links are resolved, and remote images stay blocked.
    let confined: Bool
    public private(set) var diagnostics: [Diagnostic] = []

    public init(notebookPath: String, options: ResourceOptions, confined: Bool = false) {
        let url = URL(fileURLWithPath: notebookPath).deletingLastPathComponent()
        folder = url.path
        limits = options
        self.confined = confined
    }

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        let rewritten = rewritingChildren(of: inline)
        guard case .attributedImage(var image) = rewritten else { return [rewritten] }
        image.embedded = image.embedded ?? embedded(image)
        return [.attributedImage(image)]
    }

    public mutating func rewrite(block: MarkdownBlock) -> [MarkdownBlock] {
        let rewritten = rewritingChildren(of: block)
        guard case .figure(var figure) = rewritten else { return [rewritten] }
        figure.image.embedded = figure.image.embedded ?? embedded(figure.image)
        return [.figure(figure)]
    }

    private mutating func embedded(_ image: MarkdownImage) -> String? {
        let source = image.source
        if source.isEmpty || source.lowercased().hasPrefix("data:") || source.hasPrefix("#") { return nil }
        if Self.isRemote(source) {
            if !limits.allowsRemoteImages(confined: confined) {
                diagnostics.append(Diagnostic(.warning, "the remote image `\(source)` is not fetched and the report's policy blocks it; "
                    + "front matter `resources: {remote-images: true}` allows it", at: image.location))
            }
            return nil
        }
        let relative = (source.split(separator: "?").first.map(String.init) ?? source).removingPercentEncoding ?? source
        let path = relative.hasPrefix("/") ? relative : folder + "/" + relative
        guard let mime = Self.mimeType(ofPath: relative) else {
            diagnostics.append(Diagnostic(.warning, "`\(source)` is not an image Daftar can embed (PNG, JPEG, GIF, WebP, AVIF or SVG)",
                                          at: image.location))
            return nil
        }
        if confined, !NotebookFolder.contains(path, folder: folder) {
            diagnostics.append(Diagnostic(.warning, "the image `\(source)` is outside the notebook's folder, which --safe does not read from",
                                          at: image.location))
            return nil
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: (path as NSString).resolvingSymlinksInPath),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(.warning, "the image `\(source)` cannot be read (no such file beside the notebook)", at: image.location))
            return nil
        }
        guard size <= limits.maximumImageBytes else {
            diagnostics.append(Diagnostic(.warning, "the image `\(source)` has \(size) bytes, more than the \(limits.maximumImageBytes) "
                + "a report embeds (front matter `resources: {max-image-bytes: …}`); it is not shown", at: image.location))
            return nil
        }
        return "data:\(mime);base64,\(data.base64EncodedString())"
    }

    static func isRemote(_ source: String) -> Bool {
        let lowered = source.lowercased()
        return lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("//") || lowered.hasPrefix("ftp:")
    }

    static func mimeType(ofPath path: String) -> String? {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
                "avif": "image/avif", "svg": "image/svg+xml"][ext]
    }
}
