import Foundation
import PackagePlugin

/// Stamps the target it is applied to with a hash of DaftarKit's sources (and of every target
/// DaftarKit depends on, its C sources and headers included: the OpenBLAS loader chooses the
/// kernels products run on), so that frozen results know which engine made them without hashing
/// a built binary, whose bytes differ from machine to machine.
@main
struct DaftarKitStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let kit = try context.package.targets(named: ["DaftarKit"])
        let modules = (kit + kit.flatMap(\.recursiveTargetDependencies)).compactMap { $0 as? SourceModuleTarget }
        let sources = modules.flatMap { module in
            module.sourceFiles.map(\.url).filter { ["swift", "c", "h"].contains($0.pathExtension) }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "DaftarKitStamp.swift")
        return [.buildCommand(
            displayName: "Stamping \(target.name) with DaftarKit's source hash",
            executable: try context.tool(named: "daftar-stamp").url,
            arguments: [output.path(percentEncoded: false)] + sources.map { $0.path(percentEncoded: false) },
            inputFiles: sources,
            outputFiles: [output])]
    }
}
