@testable import DaftarPreview
import Testing

/// The served page's policy is opened to this server's script and events, and nothing else.
struct ReloadScriptTests {
    let report = """
    <!DOCTYPE html>
    <html><head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
    </head>
    <body>
    <p>x</p>
    </body>
    </html>
    """

    @Test func policyAllowsOnlyThisServersScriptAndEvents() {
        let page = ReloadScript.inject(into: report, reportName: "a \"b\".html")
        #expect(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; connect-src 'self'\""))
        #expect(page.contains("<script src=\"/_daftar/reload.js\" data-page=\"a &quot;b&quot;.html\"></script>\n</body>"))
        #expect(!page.contains("unsafe-eval"))
        #expect(page.components(separatedBy: "<script").count == 2)
    }

    @Test func scriptListensToTheChannelOnly() {
        #expect(ReloadScript.javaScript.contains("new EventSource(\"/_daftar/events\")"))
        #expect(!ReloadScript.javaScript.contains("eval"))
        #expect(!ReloadScript.javaScript.contains("innerHTML"))
    }
}
