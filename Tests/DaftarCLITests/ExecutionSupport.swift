import Foundation
import Testing

/// The report's `<main>` element's content: the notebook's body, without the page around it.
func mainContent(of html: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    guard let start = html.range(of: "<main>\n"), let end = html.range(of: "</main>", options: .backwards),
          start.upperBound <= end.lowerBound else {
        Issue.record("no <main> in the report", sourceLocation: sourceLocation)
        return ""
    }
    return String(html[start.upperBound..<end.lowerBound])
}

/// The Swift compiler the tests' `daftar` runs (as daftar finds it: `$SWIFTC`, else `swiftc`).
enum TestCompiler {
    /// The first line of `swiftc --version`, which is all of it the freeze key holds.
    static let versionLine: String = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [ProcessInfo.processInfo.environment["SWIFTC"] ?? "swiftc", "--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try? process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.split(separator: "\n").first.map(String.init) ?? ""
    }()

    /// Writes an executable script at `relative` in `folder` that answers `--version` as swiftc
    /// does and fails loudly if asked to compile: a render that uses it must come from the freeze.
    static func writeVersionOnlyCompiler(to relative: String, in folder: TemporaryFolder) throws {
        #expect(!versionLine.isEmpty && !versionLine.contains("'"))
        try folder.write("""
            #!/bin/sh
            if [ "$1" = "--version" ]; then
              printf '%s\\n' '\(versionLine)'
              exit 0
            fi
            echo "version-only swiftc was asked to compile" >&2
            exit 42

            """, to: relative)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url(relative).path)
    }
}

/// Processes of this machine, read from `/proc`.
enum Processes {
    /// The ids of live processes whose environment holds `entry` (`NAME=value`): the processes a
    /// run started with that variable and everything they started in turn.
    static func withEnvironment(_ entry: String) -> [Int32] {
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.compactMap(Int32.init) ?? []
        return ids.filter { id in
            guard let environ = FileManager.default.contents(atPath: "/proc/\(id)/environ") else { return false }
            return environ.split(separator: 0).contains { String(decoding: $0, as: UTF8.self) == entry }
        }
    }

    /// Waits up to `seconds` for no process to hold `entry`; returns those left.
    static func waitUntilNoneWithEnvironment(_ entry: String, seconds: Double) -> [Int32] {
        let deadline = Date().addingTimeInterval(seconds)
        var left = withEnvironment(entry)
        while !left.isEmpty, Date() < deadline {
            usleep(50_000)
            left = withEnvironment(entry)
        }
        return left
    }

    /// A process's peak resident memory so far (`VmHWM`), in kilobytes; nil once it has ended.
    static func peakResidentKilobytes(of id: Int32) -> Int? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(id)/status") else { return nil }
        let status = String(decoding: data, as: UTF8.self)
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }
}
