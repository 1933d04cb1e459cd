import Foundation

/// Reads CSL-JSON, the bibliography format of citeproc, Zotero and pandoc: an array of items with
/// `id`, `type`, `author` (`family`, `given`, `literal`), `title`, `container-title`,
/// `issued.date-parts`, `volume`, `issue`, `page`, `publisher`, `genre`, `URL` and `DOI`.
public enum CSLJSONReader {
    private struct Item: Decodable {
        struct Name: Decodable {
            var family: String?
            var given: String?
            var literal: String?
            var particle: String?

            enum CodingKeys: String, CodingKey {
                case family, given, literal, particle = "non-dropping-particle"
            }
        }

        struct DateValue: Decodable {
            var dateParts: [[LooseString]]?
            var literal: String?
            var raw: String?

            enum CodingKeys: String, CodingKey {
                case dateParts = "date-parts", literal, raw
            }
        }

        var id: LooseString
        var type: String?
        var author: [Name]?
        var editor: [Name]?
        var title: String?
        var containerTitle: String?
        var issued: DateValue?
        var volume: LooseString?
        var issue: LooseString?
        var page: LooseString?
        var publisher: String?
        var genre: String?
        var url: String?
        var doi: String?

        enum CodingKeys: String, CodingKey {
            case id, type, author, editor, title, containerTitle = "container-title", issued, volume, issue, page, publisher, genre
            case url = "URL", doi = "DOI"
        }
    }

    /// A string or a number, as CSL-JSON writes ids, volumes and years either way.
    private struct LooseString: Decodable {
        var value: String

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                value = string
            } else if let int = try? container.decode(Int.self) {
                value = String(int)
            } else {
                value = String(try container.decode(Double.self))
            }
        }
    }

    /// The entries of `text`; a file that is not CSL-JSON is an error at `location`, an item that
    /// is not one an error at its line.
    public static func entries(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> [BibliographyEntry] {
        let data = Data(text.utf8)
        let items: [Item]
        do {
            items = try JSONDecoder().decode([Item].self, from: data)
        } catch {
            diagnostics.append(Diagnostic(.error, "bibliography: not CSL-JSON (an array of items with `id` and `type`): \(describe(error))",
                                          at: SourceLocation(file: file, line: 1, column: 1)))
            return []
        }
        let source = SourceFile(path: file, text: text)
        return items.map { item in
            let key = item.id.value
            let offset = text.utf8.firstRange(of: Array("\"\(key)\"".utf8)).map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) }
            let location = offset.map { source.location(ofOffset: $0) }.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
                ?? SourceLocation(file: file, line: 1, column: 1)
            var entry = BibliographyEntry(key: key, type: item.type ?? "document", location: location)
            entry.authors = (item.author ?? []).map(name)
            entry.editors = (item.editor ?? []).map(name)
            entry.title = item.title
            entry.containerTitle = item.containerTitle
            entry.year = item.issued?.dateParts?.first?.first?.value ?? item.issued?.literal ?? item.issued?.raw.map { String($0.prefix(4)) }
            entry.volume = item.volume?.value
            entry.issue = item.issue?.value
            entry.pages = item.page?.value.replacingOccurrences(of: "-", with: "–")
            entry.publisher = item.publisher
            entry.genre = item.genre
            entry.url = item.url
            entry.doi = item.doi
            return entry
        }
    }

    private static func name(_ name: Item.Name) -> PersonName {
        if let literal = name.literal { return PersonName(family: literal) }
        return PersonName(family: name.family ?? "", given: name.given ?? "", particle: name.particle ?? "")
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
             DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        default:
            return "\(error)"
        }
    }
}
