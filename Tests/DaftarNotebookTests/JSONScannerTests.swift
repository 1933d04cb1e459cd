import Testing
@testable import DaftarNotebook

/// The JSON reader that keeps positions, and the writer that writes as nbformat does.
@Suite struct JSONScannerTests {
    private func parse(_ text: String) throws -> JSONNode {
        try JSONScanner.parse(Array(text.utf8))
    }

    /// Where a file stops being JSON, as `file:line:column` counts it.
    private func failure(_ text: String) -> (message: String, location: String)? {
        do {
            _ = try JSONScanner.parse(Array(text.utf8))
            return nil
        } catch {
            let location = SourceFile(path: "x.ipynb", text: text).location(ofOffset: error.offset)
            return (error.message, "\(location.line):\(location.column)")
        }
    }

    @Test func valuesKeepTheirOffsets() throws {
        let node = try parse("{\"a\": [1, -2.5e3, true, null],\n \"b\": \"é\\n\\u00e9\\ud83d\\ude00\"}")
        #expect(node["a"]?.array?.map(\.value) == [.number("1"), .number("-2.5e3"), .bool(true), .null])
        #expect(node["a"]?.array?.map(\.offset) == [7, 10, 18, 24])
        #expect(node["b"]?.string == "é\né😀")
        #expect(node["b"]?.offset == 37)
        #expect(node["a"]?.array?.first?.integer == 1)
        #expect(node["a"]?.array?[1].integer == nil)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "expected a string key in double quotes", "1:9"),
        ("{\"a\" 1}", "expected `:` after the key \"a\"", "1:6"),
        ("[1 2]", "expected `,` or `]` after an array element", "1:4"),
        ("{\n  \"cells\": [\n    {\"x\": tru}\n  ]\n}", "unexpected character `t`: expected a JSON value", "3:11"),
        ("[\"abc", "the string is never closed", "1:2"),
        ("[\"a\\qb\"]", "invalid escape sequence in a string", "1:4"),
        ("[\"a\tb\"]", "a control character (0x9) must be escaped inside a string", "1:4"),
        ("[01]", "a number cannot start with 0", "1:2"),
        ("[1.]", "a digit must follow the decimal point", "1:4"),
        ("{}\n{}", "unexpected text after the end of the JSON value", "2:1"),
        ("{\"a\": [", "unexpected end of the file: a value is missing", "1:8"),
        ("", "unexpected end of the file: a value is missing", "1:1"),
    ])
    func malformedJSONIsLocated(text: String, message: String, location: String) {
        let found = failure(text)
        #expect(found?.message == message)
        #expect(found?.location == location)
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(failure(text)?.message == "the JSON is nested more than 512 levels deep")
    }

    /// nbformat's `json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)`, byte for byte.
    @Test func theWriterWritesAsNbformatDoes() throws {
        let node = JSONNode.object([
            ("source", .array([.text("a \"q\" \\ é\n"), .text("\t\u{01}")])), ("cell_type", .text("code")),
            ("metadata", .object([])), ("outputs", .array([])), ("execution_count", .null), ("n", .integer(3)),
        ])
        #expect(JSONWriter.text(node) == """
            {
             "cell_type": "code",
             "execution_count": null,
             "metadata": {},
             "n": 3,
             "outputs": [],
             "source": [
              "a \\"q\\" \\\\ é\\n",
              "\\t\\u0001"
             ]
            }

            """)
        // Read back, it is the same value (keys sorted, offsets aside).
        #expect(try parse(JSONWriter.text(node)).normalized == node.normalized)
    }
}

private extension JSONNode {
    /// The value with offsets zeroed and object members sorted by key: what a written and re-read
    /// value must keep.
    var normalized: JSONNode {
        switch value {
        case .array(let elements): JSONNode(.array(elements.map(\.normalized)))
        case .object(let members):
            JSONNode(.object(members.map { Member($0.key, $0.value.normalized) }.sorted { $0.key < $1.key }))
        default: JSONNode(value)
        }
    }
}
