/// Writes a `MathNode` tree as MathML Core markup: no whitespace between elements, text and
/// attributes escaped, every element closed, so that the result is well-formed XML as well as
/// HTML.
struct MathMLWriter {
    /// The markup written so far.
    private(set) var output = ""

    /// Appends the `<math>` element of a formula, its TeX kept as an annotation.
    mutating func writeMath(_ formula: MathNode, tex: String, display: Bool) {
        output += display ? "<math display=\"block\">" : "<math>"
        output += "<semantics>"
        // <semantics> takes exactly one presentation element before its annotation.
        if case .row(let items) = formula, items.count != 1 {
            element("mrow", children: items)
        } else {
            write(formula)
        }
        output += "<annotation encoding=\"application/x-tex\">"
        escape(tex)
        output += "</annotation></semantics></math>"
    }

    /// Appends a node's element.
    private mutating func write(_ node: MathNode) {
        switch node {
        case .identifier(let text, let upright):
            // MathML Core slants a lone letter unless told not to; longer names are upright anyway.
            let normal = upright && text.unicodeScalars.count == 1 && Self.hasItalicForm(text.unicodeScalars.first!)
            token("mi", text, attributes: normal ? [("mathvariant", "normal")] : [])
        case .number(let text):
            token("mn", text)
        case .operator(let text, let form):
            token("mo", text, attributes: attributes(of: form))
        case .text(let text):
            token("mtext", text)
        case .space(let em):
            element("mspace", attributes: [("width", Self.length(em))], children: [])
        case .row(let items):
            if items.count == 1 {
                write(items[0])
            } else {
                element("mrow", children: items)
            }
        case .style(let display, let content):
            element("mstyle", attributes: [("displaystyle", display ? "true" : "false")], children: [content])
        case .fraction(let numerator, let denominator, let rule):
            element("mfrac", attributes: rule ? [] : [("linethickness", "0")], children: [numerator, denominator])
        case .radical(let radicand, nil):
            element("msqrt", children: [radicand])
        case .radical(let radicand, let index?):
            element("mroot", children: [radicand, index])
        case .scripts(let base, let sub, let sup):
            let name = sub == nil ? "msup" : sup == nil ? "msub" : "msubsup"
            element(name, children: [base, sub, sup].compactMap { $0 })
        case .limits(let base, let under, let over, let accent):
            let name = over == nil ? "munder" : under == nil ? "mover" : "munderover"
            let accentAttribute = accent ? [(over == nil ? "accentunder" : "accent", "true")] : []
            element(name, attributes: accentAttribute, children: [base, under, over].compactMap { $0 })
        case .table(let rows, let columns, let display):
            // On the table itself: an `<mstyle>` around it would not reach the cells past the
            // table's own compact style.
            open("mtable", attributes: display ? [("displaystyle", "true")] : [])
            for row in rows {
                open("mtr")
                for (index, cell) in row.enumerated() {
                    element("mtd", attributes: [("columnalign", columns[index].rawValue)], children: [cell])
                }
                output += "</mtr>"
            }
            output += "</mtable>"
        case .error(let tex):
            open("merror")
            token("mtext", tex)
            output += "</merror>"
        }
    }

    /// The attributes that pin an operator's meaning where the dictionary would guess otherwise.
    private func attributes(of form: OperatorForm) -> [(String, String)] {
        var attributes: [(String, String)] = []
        if let value = form.form { attributes.append(("form", value.rawValue)) }
        if form.fence { attributes.append(("fence", "true")) }
        if let stretchy = form.stretchy { attributes.append(("stretchy", stretchy ? "true" : "false")) }
        if let size = form.size {
            attributes += [("minsize", Self.length(size)), ("maxsize", Self.length(size))]
        }
        if let space = form.rightSpace { attributes.append(("rspace", Self.length(space))) }
        return attributes
    }

    /// A token element holding escaped text.
    private mutating func token(_ name: String, _ text: String, attributes: [(String, String)] = []) {
        open(name, attributes: attributes)
        escape(text)
        output += "</\(name)>"
    }

    /// An element holding `children`.
    private mutating func element(_ name: String, attributes: [(String, String)] = [], children: [MathNode]) {
        open(name, attributes: attributes)
        for child in children { write(child) }
        output += "</\(name)>"
    }

    /// An opening tag with escaped attribute values.
    private mutating func open(_ name: String, attributes: [(String, String)] = []) {
        output += "<" + name
        for (attribute, value) in attributes {
            output += " \(attribute)=\""
            escape(value)
            output += "\""
        }
        output += ">"
    }

    /// `&`, `<`, `>` and `"` as entities: enough for text and quoted attributes in HTML and XML.
    private mutating func escape(_ text: String) {
        for character in text.unicodeScalars {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.unicodeScalars.append(character)
            }
        }
    }

    /// Whether MathML Core would slant the character alone in an `<mi>`: Latin and Greek
    /// letters, dotless ı and ȷ, ∂ and ∇ (its italic mapping).
    private static func hasItalicForm(_ character: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(character) || ("a"..."z").contains(character) || (0x391...0x3F5).contains(character.value)
            || ["ı", "ȷ", "∂", "∇"].contains(character)
    }

    /// An em length with at most four decimals and no trailing zeros: `0.1667em`, `1em`, `-0.1667em`.
    static func length(_ em: Double) -> String {
        let tenThousandths = Int((em * 10_000).rounded())
        let sign = tenThousandths < 0 ? "-" : ""
        let magnitude = abs(tenThousandths)
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return sign + String(magnitude / 10_000) + (fraction.isEmpty ? "" : "." + fraction) + "em"
    }
}
