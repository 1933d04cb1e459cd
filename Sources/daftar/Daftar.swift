import ArgumentParser

/// The `daftar` command: renders Markdown notebooks into self-contained HTML reports.
@main
struct Daftar: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render Markdown notebooks — prose, math and Swift cells — as self-contained HTML reports.",
        subcommands: [Render.self],
        defaultSubcommand: Render.self)
}
