import DaftarHash
import Foundation

/// The hash of a set of Swift sources that stamps what built something (DaftarKit, in every
/// freeze key): each file's name and its `SwiftTokenText`, so that editing a comment or
/// re-indenting leaves it as it was.
public enum SourceStamp {
    /// A source file: its name relative to `Sources/` (the same on every machine) and its bytes.
    public struct Source: Sendable {
        public var name: String
        public var contents: [UInt8]

        public init(name: String, contents: [UInt8]) {
            self.name = name
            self.contents = contents
        }
    }

    /// SHA-256 over the sources in name order, each as its name, its normalised length and its
    /// normalised bytes.
    public static func hash(_ sources: [Source]) -> String {
        var hash = SHA256()
        for source in sources.sorted(by: { $0.name < $1.name }) {
            let text = SwiftTokenText.normalized(source.contents)
            hash.update(field: source.name)
            hash.update(field: String(text.count))
            hash.update(text)
        }
        return hash.hexDigest()
    }

    /// `…/Sources/DaftarKit/Display.swift` → `DaftarKit/Display.swift`; a path without
    /// `/Sources/` is its own name.
    public static func name(ofSourceAt path: String) -> String {
        path.range(of: "/Sources/", options: .backwards).map { String(path[$0.upperBound...]) } ?? path
    }
}
