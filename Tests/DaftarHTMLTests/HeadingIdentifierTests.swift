@testable import DaftarNotebook
import Testing
@testable import DaftarHTML

@Suite struct HeadingIdentifierTests {
    /// pandoc's `auto_identifiers` on the same texts gives the same ids.
    @Test(arguments: [
        ("Hello, World!", "hello-world"),
        ("1. Introduction", "introduction"),
        ("  Many   spaces  ", "many-spaces"),
        ("Dots.and_under-scores", "dots.and_under-scores"),
        ("123", "section"),
        ("", "section"),
        ("لماذا لا تُستخدم الدالة السيجمويد في نماذج GPT/LLM", "لماذا-لا-تستخدم-الدالة-السيجمويد-في-نماذج-gptllm"),
        ("1. مشكلة اختفاء التدرجات", "مشكلة-اختفاء-التدرجات"),
        ("متى لا تزال السيجمويد تُستخدم؟", "متى-لا-تزال-السيجمويد-تستخدم"),
    ])
    func idsFollowPandoc(text: String, id: String) {
        #expect(HeadingIdentifiers.identifier(for: text) == id)
    }

    @Test func repeatedHeadingsGetNumberedIds() {
        var identifiers = HeadingIdentifiers()
        #expect(["Notes", "Notes", "Notes", "notes-1"].map { identifiers.unique(for: $0) }
            == ["notes", "notes-1", "notes-2", "notes-1-1"])
    }
}
