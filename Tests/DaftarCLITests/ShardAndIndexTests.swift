import Foundation
import Testing

/// `--shard i/n` splits the notebooks into n disjoint parts that together are all of them, and
/// `--index-only` writes, from the notebooks alone, the index a full render writes.
struct ShardAndIndexTests {
    static let names = ["a", "b", "c", "d", "e"]

    static func collection() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(purpose: "shards")
        for (offset, name) in names.enumerated() {
            let lang = offset == 2 ? "lang: ar\n" : ""
            try folder.write("---\ntitle: Notebook \(name)\n\(lang)---\n\nProse of \(name).\n", to: "Notebooks/\(offset % 2 == 0 ? "" : "sub/")\(name).md")
        }
        return folder
    }

    static func reports(in folder: URL) -> Set<String> {
        Set(FileTree.files(below: folder).filter { $0.hasSuffix(".html") })
    }

    @Test func shardsPartitionTheNotebooks() throws {
        let folder = try Self.collection()
        defer { folder.remove() }
        var seen: [String] = []
        for index in 1...3 {
            let result = try DaftarProcess.run(["render", "Notebooks", "--shard", "\(index)/3", "-o", "part\(index)"], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            let part = Self.reports(in: folder.url("part\(index)"))
            #expect(!part.contains("index.html"), "a shard writes no index")
            #expect(!part.isEmpty)
            seen += part
        }
        #expect(seen.count == Set(seen).count, "no notebook is in two shards")
        #expect(Set(seen) == ["a.html", "sub/b.html", "c.html", "sub/d.html", "e.html"])
        // The same split every time: the i-th of n is fixed by the notebooks' order.
        let again = try DaftarProcess.run(["render", "Notebooks", "--shard", "2/3", "-o", "again"], in: folder.url)
        #expect(again.status == 0)
        #expect(Self.reports(in: folder.url("again")) == Self.reports(in: folder.url("part2")))
    }

    @Test func theIndexAloneIsTheIndexAFullRenderWrites() throws {
        let folder = try Self.collection()
        defer { folder.remove() }
        let full = try DaftarProcess.run(["render", "Notebooks", "-o", "full"], in: folder.url)
        #expect(full.status == 0, "\(full.stderr)")
        for index in 1...2 {
            #expect(try DaftarProcess.run(["render", "Notebooks", "--shard", "\(index)/2", "-o", "gathered"], in: folder.url).status == 0)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url("gathered/index.html").path))
        let indexOnly = try DaftarProcess.run(["render", "Notebooks", "--index-only", "-o", "gathered"], in: folder.url)
        #expect(indexOnly.status == 0, "\(indexOnly.stderr)")
        #expect(indexOnly.stderr.contains("wrote gathered/index.html (5 notebooks)"))
        #expect(FileTree.snapshot(below: folder.url("gathered")) == FileTree.snapshot(below: folder.url("full")))

        #expect(try DaftarProcess.run(["render", "Notebooks", "--index-only", "--check", "-o", "gathered"], in: folder.url).status == 0)
        try folder.write("---\ntitle: Renamed\n---\n\nProse.\n", to: "Notebooks/a.md")
        let stale = try DaftarProcess.run(["render", "Notebooks", "--index-only", "--check", "-o", "gathered"], in: folder.url)
        #expect(stale.status == 4)
        #expect(stale.stderr.contains("gathered/index.html differs"))
    }

    @Test func anUnreadableNotebookFailsTheIndex() throws {
        let folder = try Self.collection()
        defer { folder.remove() }
        try folder.write("---\ntitle: [unclosed\n---\n", to: "Notebooks/broken.md")
        let result = try DaftarProcess.run(["render", "Notebooks", "--index-only", "-o", "out"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Notebooks/broken.md:2:"))
        #expect(!FileManager.default.fileExists(atPath: folder.url("out/index.html").path))
    }

    @Test(arguments: [["--shard", "0/2"], ["--shard", "3/2"], ["--shard", "1/0"], ["--shard", "x"],
                      ["--index-only", "--shard", "1/2"], ["--index-only", "--output", "-"], ["--index-only", "--fragment"]])
    func badCombinationsAreUsageErrors(arguments: [String]) throws {
        let folder = try Self.collection()
        defer { folder.remove() }
        let result = try DaftarProcess.run(["render", "Notebooks"] + arguments, in: folder.url)
        #expect(result.status == 64, "\(result.stderr)")
    }
}
