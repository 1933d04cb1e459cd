import DaftarSourceStamp
import Foundation
import Testing

/// Comments and layout do not reach the text a source stamp hashes; tokens, string literals and
/// the spaces Swift reads do.
@Suite struct SwiftTokenTextTests {
    static let sample = #"""
        /// Shows a value in the cell's output.
        ///
        /// - Parameter value: what to show.
        public func display(_ value: Any, limit: Int = 2_000) {
            // The richest form first.
            let text = "value: \(value) // not a comment /* nor this */"
            let raw = #"a "quoted" \(x) // word"#
            let block = """
                indented   inside
                  /* kept */
                """
            if limit > 0 && text.count < -limit { print(text, raw, block) }
        }

        """#

    static func normalized(_ source: String) -> String { SwiftTokenText.normalized(source) }

    static func expectSame(_ edited: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(normalized(edited) == normalized(sample), "\(edited)", sourceLocation: sourceLocation)
    }

    static func expectDifferent(_ edited: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(edited != sample, "the edit changed nothing", sourceLocation: sourceLocation)
        #expect(normalized(edited) != normalized(sample), "\(edited)", sourceLocation: sourceLocation)
    }

    /// Replaces exactly one occurrence of `old`.
    static func edit(_ old: String, _ new: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let parts = sample.components(separatedBy: old)
        #expect(parts.count == 2, "\(old) must occur once in the sample", sourceLocation: sourceLocation)
        return parts.joined(separator: new)
    }

    @Test func theSampleReadsAsTheCompilerReadsIt() {
        #expect(Self.normalized(Self.sample) == [
            "public func display(_ value:Any,limit:Int = 2_000){",
            #"let text = "value: \(value) // not a comment /* nor this */""#,
            ##"let raw = #"a "quoted" \(x) // word"#"##,
            #"let block = """"#,
            "        indented   inside",
            "          /* kept */",
            #"        """"#,
            "if limit > 0 && text.count < -limit{print(text,raw,block)}",
            "}",
        ].joined(separator: "\n"))
    }

    @Test func editingOrAddingCommentsKeepsTheText() {
        Self.expectSame(Self.edit("/// Shows a value in the cell's output.", "/// Shows any value in the output of its cell."))
        Self.expectSame(Self.edit("///\n/// - Parameter value: what to show.\n", ""))
        Self.expectSame(Self.edit("// The richest form first.", "// The richest form first, then text."))
        Self.expectSame(Self.edit("    // The richest form first.\n", ""))
        Self.expectSame(Self.edit("limit: Int = 2_000)", "limit: Int /* lines */ = 2_000 /* a /* nested */ comment */)"))
        Self.expectSame(Self.edit("{ print(text, raw, block) }", "{ print(text, raw, block) } // all three"))
        Self.expectSame(Self.edit("public func", "/**\n * Block doc.\n */\npublic func"))
    }

    @Test func reindentingAndBlankLinesKeepTheText() {
        // Every line of code re-indented with tabs, except the multi-line string's own lines.
        let reindented = Self.sample.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard !line.hasPrefix("        ") else { return String(line) }
            let body = line.drop { $0 == " " }
            return String(repeating: "\t", count: (line.count - body.count) / 4) + body
        }.joined(separator: "\n")
        Self.expectSame(reindented)
        Self.expectSame(Self.sample.replacingOccurrences(of: "\n", with: "\r\n"))
        Self.expectSame(Self.edit("    // The richest form first.\n", "\n\n    // The richest form first.   \n\n"))
        Self.expectSame(Self.edit("display(_ value: Any, limit: Int = 2_000)", "display( _ value : Any ,  limit : Int = 2_000 )"))
        Self.expectSame(Self.edit("{ print(text, raw, block) }", "{\tprint( text,raw,   block )\t}   "))
    }

    @Test func aChangeToATokenChangesTheText() {
        Self.expectDifferent(Self.edit("2_000", "2_001"))
        Self.expectDifferent(Self.edit("let text", "var text"))
        Self.expectDifferent(Self.edit("limit > 0", "limit >= 0"))
        Self.expectDifferent(Self.edit("public func", "func"))
        // Swift reads a space beside an operator: binary minus and a prefix minus differ.
        Self.expectDifferent(Self.edit("< -limit", "< - limit"))
        // Two words never merge: `letx` would be another identifier.
        #expect(Self.normalized("let x = 1") == "let x = 1")
        #expect(Self.normalized("return  x\n") == "return x")
        #expect(Self.normalized("@MainActor  func f()") == "@MainActor func f()")
        // A line break ends a statement; a `(` that starts a line is not a call.
        #expect(Self.normalized("f\n(x)") != Self.normalized("f (x)"))
    }

    @Test func aChangeInsideAStringLiteralChangesTheText() {
        Self.expectDifferent(Self.edit("value: \\(value)", "value:  \\(value)"))
        Self.expectDifferent(Self.edit("// not a comment", "// not a remark"))
        Self.expectDifferent(Self.edit("/* nor this */", "/*nor this*/"))
        Self.expectDifferent(Self.edit(#""quoted" \(x)"#, #""quoted"  \(x)"#))
        Self.expectDifferent(Self.edit("indented   inside", "indented inside"))
        Self.expectDifferent(Self.edit("      /* kept */", "    /* kept */"))
        Self.expectDifferent(Self.sample.replacingOccurrences(of: "        indented", with: "\tindented"))
    }

    @Test func slashesInsideAStringAreNotAComment() {
        #expect(Self.normalized(#"let url = "https://example.org" // where"#) == #"let url = "https://example.org""#)
        #expect(Self.normalized(#"let a = "/*", b = 1 /* c */"#) == #"let a = "/*",b = 1"#)
        #expect(Self.normalized("let s = \"\\\"//\" + x // c") == "let s = \"\\\"//\" + x")
        #expect(Self.normalized("let s = #\"\\\"// \"#  // c") == "let s = #\"\\\"// \"#")
        // An interpolation holding a string that holds a `)` and `//`.
        #expect(Self.normalized(#"print("\(f(")//"))  //") // c"#) == #"print("\(f(")//"))  //")"#)
        #expect(Self.normalized("let r = #/a b // c/#  // d") == "let r = #/a b // c/#")
        #expect(Self.normalized("let `raw  name` = 1 // c") == "let `raw  name` = 1")
    }

    @Test func nestedBlockCommentsEndWhereSwiftEndsThem() {
        #expect(Self.normalized("a /* x /* y */ z */ b") == "a b")
        #expect(Self.normalized("f(a/* x */, b)") == "f(a,b)")
        #expect(Self.normalized("let a = 1 /* two\nlines */ let b = 2") == "let a = 1\nlet b = 2")
    }

    /// Normalising again changes nothing: the text keeps every token apart as Swift would lex it.
    @Test func normalisingTwiceIsNormalisingOnce() throws {
        let kit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/DaftarKit")
        let files = try FileManager.default.contentsOfDirectory(atPath: kit.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files + [] {
            let source = try String(contentsOf: kit.appendingPathComponent(file), encoding: .utf8)
            let once = Self.normalized(source)
            #expect(Self.normalized(once) == once, "\(file)")
            #expect(!once.contains("///"), "\(file) keeps a doc comment")
        }
        #expect(Self.normalized(Self.sample) == Self.normalized(Self.normalized(Self.sample)))
    }
}
