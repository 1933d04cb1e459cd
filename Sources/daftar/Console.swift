#if canImport(Glibc)
import Glibc
#endif
import DaftarNotebook
import DaftarProject
import Foundation

/// Everything `daftar` says goes to standard error, so standard output carries only a report.
///
/// On a terminal, a live line per running notebook shows what it is doing (compiling, which cell
/// is running) and for how long; finished notebooks print their line above them. Elsewhere (CI,
/// a pipe) only the plain lines are printed.
final class Console: @unchecked Sendable {
    /// Suppresses progress; warnings and errors are always printed.
    let quiet: Bool
    private let live: Bool
    private let lock = NSLock()
    /// What each running notebook is doing, in the order they started.
    private var running: [(path: String, activity: String, since: ContinuousClock.Instant)] = []
    private var drawnLines = 0
    private var ticker: Thread?
    private var stopped = false

    init(quiet: Bool) {
        self.quiet = quiet
        live = !quiet && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func progress(_ line: String) {
        if !quiet { write(line + "\n") }
    }

    /// Text already formatted, such as diagnostics, with bidirectional controls made visible.
    func write(_ text: String) {
        guard !text.isEmpty else { return }
        lock.withLock {
            eraseLiveLines()
            FileHandle.standardError.write(Data(BidiControls.visible(text).utf8))
            drawLiveLines()
        }
    }

    /// A notebook started, or moved to another activity (`compiling`, `running line 12`).
    func activity(_ path: String, _ activity: String) {
        guard live else { return }
        lock.withLock {
            if let index = running.firstIndex(where: { $0.path == path }) {
                running[index].activity = activity
                running[index].since = .now
            } else {
                running.append((path, activity, .now))
            }
            eraseLiveLines()
            drawLiveLines()
            startTicking()
        }
    }

    /// A notebook finished: its live line goes.
    /// What a notebook job reports while it runs, drawn on this console.
    var jobActivity: NotebookJob.Activity {
        { path, activity in
            if let activity { self.activity(path, activity) } else { self.finished(path) }
        }
    }

    func finished(_ path: String) {
        guard live else { return }
        lock.withLock {
            eraseLiveLines()
            running.removeAll { $0.path == path }
            drawLiveLines()
        }
    }

    private func eraseLiveLines() {
        guard drawnLines > 0 else { return }
        FileHandle.standardError.write(Data(String(repeating: "\u{1B}[1A\u{1B}[2K", count: drawnLines).utf8))
        drawnLines = 0
    }

    private func drawLiveLines() {
        guard live, !stopped, !running.isEmpty else { return }
        let lines = running.map { entry in
            let seconds = (ContinuousClock.now - entry.since) / .seconds(1)
            return "  … \(entry.path): \(entry.activity) (\(String(format: "%.1f", seconds)) s)\n"
        }
        FileHandle.standardError.write(Data(BidiControls.visible(lines.joined()).utf8))
        drawnLines = lines.count
    }

    /// Ends the live lines; call once everything is printed.
    func stop() {
        lock.withLock {
            stopped = true
            eraseLiveLines()
            running.removeAll()
        }
    }

    /// Redraws the live lines every quarter second so that their times move, until `stop()`.
    private func startTicking() {
        guard ticker == nil else { return }
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                let done = lock.withLock {
                    if !stopped {
                        eraseLiveLines()
                        drawLiveLines()
                    }
                    return stopped
                }
                if done { return }
            }
        }
        ticker = thread
        thread.start()
    }
}
