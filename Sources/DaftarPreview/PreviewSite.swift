import DaftarHTML
import DaftarNotebook
import DaftarProject
import Foundation

/// The pages a preview serves, rendered into memory by report name: nothing is written beside
/// the notebooks but their freezes, and nothing but these pages can be served. Each notebook is
/// rendered through `NotebookJob`, as `daftar render` renders it; one that cannot be read is
/// served as a page of its diagnostics.
final class PreviewSite: @unchecked Sendable {
    /// A notebook file or a folder of them, as given on the command line.
    let root: String
    private let isFolder: Bool
    private let job: NotebookJob
    private let jobs: Int
    /// Where messages go (standard error): diagnostics as `daftar render` prints them, and a line per render.
    private let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private var inputs: [NotebookInput] = []
    private var pages: [String: String] = [:]
    private var entries: [String: IndexPage.Entry] = [:]

    init(root: String, job: NotebookJob, jobs: Int, log: @escaping @Sendable (String) -> Void) {
        self.root = root
        isFolder = FileManager.default.isFolder(root)
        self.job = job
        self.jobs = jobs
        self.log = log
    }

    /// The folder whose changes matter: the notebook folder, or the single notebook's folder.
    var watchedFolder: String {
        isFolder ? root : ((root as NSString).deletingLastPathComponent.isEmpty ? "." : (root as NSString).deletingLastPathComponent)
    }

    /// Renders every notebook; the report names rendered.
    @discardableResult
    func renderAll() -> [String] {
        let found = discover()
        lock.withLock {
            inputs = found
            pages = [:]
            entries = [:]
        }
        return render(found)
    }

    /// Renders again what the files at `changedPaths` affect: a changed or new notebook alone,
    /// every notebook when another file that still exists changed (a bibliography, an image, a
    /// file cells depend on); drops notebooks that are gone. The report names that changed.
    func update(changedPaths: Set<String>) -> [String] {
        let found = discover()
        let changed = Set(changedPaths.map(Self.canonical))
        let (removed, toRender): ([NotebookInput], [NotebookInput]) = lock.withLock {
            let known = Set(inputs.map(\.path))
            let removed = inputs.filter { old in !found.contains { $0.path == old.path } }
            let notebookChanged = { (input: NotebookInput) in changed.contains(Self.canonical(input.path)) }
            // A file that is gone was an editor's temporary file (renamed over the notebook), not
            // one a notebook reads.
            let otherFileChanged = changed.contains { path in
                !Self.isNotebook(path) && FileManager.default.fileExists(atPath: path) && !FileManager.default.isFolder(path)
            }
            let toRender = found.filter { otherFileChanged || notebookChanged($0) || !known.contains($0.path) }
            inputs = found
            for input in removed {
                pages[input.reportName] = nil
                entries[input.reportName] = nil
            }
            return (removed, toRender)
        }
        return removed.map(\.reportName) + render(toRender)
    }

    /// The page for a request's path, with the reload script; nil when there is none.
    func page(for path: ServedPath) -> String? {
        lock.withLock {
            switch path {
            case .index:
                if !isFolder, let only = inputs.first { return pages[only.reportName] }
                if let own = pages["index.html"] { return own }
                return ReloadScript.inject(into: IndexPage.html(Array(entries.values)), reportName: "")
            case .report(let name):
                return pages[name]
            default:
                return nil
            }
        }
    }

    private func render(_ selected: [NotebookInput]) -> [String] {
        guard !selected.isEmpty else { return [] }
        let started = ContinuousClock.now
        let outcomes = Project.render(selected, with: job, jobs: jobs)
        let elapsed = Int((ContinuousClock.now - started) / .milliseconds(1))
        var rendered: [String] = []
        for (input, outcome) in zip(selected, outcomes) {
            let messages = outcome.diagnostics.map { $0.formatted(in: outcome.source) }.joined()
            if !messages.isEmpty { log(messages) }
            let html = outcome.standardOutput ?? DiagnosticsPage.html(path: input.path, text: messages)
            let entry = outcome.indexEntry
                ?? IndexPage.Entry(title: input.path, languageTag: nil, direction: .ltr, link: input.reportName)
            lock.withLock {
                pages[input.reportName] = ReloadScript.inject(into: html, reportName: input.reportName)
                entries[input.reportName] = entry
            }
            rendered.append(input.reportName)
        }
        let names = selected.count == 1 ? selected[0].path : "\(selected.count) notebooks"
        log("rendered \(names) in \(elapsed) ms\n")
        return rendered
    }

    /// The notebooks under the root now, without those whose real path leads out of the
    /// watched folder through a symbolic link; none (not an error) in an empty folder.
    private func discover() -> [NotebookInput] {
        let found = (try? Project.notebooks(in: [root])) ?? []
        let folder = FileSystem.realPath(watchedFolder) ?? watchedFolder
        return found.filter { input in
            guard let real = FileSystem.realPath(input.path) else { return false }
            return real.hasPrefix(folder + "/")
        }
    }

    /// A path with `.` and `..` segments resolved (links are not followed), for comparing the
    /// watcher's paths with the notebooks'.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func isNotebook(_ path: String) -> Bool {
        Notebook.extensions.contains { path.hasSuffix($0) }
    }
}
