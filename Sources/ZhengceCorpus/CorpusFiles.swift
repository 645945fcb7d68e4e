import Foundation
import ZhengceCore

/// Finds the document files a command works on.
public enum CorpusFiles {
  /// File name endings read as documents when a directory is walked
  /// (files without an extension are taken when their content is HTML).
  public static let documentExtensions: Set<String> = Set(["txt"]).union(DocumentLoader.htmlExtensions)

  /// Expands directories (recursively, sorted) and keeps plain files as given.
  /// Paths that do not exist, and directories holding no document, are kept
  /// so that loading reports them. A file reached twice (a folder and a file
  /// in it) is kept once, where it first came.
  public static func expand(_ paths: [String]) -> [String] {
    var seen = Set<String>()
    return expandAll(paths).filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
  }

  private static func expandAll(_ paths: [String]) -> [String] {
    var out: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        out.append(path)
        continue
      }
      let walker = FileManager.default.enumerator(atPath: path)
      var found: [String] = []
      while let rel = walker?.nextObject() as? String {
        let ext = (rel as NSString).pathExtension.lowercased()
        let name = (rel as NSString).lastPathComponent
        guard !name.hasPrefix("."), name != "README.md" else { continue }
        let full = (path as NSString).appendingPathComponent(rel)
        guard documentExtensions.contains(ext) || (ext.isEmpty && DocumentLoader.isHTMLFile(full)) else { continue }
        found.append(full)
      }
      out.append(contentsOf: found.isEmpty ? [path] : found.sorted())
    }
    return out
  }

  /// A document id for each path: the file stem (`SourceText.stem`), except
  /// where different files share a stem (`a/doc.txt`, `b/doc.txt`): those are
  /// told apart by their path below the folder they have in common, without
  /// the extension (`a/doc`, `b/doc`), or with it when that is still not enough.
  /// The same file named twice keeps its stem.
  public static func documentIDs(_ paths: [String]) -> [String] {
    let stems = paths.map(SourceText.stem(of:))
    let files = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.pathComponents }
    var filesByStem: [String: Set<[String]>] = [:]
    for (stem, file) in zip(stems, files) { filesByStem[stem, default: []].insert(file) }
    var ids = stems
    for (stem, shared) in filesByStem where shared.count > 1 {
      var common = shared.first.map { Array($0.dropLast()) } ?? []
      for file in shared {
        while !file.dropLast().starts(with: common) { common.removeLast() }
      }
      let relative = Dictionary(uniqueKeysWithValues: shared.map { ($0, $0.dropFirst(common.count).joined(separator: "/")) })
      let withoutExtension = relative.mapValues { ($0 as NSString).deletingPathExtension }
      let unique = Set(withoutExtension.values).count == shared.count
      for i in ids.indices where stems[i] == stem {
        ids[i] = (unique ? withoutExtension : relative)[files[i]] ?? stem
      }
    }
    return ids
  }

  /// The corpus shipped with the package: `$ZHENGCE_CORPUS`, `./corpus`,
  /// `PREFIX/share/zhengce/corpus` beside an installed `PREFIX/bin/zhengce`
  /// (`scripts/install.sh`), or the source checkout's `corpus/` this binary was built from.
  public static func bundledDirectory() -> String? {
    var candidates: [String] = []
    if let env = ProcessInfo.processInfo.environment["ZHENGCE_CORPUS"], !env.isEmpty { candidates.append(env) }
    candidates.append(FileManager.default.currentDirectoryPath + "/corpus")
    if let binary = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      candidates.append(binary.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/zhengce/corpus").path)
    }
    let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    candidates.append(sourceRoot.appendingPathComponent("corpus").path)
    return candidates.first { path in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: path + "/README.md", isDirectory: &isDirectory)
    }
  }
}
