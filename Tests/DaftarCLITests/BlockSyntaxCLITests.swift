import Foundation
import Testing

/// Tables, callouts and their problems, end to end through the built `daftar`: warnings at
/// `file:line:column` with the source line and a caret, and a report that still renders.
@Suite struct BlockSyntaxCLITests {
    @Test func badBlockSyntaxIsReportedAndStillRenders() throws {
        let folder = try TemporaryFolder(purpose: "blocks")
        defer { folder.remove() }
        try folder.write("""
            # جدول

            | a | b |
            |---|---|
            | 1 | $$x |

            +---+---+
            | a | b |
            +---+

            ::: {.callout-note}
            Never closed.

            """, to: "x.md")
        let result = try folder.daftar("render", "--quiet", "x.md", "-o", "out")
        #expect(result.status == 0)
        #expect(result.stderr == """
            x.md:9:1: warning: this grid table's borders do not line up (cells spanning columns are not supported); it is shown as text
            +---+
            ^
            x.md:11:1: warning: this div is never closed (a line of `:::` ends it); it runs to the end of its container
            ::: {.callout-note}
            ^
            x.md:5:7: warning: math is opened here but never closed; it is shown as text
            | 1 | $$x |
                  ^

            """)
        let report = try folder.read("out/x.html")
        // An Arabic heading and no front matter: the page is right to left, and a number cell stays left to right.
        #expect(report.contains("<html dir=\"rtl\">"))
        #expect(report.contains("<td dir=\"ltr\">1</td>\n<td>$$x</td>"))
        // Right to left by its Arabic text alone, the page has Arabic words of its own too.
        #expect(report.contains("<div class=\"callout callout-note\">\n<div class=\"callout-title\">ملاحظة</div>"))
    }
}
