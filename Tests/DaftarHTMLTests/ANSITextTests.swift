import Testing
@testable import DaftarHTML

/// Terminal colours as nbconvert's `ansi2html` converts them (its output for each input, taken
/// from nbconvert 7.17), except that 256 and true colours are classes instead of `style`.
@Suite struct ANSITextTests {
    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m plain", #"<span class="ansi-red-fg">red</span> plain"#),
        ("\u{1B}[1;32mbold green", #"<span class="ansi-green-intense-fg ansi-bold">bold green</span>"#),
        ("\u{1B}[38;5;28mx", #"<span class="ansi-fg-008700">x</span>"#),
        ("\u{1B}[38;5;9mx", #"<span class="ansi-red-intense-fg">x</span>"#),
        ("\u{1B}[38;5;244mx", #"<span class="ansi-fg-808080">x</span>"#),
        ("\u{1B}[48;2;255;0;10mx", #"<span class="ansi-bg-ff000a">x</span>"#),
        ("\u{1B}[7mx", #"<span class="ansi-default-inverse-fg ansi-default-inverse-bg">x</span>"#),
        ("\u{1B}[7;31mx", #"<span class="ansi-default-inverse-fg ansi-red-bg">x</span>"#),
        ("\u{1B}[1;7;31mx", #"<span class="ansi-default-inverse-fg ansi-red-intense-bg ansi-bold">x</span>"#),
        ("\u{1B}[4mu\u{1B}[24mv", #"<span class="ansi-underline">u</span>v"#),
        ("\u{1B}[2Kx", "x"),
        ("<&>", "&lt;&amp;&gt;"),
        ("\u{1B}[38;5;300mx", "x"),
        ("\u{1B}[31;xmx", "mx"),
        ("\u{1B}[31ma\u{1B}[mb", #"<span class="ansi-red-fg">a</span>b"#),
        ("\u{1B}[91mx", #"<span class="ansi-red-intense-fg">x</span>"#),
        ("\u{1B}[1;38;5;2mx", #"<span class="ansi-green-intense-fg ansi-bold">x</span>"#),
        ("\u{1B}[42;39;49mx", "x"),
        ("unterminated \u{1B}[31", "unterminated "),
    ])
    func convertsAsNbconvert(text: String, html: String) {
        var ansi = ANSIText()
        #expect(ansi.html(text) == html)
    }

    /// The page gets rules only for the colours used, each extended colour one rule of its own.
    @Test func theStylesheetHasTheColoursUsed() {
        var ansi = ANSIText()
        #expect(ansi.css.isEmpty)
        _ = ansi.html("\u{1B}[31ma\u{1B}[48;5;16mb")
        #expect(ansi.css == """

            .ansi-bold { font-weight: bold; }
            .ansi-underline { text-decoration: underline; }
            .ansi-default-inverse-fg { color: var(--background); }
            .ansi-default-inverse-bg { background-color: var(--text); }
            .ansi-bg-000000 { background-color: #000000; }
            .ansi-red-fg { color: #e75c58; }
            """)
    }
}
