/// Writes JSON as nbformat does (`json.dumps(…, sort_keys=True, indent=1, ensure_ascii=False)`
/// and a final newline), so that a notebook Daftar writes and one Jupyter saves differ only where
/// their contents do.
public enum JSONWriter {
    public static func text(_ node: JSONNode) -> String {
        var output = ""
        write(node, indent: 0, to: &output)
        return output + "\n"
    }

    private static func write(_ node: JSONNode, indent: Int, to output: inout String) {
        switch node.value {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): writeString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "["
            for (index, element) in elements.enumerated() {
                output += (index == 0 ? "\n" : ",\n") + String(repeating: " ", count: indent + 1)
                write(element, indent: indent + 1, to: &output)
            }
            output += "\n" + String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in sorted.enumerated() {
                output += (index == 0 ? "\n" : ",\n") + String(repeating: " ", count: indent + 1)
                writeString(member.key, to: &output)
                output += ": "
                write(member.value, indent: indent + 1, to: &output)
            }
            output += "\n" + String(repeating: " ", count: indent) + "}"
        }
    }

    /// A string in double quotes with Python's escapes: the quote, the backslash and the control
    /// characters; everything else as it is.
    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
