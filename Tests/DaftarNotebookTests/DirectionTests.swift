import Testing
@testable import DaftarNotebook

/// A notebook's direction: `dir:`, else `lang:`, else the first strong character of its prose,
/// as a browser's `dir="auto"` finds it.
@Suite struct DirectionTests {
    @Test(arguments: [
        ("# دفتر\n\nنص عربي.\n", TextDirection.rtl),
        ("שלום עולם.\n", .rtl),
        ("Hello.\n\nمرحبا\n", .ltr),
        // Code, math, numbers and links' addresses do not decide; the first letter does.
        ("```python\nprint(1)\n```\n\n$x = 1$ 42 `code` <br> مرحبا\n", .rtl),
        ("- ١٢٣\n- **שלום**\n", .rtl),
        ("> [نص](https://example.com)\n", .rtl),
        ("1 + 2 = 3\n", .ltr),
        ("---\ntitle: عنوان\n---\n\nEnglish text.\n", .rtl),
        ("---\nlang: en\n---\n\nنص عربي.\n", .ltr),
        ("---\ndir: ltr\n---\n\nنص عربي.\n", .ltr),
        ("---\nlang: ar\n---\n\nEnglish.\n", .rtl),
        ("---\ndir: auto\n---\n\nنص.\n", .auto),
        // Hebrew READMEs from GitHub: a `<div dir="rtl">` around a Latin project name.
        ("<div dir=\"rtl\" lang=\"he\" align=\"right\">\n\n# CobaltConverter\n\nתוכנה.\n\n</div>\n", .rtl),
        ("<p align=\"center\"><img src=\"a.png\"></p>\n\nGo to the English version.\n\nنص عربي.\n", .ltr),
        ("<div dir=\"ltr\">\n\nשלום\n\n</div>\n", .ltr),
    ])
    func directionOfANotebook(markdown: String, direction: TextDirection) {
        #expect(parse(markdown).notebook.direction == direction)
    }

    @Test func noStrongCharacterLeavesTheDefault() {
        #expect(parse("1 + 2\n").notebook.firstStrongDirection == nil)
        #expect(TextDirection.ofFirstStrongCharacter(in: "\u{200F}abc") == .rtl)
        #expect(TextDirection.ofFirstStrongCharacter(in: "(٣) ...") == nil)
        #expect(TextDirection.ofFirstStrongCharacter(in: "\u{064B}ب") == .rtl)
        #expect(TextDirection.ofFirstStrongCharacter(in: "日本") == .ltr)
    }
}
