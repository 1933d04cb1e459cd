/// The check every id an author gives (a cell's `label` or `lst-label`, `{#id}`, an equation's
/// label) passes before it becomes an HTML id: HTML ids may not hold whitespace, and control
/// characters, direction controls and invisible direction marks would make an id that reads as
/// another. Such an id is a warning and is made valid as pandoc makes identifiers.
public enum AuthorIdentifier {
    /// Whether `scalar` may not stand in an id: whitespace and control characters; bidirectional
    /// embeddings, overrides and isolates; the invisible left-to-right, right-to-left and Arabic
    /// letter marks. Letters of every script, and the joiners Arabic and Persian spelling needs, stay.
    static func isDisallowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            || BidiControls.isControl(scalar) || scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
    }

    /// `id` made valid as pandoc makes identifiers: each run of disallowed characters becomes one
    /// `-`, and a run at either end is dropped; nil when nothing is left.
    public static func valid(_ id: String) -> String? {
        guard id.unicodeScalars.contains(where: isDisallowed) else { return id.isEmpty ? nil : id }
        var result = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in id.unicodeScalars {
            if isDisallowed(scalar) {
                pendingDash = !result.isEmpty
            } else {
                if pendingDash { result.append("-") }
                pendingDash = false
                result.append(scalar)
            }
        }
        return result.isEmpty ? nil : String(result)
    }

    /// `id` made valid (`valid(_:)`), with a warning at `location` when it had to change; nil
    /// when nothing valid is left, and the element is then as if it had no id.
    public static func checked(_ id: String, at location: SourceLocation?, diagnostics: inout [Diagnostic]) -> String? {
        let valid = valid(id)
        guard valid != id else { return valid }
        let reason = id.isEmpty ? "is empty, which an HTML id cannot be"
            : "holds whitespace, control characters or invisible direction marks, which an HTML id cannot hold or would hide"
        let outcome = valid.map { "it is written `\($0)`, and references name it so" } ?? "it is dropped"
        diagnostics.append(Diagnostic(.warning, "the id `\(shown(id))` \(reason); \(outcome)", at: location))
        return valid
    }

    /// `id` as a warning shows it: each disallowed character but the space as `<U+202E>`, as
    /// diagnostics show direction controls.
    static func shown(_ id: String) -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            if isDisallowed(scalar), scalar != " " { result += BidiControls.shown(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
