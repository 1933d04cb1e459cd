import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A MathML element tree reduced to what the pandoc comparison compares: element names, and the
/// text of token elements (`mi`, `mn`, `mo`, `mtext`).
///
/// Attributes and whitespace are ignored, the `semantics` wrapper and its TeX annotation are
/// dropped, and grouping is normalised: `mrow` and `mstyle` are dissolved into the row around
/// them, and an argument of a fixed-arity element (`msub`, `mfrac`…) that is a row of one is
/// that one element. Those groupings change neither what a formula says nor, in MathML Core,
/// how it is drawn (`mstyle` is an `mrow` with attributes); pandoc and Daftar group differently
/// (pandoc wraps each bracket pair in an `mrow`, Daftar only `\left…\right`).
indirect enum MathMLTree: Equatable {
    case token(name: String, text: String)
    case element(name: String, children: [MathMLTree])

    /// Elements whose children are positional arguments rather than a row.
    private static let fixedArity: Set = ["msub", "msup", "msubsup", "munder", "mover", "munderover", "mfrac", "mroot"]
    private static let tokens: Set = ["mi", "mn", "mo", "mtext", "ms"]
    private static let dissolved: Set = ["mrow", "mstyle", "semantics", "math"]

    /// The normalised tree of one `<math>` element's markup; nil if it is not well-formed.
    static func parse(_ markup: String) -> MathMLTree? {
        let builder = Builder()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        return .element(name: "math", children: normalisedRow(root.children))
    }

    /// Children of a row-like element, with nested rows dissolved.
    private static func normalisedRow(_ children: [Raw]) -> [MathMLTree] {
        children.flatMap { child -> [MathMLTree] in
            if child.name == "annotation" || child.name == "annotation-xml" { return [] }
            if dissolved.contains(child.name) { return normalisedRow(child.children) }
            return [normalised(child)]
        }
    }

    private static func normalised(_ raw: Raw) -> MathMLTree {
        if tokens.contains(raw.name) {
            return .token(name: raw.name, text: raw.text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard fixedArity.contains(raw.name) else {
            return .element(name: raw.name, children: normalisedRow(raw.children))
        }
        return .element(name: raw.name, children: raw.children.map { argument in
            let row = normalisedRow([argument])
            return row.count == 1 ? row[0] : .element(name: "mrow", children: row)
        })
    }

    /// The tree as one line: `mi"x"` for tokens, `msup(mi"e" mn"2")` for elements.
    var canonical: String {
        switch self {
        case .token(let name, let text):
            return name + "\"" + text + "\""
        case .element(let name, let children):
            return name + "(" + children.map(\.canonical).joined(separator: " ") + ")"
        }
    }

    /// An element as parsed, before normalising.
    private final class Raw {
        let name: String
        var children: [Raw] = []
        var text = ""

        init(name: String) {
            self.name = name
        }
    }

    /// Builds `Raw` elements from the parser's events.
    private final class Builder: NSObject, XMLParserDelegate {
        var root: Raw?
        private var stack: [Raw] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = Raw(name: name)
            stack.last?.children.append(element)
            if stack.isEmpty { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
