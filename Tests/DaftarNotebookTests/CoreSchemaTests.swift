import Testing
@testable import DaftarNotebook

@Suite struct CoreSchemaTests {
    /// YAML 1.2 core schema, as js-yaml (Quarto) types plain scalars.
    @Test(arguments: [
        ("", MetadataValue.null), ("~", .null), ("NULL", .null),
        ("true", .bool(true)), ("False", .bool(false)), ("yes", .string("yes")),
        ("42", .int(42)), ("-7", .int(-7)), ("+3", .int(3)), ("0x1F", .int(31)), ("0o17", .int(15)),
        ("0.5", .double(0.5)), ("-1.5e3", .double(-1500)), (".5", .double(0.5)), ("5.", .double(5)),
        (".inf", .double(.infinity)), ("-.Inf", .double(-.infinity)),
        ("inf", .string("inf")), ("1e", .string("1e")), ("0x1p3", .string("0x1p3")),
        ("2026-11-29", .string("2026-11-29")), ("1_000", .string("1_000")), ("x-ai/grok", .string("x-ai/grok")),
    ])
    func plainScalarsAreTyped(text: String, expected: MetadataValue) {
        #expect(CoreSchema.value(of: text) == expected)
    }

    @Test func nanIsADouble() {
        guard case .double(let value) = CoreSchema.value(of: ".nan") else {
            Issue.record("expected a double")
            return
        }
        #expect(value.isNaN)
    }

    @Test func quotedScalarsStayText() {
        let (notebook, _) = parse("---\na: '42'\nb: \"true\"\nc: 42\n---\n")
        #expect(notebook.frontMatter.metadata.map(\.value) == [.string("42"), .string("true"), .int(42)])
    }
}
