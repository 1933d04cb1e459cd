/// Terminal text with ANSI SGR escapes (a Python traceback's colours) as HTML: the text escaped,
/// each styled run a `<span>` with classes, as nbconvert's `ansi2html` writes it — except that
/// 256-colour and true colours are classes too (`ansi-fg-ff8700`), with their rules in the page,
/// so that no `style` attribute is needed. Escapes that are not SGR are dropped.
struct ANSIText {
    /// The colour classes the converted texts used, for the page's stylesheet.
    private(set) var usedClasses: Set<String> = []

    /// nbconvert's names of the 16 terminal colours (`ansi-red`, `ansi-red-intense`).
    static let colourNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// A colour: one of the 16 by index, or red, green, blue.
    enum Colour: Hashable {
        case indexed(Int)
        case rgb(Int, Int, Int)
    }

    /// The state the escapes set, applied to the text after them.
    struct Style: Equatable {
        var foreground: Colour?
        var background: Colour?
        var bold = false
        var underline = false
        var inverse = false
    }

    mutating func html(_ text: String) -> String {
        var output = ""
        var style = Style()
        var rest = Substring(text)
        while !rest.isEmpty {
            let escape = rest.range(of: "\u{1B}[")
            let chunk = rest[..<(escape?.lowerBound ?? rest.endIndex)]
            if !chunk.isEmpty { output += span(HTMLEscaping.escape(String(chunk)), style) }
            guard let escape else { break }
            let body = rest[escape.upperBound...]
            // The sequence ends at its final byte, `@` to `~` (nbconvert's `\x1b\[(.*?)([@-~])`).
            guard let final = body.firstIndex(where: { $0.unicodeScalars.first!.value >= 0x40 && $0.unicodeScalars.first!.value <= 0x7E }) else {
                break
            }
            if body[final] == "m" { Self.apply(body[..<final], to: &style) }
            rest = body[body.index(after: final)...]
        }
        return output
    }

    /// The stylesheet for the classes used: the 16 colours as JupyterLab shows them, and one rule
    /// per extended colour.
    var css: String {
        guard !usedClasses.isEmpty else { return "" }
        var rules = [
            ".ansi-bold { font-weight: bold; }", ".ansi-underline { text-decoration: underline; }",
            ".ansi-default-inverse-fg { color: var(--background); }", ".ansi-default-inverse-bg { background-color: var(--text); }",
        ]
        for name in usedClasses.sorted() {
            guard let rgb = Self.rgb(ofClass: name) else { continue }
            rules.append(".\(name) { \(name.hasSuffix("-bg") || name.hasPrefix("ansi-bg-") ? "background-color" : "color"): #\(rgb); }")
        }
        return "\n" + rules.joined(separator: "\n")
    }
}

private extension ANSIText {
    mutating func span(_ escaped: String, _ style: Style) -> String {
        guard style != Style() else { return escaped }
        var (foreground, background) = (style.foreground, style.background)
        // Bold makes the eight normal colours intense, as nbconvert shows them, before inverting.
        if style.bold, case .indexed(let index)? = foreground, index < 8 { foreground = .indexed(index + 8) }
        if style.inverse { swap(&foreground, &background) }
        var classes: [String] = []
        if let foreground { classes.append(Self.className(foreground, layer: "fg")) } else if style.inverse { classes.append("ansi-default-inverse-fg") }
        if let background { classes.append(Self.className(background, layer: "bg")) } else if style.inverse { classes.append("ansi-default-inverse-bg") }
        if style.bold { classes.append("ansi-bold") }
        if style.underline { classes.append("ansi-underline") }
        usedClasses.formUnion(classes)
        return "<span class=\"\(classes.joined(separator: " "))\">\(escaped)</span>"
    }

    static func className(_ colour: Colour, layer: String) -> String {
        switch colour {
        case .indexed(let index): "ansi-\(colourNames[index % 8])\(index >= 8 ? "-intense" : "")-\(layer)"
        case .rgb(let red, let green, let blue): "ansi-\(layer)-" + [red, green, blue].map(hex).joined()
        }
    }

    static func hex(_ component: Int) -> String {
        let digits = String(component, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// The SGR parameters of one escape applied to `style`, code by code as nbconvert reads them.
    static func apply(_ parameters: Substring, to style: inout Style) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? ($0.isEmpty ? 0 : -1) }[...]
        // nbconvert ignores an escape with a parameter that is not a number.
        guard !codes.contains(-1) else { return }
        while let code = codes.popFirst() {
            switch code {
            case 0: style = Style()
            case 1, 5: style.bold = true
            case 4: style.underline = true
            case 7: style.inverse = true
            case 21, 22: style.bold = false
            case 24: style.underline = false
            case 27: style.inverse = false
            case 30...37: style.foreground = .indexed(code - 30)
            case 38: if let colour = extendedColour(&codes) { style.foreground = colour } else { codes = [] }
            case 39: style.foreground = nil
            case 40...47: style.background = .indexed(code - 40)
            case 48: if let colour = extendedColour(&codes) { style.background = colour } else { codes = [] }
            case 49: style.background = nil
            case 90...97: style.foreground = .indexed(code - 90 + 8)
            case 100...107: style.background = .indexed(code - 100 + 8)
            default: break
            }
        }
    }

    /// `5;n` (256 colours: the 16, a 6×6×6 cube, 24 greys) or `2;r;g;b` after a 38 or 48.
    static func extendedColour(_ codes: inout ArraySlice<Int>) -> Colour? {
        switch codes.popFirst() {
        case 2?:
            guard codes.count >= 3 else { return nil }
            let (red, green, blue) = (codes.removeFirst(), codes.removeFirst(), codes.removeFirst())
            guard [red, green, blue].allSatisfy({ (0...255).contains($0) }) else { return nil }
            return .rgb(red, green, blue)
        case 5?:
            guard let index = codes.popFirst(), (0..<256).contains(index) else { return nil }
            if index < 16 { return .indexed(index) }
            if index < 232 {
                let level = { (step: Int) in step > 0 ? 55 + step * 40 : 0 }
                return .rgb(level((index - 16) / 36), level((index - 16) % 36 / 6), level((index - 16) % 6))
            }
            let grey = (index - 232) * 10 + 8
            return .rgb(grey, grey, grey)
        default: return nil
        }
    }

    /// The JupyterLab colour of a 16-colour class, or the hex digits of an extended one.
    static func rgb(ofClass name: String) -> String? {
        if name.hasPrefix("ansi-fg-") || name.hasPrefix("ansi-bg-") { return String(name.dropFirst("ansi-fg-".count)) }
        let palette = [
            "black": "3e424d", "red": "e75c58", "green": "00a250", "yellow": "ddb62b",
            "blue": "208ffb", "magenta": "d160c4", "cyan": "60c6c8", "white": "c5c1b4",
            "black-intense": "282c36", "red-intense": "b22b31", "green-intense": "007427", "yellow-intense": "b27d12",
            "blue-intense": "0065ca", "magenta-intense": "a03196", "cyan-intense": "258f8f", "white-intense": "a1a6b2",
        ]
        guard name.hasPrefix("ansi-"), name.hasSuffix("-fg") || name.hasSuffix("-bg") else { return nil }
        return palette[String(name.dropFirst("ansi-".count).dropLast(3))]
    }
}
