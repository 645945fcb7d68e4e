import Foundation
import PackagePlugin

/// Compiles every resource file of the package's non-test targets into the
/// target it is applied to (`EmbeddedResources`), so that the `zhengce` binary
/// runs alone, from any folder, with no `*.resources` bundle beside it.
///
/// The files are found from the package description, not from a list: a
/// resource added to any target (a manifest, a rule file) is embedded with no
/// change here.
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    var files: [(key: String, url: URL)] = []
    for case let module as SourceModuleTarget in context.package.targets where module.kind != .test {
      for file in module.sourceFiles where file.type == .resource {
        files.append(("\(module.name)/\(file.url.lastPathComponent)", file.url))
      }
    }
    files.sort { $0.key < $1.key }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResourceFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) resource files in \(target.name)",
        executable: try context.tool(named: "EmbedResourcesTool").url,
        arguments: [output.path] + files.flatMap { [$0.key, $0.url.path] },
        inputFiles: files.map(\.url),
        outputFiles: [output])
    ]
  }
}
