import Foundation
import ZhengceCore

/// Finds the document files a command works on.
public enum CorpusFiles {
  /// File name endings read as documents when a directory is walked
  /// (files without an extension are taken when their content is HTML).
  public static let documentExtensions: Set<String> = Set(["txt"]).union(DocumentLoader.htmlExtensions)

  /// Expands directories (recursively, sorted) and keeps plain files as given.
  /// Paths that do not exist, directories holding no document, and folders
  /// that cannot be read (the one given, or any below it) are kept so that
  /// loading reports them: nothing a walk cannot see vanishes without a word.
  /// A file reached twice (a folder and a file in it) is kept once, where it
  /// first came. Names are read as bytes (`FileName`), in any encoding.
  /// Symbolic links are followed, to files and to folders; a folder reached
  /// again (a link back to a parent, or two links to one folder) is walked once.
  public static func expand(_ paths: [String]) -> [String] {
    var seen = Set<String>()
    return expandAll(paths).filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
  }

  private static func expandAll(_ paths: [String]) -> [String] {
    var out: [String] = []
    for path in paths {
      guard let info = FileName.status(path), info.st_mode & S_IFMT == S_IFDIR else {
        out.append(path)
        continue
      }
      var walk = DirectoryWalk()
      walk.visit(path)
      // An unreadable folder given by name is reported by loading, like one with no documents.
      out.append(contentsOf: walk.found.isEmpty ? [path] : walk.found)
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

  /// The corpus shipped with the package: `named` (the command line gives
  /// `$ZHENGCE_CORPUS`), `./corpus`, `PREFIX/share/zhengce/corpus` beside an
  /// installed `PREFIX/bin/zhengce` (`scripts/install.sh`), or the source
  /// checkout's `corpus/` this binary was built from; the first holding a README.md.
  public static func bundledDirectory(named: String? = nil) -> String? {
    var candidates: [String] = []
    if let named, !named.isEmpty { candidates.append(named) }
    candidates.append(FileManager.default.currentDirectoryPath + "/corpus")
    if let binary = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      candidates.append(binary.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/zhengce/corpus").path)
    }
    // This file is Sources/ZhengceCorpus/Loading/CorpusFiles.swift.
    let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(sourceRoot.appendingPathComponent("corpus").path)
    return candidates.first { path in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: path + "/README.md", isDirectory: &isDirectory)
    }
  }
}
