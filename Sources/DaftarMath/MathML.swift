/// Converts TeX math to MathML Core, which browsers render natively: no script, no network.
///
/// The doorway of `DaftarMath`: the lexer, parser and writer behind it are internal.
public enum MathML {
    /// A converted formula: its `<math>` element, and the warnings for the parts shown as errors.
    public struct Conversion: Hashable, Sendable {
        public var markup: String
        public var warnings: [MathWarning]
    }

    /// The `<math>` element of a formula (`display="block"` for display math), with its TeX kept
    /// as an annotation so that it can be copied. Never fails: TeX it cannot convert is shown
    /// as written inside `<merror>`, with a warning.
    public static func convert(_ tex: String, display: Bool) -> Conversion {
        var parser = TeXParser(tex, display: display)
        let formula = parser.parseFormula()
        var writer = MathMLWriter()
        writer.writeMath(formula, tex: tex.trimmingCharacters(in: " \t\r\n"), display: display)
        return Conversion(markup: writer.output, warnings: parser.warnings)
    }
}

private extension String {
    /// The string without leading and trailing characters from `set`. Sliced, not rebuilt:
    /// `String.UnicodeScalarView(_:)` of a sequence is generic in the standard library and looks
    /// its element type up at run time, which cost a sixth of rendering the founding document.
    func trimmingCharacters(in set: String) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.unicodeScalars.contains($0) }),
              let last = scalars.lastIndex(where: { !set.unicodeScalars.contains($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
