#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The processes this one started, and theirs, read from `/proc`: the compiler and cell
/// programs of a render in progress, which `daftar preview` ends when it is stopped, since cell
/// programs run in their own process groups and do not get the terminal's Ctrl-C.
enum DescendantProcesses {
    /// Every descendant of this process, children before grandchildren.
    static func all() -> [pid_t] {
        var parents: [pid_t: pid_t] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry), let parent = parent(of: pid) else { continue }
            parents[pid] = parent
        }
        var found: [pid_t] = []
        var frontier: Set<pid_t> = [getpid()]
        while !frontier.isEmpty {
            let next = parents.filter { frontier.contains($0.value) }.map(\.key).sorted()
            found += next
            frontier = Set(next)
        }
        return found
    }

    /// Kills every descendant (SIGKILL: a cell may ignore SIGTERM) and reaps this process's children.
    static func killAll() {
        let descendants = all()
        for pid in descendants { kill(pid, SIGKILL) }
        for pid in descendants { _ = waitpid(pid, nil, WNOHANG) }
    }

    /// The parent's id from `/proc/PID/stat`, whose second field (the name, in parentheses)
    /// may hold spaces: the fields after its closing parenthesis are state, then parent.
    private static func parent(of pid: pid_t) -> pid_t? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? pid_t(fields[1]) : nil
    }
}
