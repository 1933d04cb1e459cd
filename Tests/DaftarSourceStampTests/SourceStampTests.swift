import DaftarSourceStamp
import Testing

/// The stamp in every freeze key: the same for the same code, whatever its comments and layout.
@Suite struct SourceStampTests {
    static func source(_ name: String, _ text: String) -> SourceStamp.Source {
        SourceStamp.Source(name: name, contents: Array(text.utf8))
    }

    static let display = source("DaftarKit/Display.swift", """
        /// Shows a value.
        public func display(_ value: Any) {
            print(value)
        }

        """)
    static let format = source("DaftarKit/Format.swift", "let digits = 15\n")

    @Test func aDocCommentOrIndentationEditKeepsTheStamp() {
        let edited = Self.source("DaftarKit/Display.swift", """
            /// Shows any value, as text.
            ///
            /// Nothing else.
            public func display(_ value: Any) {
              print(value)  // as text
            }
            """)
        #expect(SourceStamp.hash([edited, Self.format]) == SourceStamp.hash([Self.display, Self.format]))
    }

    @Test func aCodeOrStringEditChangesTheStamp() {
        let base = SourceStamp.hash([Self.display, Self.format])
        #expect(SourceStamp.hash([Self.display, Self.source("DaftarKit/Format.swift", "let digits = 16\n")]) != base)
        let string = Self.source("DaftarKit/Display.swift", "public func display(_ value: Any) {\n    print(\"\\(value)\")\n}\n")
        let spaced = Self.source("DaftarKit/Display.swift", "public func display(_ value: Any) {\n    print(\" \\(value)\")\n}\n")
        #expect(SourceStamp.hash([string]) != SourceStamp.hash([spaced]))
    }

    @Test func namesCountAndOrderDoesNot() {
        #expect(SourceStamp.hash([Self.display, Self.format]) == SourceStamp.hash([Self.format, Self.display]))
        let renamed = Self.source("DaftarKit/Other.swift", "let digits = 15\n")
        #expect(SourceStamp.hash([Self.display, renamed]) != SourceStamp.hash([Self.display, Self.format]))
        // A file's text does not run into the next file's name.
        #expect(SourceStamp.hash([Self.source("a", "xb"), Self.source("c", "")])
                != SourceStamp.hash([Self.source("a", "x"), Self.source("bc", "")]))
    }

    @Test func namesStartAfterSources() {
        #expect(SourceStamp.name(ofSourceAt: "/home/ci/daftar/Sources/DaftarKit/Display.swift") == "DaftarKit/Display.swift")
        #expect(SourceStamp.name(ofSourceAt: "/x/Sources/y/Sources/DaftarKit/A.swift") == "DaftarKit/A.swift")
        #expect(SourceStamp.name(ofSourceAt: "Loose.swift") == "Loose.swift")
    }
}
