import DaftarKernelProtocol

/// Cell outputs in nbformat's shape: an `output_type` of `stream`, `display_data` or `error`,
/// and text stored as a list of lines, so that frozen results diff line by line.
extension CellOutput: Codable {
    private enum Key: String, CodingKey {
        case outputType = "output_type", name, text, hiddenLines = "hidden_lines", data, message, line, column
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .stream(let name, let text, let hiddenLines):
            try container.encode("stream", forKey: .outputType)
            try container.encode(name, forKey: .name)
            try container.encode(lines(of: text), forKey: .text)
            if hiddenLines > 0 { try container.encode(hiddenLines, forKey: .hiddenLines) }
        case .display(let bundle):
            try container.encode("display_data", forKey: .outputType)
            try container.encode(bundle.representations.map(FrozenRepresentation.init), forKey: .data)
        case .error(let message, let line, let column):
            try container.encode("error", forKey: .outputType)
            try container.encode(lines(of: message), forKey: .message)
            try container.encodeIfPresent(line, forKey: .line)
            try container.encodeIfPresent(column, forKey: .column)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        switch try container.decode(String.self, forKey: .outputType) {
        case "stream":
            self = .stream(try container.decode(StreamName.self, forKey: .name),
                           text: try container.decode([String].self, forKey: .text).joined(),
                           hiddenLines: try container.decodeIfPresent(Int.self, forKey: .hiddenLines) ?? 0)
        case "display_data":
            self = .display(MIMEBundle(try container.decode([FrozenRepresentation].self, forKey: .data).map(\.representation)))
        case "error":
            self = .error(message: try container.decode([String].self, forKey: .message).joined(),
                          line: try container.decodeIfPresent(Int.self, forKey: .line),
                          column: try container.decodeIfPresent(Int.self, forKey: .column))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .outputType, in: container, debugDescription: "unknown output type \(other)")
        }
    }
}

/// A representation as the freeze stores it: its content as a list of lines.
private struct FrozenRepresentation: Codable {
    var representation: MIMERepresentation

    init(_ representation: MIMERepresentation) {
        self.representation = representation
    }

    private enum Key: String, CodingKey { case type, content }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(representation.type, forKey: .type)
        try container.encode(lines(of: representation.content), forKey: .content)
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        representation = MIMERepresentation(type: try container.decode(MIMEType.self, forKey: .type),
                                             content: try container.decode([String].self, forKey: .content).joined())
    }
}

/// Lines with their line breaks, as nbformat stores multi-line strings.
private func lines(of text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for character in text {
        current.append(character)
        if character == "\n" {
            lines.append(current)
            current = ""
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}
