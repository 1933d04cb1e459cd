/// Numbers the display equations labelled `{#eq-x}` in order, as Quarto does, and gives every
/// display equation with `\tag{…}` that tag instead (taken out of its TeX, since MathML Core has
/// no labelled rows): `math.tag` is what the writer shows at the equation's side.
public struct EquationNumbering: NotebookRewriter {
    /// What each labelled equation shows, `1` or its tag, by label.
    public private(set) var shown: [String: String] = [:]
    private var count = 0

    public init() {}

    public mutating func rewrite(inline: MarkdownInline) -> [MarkdownInline] {
        guard case .math(var math) = inline, math.isDisplay else { return [rewritingChildren(of: inline)] }
        if let (tex, tag) = Self.takingTag(math.tex) {
            math.tex = tex
            math.tag = tag
        } else if math.label != nil {
            count += 1
            math.tag = String(count)
        }
        // Labels are unique by now (`IdentifierClaims`).
        if let label = math.label, let tag = math.tag { shown[label] = tag }
        return [.math(math)]
    }

    /// The TeX without its `\tag{…}` (or `\tag*{…}`), and the tag's text.
    static func takingTag(_ tex: String) -> (String, String)? {
        for command in ["\\tag*{", "\\tag{"] {
            guard let start = tex.range(of: command) else { continue }
            var depth = 1
            var index = start.upperBound
            while index < tex.endIndex, depth > 0 {
                if tex[index] == "{" { depth += 1 } else if tex[index] == "}" { depth -= 1 }
                if depth > 0 { index = tex.index(after: index) }
            }
            guard index < tex.endIndex else { return nil }
            let tag = String(tex[start.upperBound..<index]).trimmingWhitespace()
            return (String(tex[..<start.lowerBound] + tex[tex.index(after: index)...]), tag)
        }
        return nil
    }
}

extension String {
    fileprivate func range(of needle: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
