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
      let root = Self.commonFolder(of: module.sourceFiles.map(\.url)) + "/"
      for resource in module.sourceFiles where resource.type == .resource {
        // A copied folder (`.copy("hunan")`) is embedded file by file.
        for file in Self.files(at: resource.url) {
          let path = file.standardizedFileURL.path
          files.append(("\(module.name)/\(path.hasPrefix(root) ? String(path.dropFirst(root.count)) : file.lastPathComponent)", file))
        }
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

  /// The deepest folder holding all `files`: the target's own folder (Sources/ZhengceParser, plugins).
  private static func commonFolder(of files: [URL]) -> String {
    var common = files.first.map { Array($0.standardizedFileURL.deletingLastPathComponent().pathComponents) } ?? []
    for file in files.dropFirst() {
      let folder = file.standardizedFileURL.deletingLastPathComponent().pathComponents
      while !folder.starts(with: common) { common.removeLast() }
    }
    return common.isEmpty ? "" : NSString.path(withComponents: common)
  }

  /// `url` itself when it is a file, else the files under it (hidden ones left out).
  private static func files(at url: URL) -> [URL] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [url] }
    let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
    var out: [URL] = []
    while let file = walker?.nextObject() as? URL {
      if (try? file.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == false { out.append(file) }
    }
    return out.sorted { $0.path < $1.path }
  }
}
